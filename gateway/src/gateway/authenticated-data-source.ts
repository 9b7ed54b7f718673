import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Identity } from '@gk/shared';
import type { GatewayContext } from './gateway-context';

/**
 * Sends each subgraph fetch with a short-lived token signed by the gateway for that subgraph alone.
 * No header of the client's request is passed on, so clients cannot smuggle an identity in.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly sign: (identity: Identity, audience: string) => Promise<string>,
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
    // The signer reuses a token for the same identity and subgraph while half its life is left.
    request.http?.headers.set('authorization', `Bearer ${await this.sign(context.identity, this.subgraphName)}`);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}
