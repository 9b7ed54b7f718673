import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { delegatedTokenHeader, SUBGRAPH_NAMES, type Identity } from '@gk/shared';
import type { GatewayContext } from './gateway-context';

/**
 * Watches one subgraph fetch: called as it starts, with the outgoing headers (to add traceparent),
 * and returns what to call with the response's status or the error.
 */
export type SubgraphFetchObserver = (
  subgraph: string,
  setHeader: (name: string, value: string) => void,
) => (outcome: number | Error) => void;

/** Sets a header on what Apollo hands the fetcher: a Headers object or a plain record. */
function headerSetter(headers: object): (name: string, value: string) => void {
  if (typeof (headers as Partial<Headers>).set === 'function')
    return (name, value) => (headers as Headers).set(name, value);
  return (name, value) => {
    (headers as Record<string, string>)[name] = value;
  };
}

/** A mutation fetch: the gateway prints the subgraph operation itself, starting with its operation type. */
const MUTATION_OPERATION = /^\s*mutation\b/;

/**
 * Sends each subgraph fetch with a short-lived token signed by the gateway for that subgraph alone.
 * No header of the client's request is passed on, so clients cannot smuggle an identity in.
 *
 * A subgraph that must ask another one on the user's behalf while it writes (offers asks persons
 * whether the person exists, whether the user may act for them, and for the facts eligibility is
 * decided on) gets, on mutation fetches only, a second token signed for that other subgraph with the
 * same identity. The other subgraph then applies its own access rules and audit to the user; the
 * token is no wider than what the user could ask it directly, and queries never carry one.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly sign: (identity: Identity, audience: string) => Promise<string>,
    timeoutMs: number,
    private readonly delegateTo: readonly string[] = [],
    observeFetch?: SubgraphFetchObserver,
  ) {
    super({
      url,
      // Node's own fetch (keep-alive connection pool) with a deadline, so a hung subgraph cannot hold a request
      // forever.
      fetcher: (async (input: string, init?: RequestInit) => {
        const done = init?.headers && observeFetch ? observeFetch(subgraphName, headerSetter(init.headers)) : undefined;
        let response: Response;
        try {
          response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        } catch (error) {
          done?.(error as Error);
          throw error;
        }
        done?.(response.status);
        // A subgraph answers 400 to a variable it cannot coerce: the client's mistake, with a
        // BAD_USER_INPUT error naming the field. Pass that error on instead of failing the fetch.
        if (response.status === 400 && response.headers.get('content-type')?.includes('application/json')) {
          return new Response(await response.text(), { status: 200, headers: response.headers });
        }
        return response;
      }) as never,
    });
  }

  /**
   * A subgraph that cannot be reached (down, draining, timed out, answering 5xx) leaves the parts of
   * the answer it serves null; the rest of the answer stays. Named, so a client can say which part is
   * missing, instead of a masked internal error without a name.
   */
  override didEncounterError(): void {
    throw new GraphQLError(
      `The ${this.subgraphName} service could not answer; the parts of the answer it serves are missing. ` +
        `Try again later.`,
      {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraphName, serviceName: this.subgraphName },
      },
    );
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    if (!context.identity) return;
    // The signer reuses a token for the same identity and subgraph while half its life is left.
    request.http?.headers.set('authorization', `Bearer ${await this.sign(context.identity, this.subgraphName)}`);
    request.http?.headers.set('x-request-id', context.requestId);
    const delegates = this.delegateTo.length > 0 && MUTATION_OPERATION.test(request.query ?? '');
    for (const audience of SUBGRAPH_NAMES) {
      // Only ever the gateway's own signature: whatever else the headers hold for this name goes.
      if (delegates && this.delegateTo.includes(audience))
        request.http?.headers.set(delegatedTokenHeader(audience), await this.sign(context.identity, audience));
      else request.http?.headers.delete(delegatedTokenHeader(audience));
    }
  }
}
