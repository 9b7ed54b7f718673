import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { KeyLike } from 'jose';
import { signGatewayToken } from '@gk/shared';
import type { GatewayContext } from './gateway-context';

/**
 * Sends each subgraph fetch with a short-lived token signed by the gateway for that subgraph alone.
 * No header of the client's request is passed on, so clients cannot smuggle an identity in.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly signingKey: KeyLike,
    timeoutMs: number,
  ) {
    super({
      url,
      // Node's own fetch (keep-alive connection pool) with a deadline, so a hung subgraph cannot hold a request forever.
      fetcher: (async (input: string, init?: RequestInit) => {
        const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        // A subgraph answers 400 to a variable it cannot coerce: the client's mistake, with a
        // BAD_USER_INPUT error naming the field. Pass that error on instead of failing the fetch.
        if (response.status === 400 && response.headers.get('content-type')?.includes('application/json')) {
          return new Response(await response.text(), { status: 200, headers: response.headers });
        }
        return response;
      }) as never,
    });
  }

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    if (!context.identity) return;
    // A query plan may fetch from one subgraph several times; one signature per request is enough.
    context.subgraphTokens ??= new Map();
    let token = context.subgraphTokens.get(this.subgraphName);
    if (!token) {
      token = signGatewayToken(this.signingKey, context.identity, this.subgraphName);
      context.subgraphTokens.set(this.subgraphName, token);
    }
    request.http?.headers.set('authorization', `Bearer ${await token}`);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}
