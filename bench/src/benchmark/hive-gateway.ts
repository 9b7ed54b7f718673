import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { KeyLike } from 'jose';
import {
  delegatedTokenHeader,
  importGatewayPrivateKey,
  isPurpose,
  signGatewayToken,
  type Identity,
  type SubgraphName,
} from '@gk/shared';
import { createDevelopmentVerifier, DELEGATIONS, type ClientTokenVerifier } from '@gk/gateway';

export interface HiveGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** PEM of the development issuer's public key (user tokens) and of the gateway's private key (subgraph tokens). */
  developmentIssuerPublicKeyPem: string;
  gatewayPrivateKeyPem: string;
}

/**
 * The peer's plugin does what our gateway does around the subgraphs, no more: verify the user's
 * token once per request, and send each subgraph fetch with a short-lived ES256 token for that
 * subgraph alone, signed once per request and subgraph. No client header reaches a subgraph. Like
 * our gateway, it gives offers on mutations a second token for persons with the same identity
 * (offers asks persons about the person it enrols).
 */
export function hubAuthPlugin(
  verify: ClientTokenVerifier,
  signingKey: KeyLike,
  subgraphByUrl: ReadonlyMap<string, string>,
): GatewayPlugin {
  const identities = new WeakMap<Request, Identity>();
  const tokens = new WeakMap<Request, Map<string, Promise<string>>>();
  return {
    async onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      try {
        const identity = await verify(request.headers.get('authorization') ?? undefined);
        const purpose = request.headers.get('x-purpose');
        identities.set(request, { ...identity, purpose: purpose && isPurpose(purpose) ? purpose : null });
      } catch (error) {
        const message = error instanceof Error ? error.message : 'The token is invalid.';
        endResponse(
          new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
    async onFetch({ url, options, setOptions, context }) {
      const request = 'request' in context ? (context.request as Request) : undefined;
      const identity = request ? identities.get(request) : undefined;
      const subgraph = subgraphByUrl.get(url);
      if (!request || !identity || !subgraph) return;
      const perRequest = tokens.get(request) ?? new Map<string, Promise<string>>();
      tokens.set(request, perRequest);
      const tokenFor = (audience: string) => {
        const known = perRequest.get(audience);
        if (known) return known;
        const token = signGatewayToken(signingKey, identity, audience);
        perRequest.set(audience, token);
        return token;
      };
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('authorization', `Bearer ${await tokenFor(subgraph)}`);
      if (isMutation(options.body)) {
        for (const audience of DELEGATIONS[subgraph as SubgraphName] ?? [])
          headers.set(delegatedTokenHeader(audience), await tokenFor(audience));
      }
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}

/** Whether a subgraph fetch's JSON body carries a mutation. */
function isMutation(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*mutation\b/.test(query);
  } catch {
    return false;
  }
}

export async function createHiveGateway(options: HiveGatewayOptions): Promise<GatewayRuntime> {
  const verify = await createDevelopmentVerifier(options.developmentIssuerPublicKeyPem);
  const signingKey = await importGatewayPrivateKey(options.gatewayPrivateKeyPem);
  const subgraphByUrl = new Map(Object.entries(options.subgraphUrls).map(([name, url]) => [url, name]));
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    // Hive's HTTP executor merges identical subgraph queries in flight by URL and body, without the
    // authorization our plugin adds later: one user's answer could reach another, and a benchmark
    // sending one query ten times at once would measure a tenth of the work. Our gateway does not merge.
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, url]) => [
        name,
        { location: url, options: { deduplicateInflightRequests: false } },
      ]),
    ),
    plugins: () => [hubAuthPlugin(verify, signingKey, subgraphByUrl)],
    // Errors reach the client and the benchmark counts them; a log line each would flood the terminal.
    logging: false,
    graphiql: false,
    landingPage: false,
  });
}
