import { SignJWT, generateKeyPair, exportPKCS8, exportSPKI } from 'jose';
import {
  composeHub,
  createDevelopmentVerifier,
  createGatewayServer,
  DEFAULT_LIMITS,
  DEV_AUDIENCE,
  DEV_ISSUER,
  signDevelopmentToken,
  SUBGRAPHS,
  type GatewayCacheBounds,
  type GatewayLimits,
  type GatewayServer,
  type RunningGateway,
} from '@gk/gateway';
import { createOffersSubgraph, loadOffersConfig } from '@gk/offers';
import { createLogger, type Identity, type SubgraphDefinition, type SubgraphName } from '@gk/shared';
import { createTestKeys, startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';

export interface HubResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestHub {
  readonly url: string;
  readonly subgraphs: Record<SubgraphName, TestSubgraph>;
  /** A development token for the identity, as `npm run token` would print it. */
  token(identity?: Partial<Identity>): Promise<string>;
  /** A token signed with the development issuer's key but with claims of the test's choosing (expired, other audience, ...). */
  signWithIssuerKey(
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; expiresAt?: number },
  ): Promise<string>;
  /** Sends one operation through the gateway with a token for the identity (ADMIN by default). */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Partial<Identity>,
  ): Promise<HubResponse<T>>;
  /** Sends a raw HTTP request to the gateway's /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Another gateway in front of the same subgraphs, with other settings (limits, production mode). */
  gateway(options: Omit<TestHubOptions, 'loadDemoData'>): Promise<TestGateway>;
  /** Runs one erasure sweep of the main gateway now. */
  sweepErasures(): Promise<{ erased: number; failed: number }>;
  /** Stops a subgraph's server (its database stays), as if its machine went down. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same database and port. */
  startSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

export interface TestGateway {
  readonly url: string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Partial<Identity>,
  ): Promise<HubResponse<T>>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Sizes of what this gateway keeps per distinct document. */
  cacheSizes: GatewayServer['cacheSizes'];
  /** Runs one erasure sweep of this gateway now. */
  sweepErasures(): Promise<{ erased: number; failed: number }>;
  close(): Promise<void>;
}

export const ADMIN: Partial<Identity> = { subject: 'e2e-admin', roles: ['ADMIN'], ags: [] };

/**
 * The whole hub for an end-to-end test: the four real subgraphs on their own fresh databases, and
 * the real gateway in front, all over HTTP on free ports. The supergraph is composed from the code
 * (a separate test checks that the committed schema/ files match it).
 */
export interface TestHubOptions {
  loadDemoData?: boolean;
  /** Production mode of the gateway (and, given to startTestHub, of the subgraphs): no introspection, no suggestions, masked errors. */
  production?: boolean;
  limits?: Partial<GatewayLimits>;
  bodyLimit?: string;
  caches?: Partial<GatewayCacheBounds>;
  /** OTLP/HTTP endpoint the gateway and (given to startTestHub) the subgraphs export traces to. */
  otlpEndpoint?: string;
}

/**
 * Offers asks persons about the person during applications and enrollments (on the user's behalf,
 * with the token the gateway delegates): point it at this hub's persons, started before it.
 */
function withPeerUrls(
  definition: SubgraphDefinition<unknown>,
  started: readonly TestSubgraph[],
): SubgraphDefinition<unknown> {
  if (definition.name !== 'offers') return definition;
  const persons = started[SUBGRAPHS.findIndex((d) => d.name === 'persons')];
  return createOffersSubgraph(loadOffersConfig({ PERSONS_URL: persons.url })) as SubgraphDefinition<unknown>;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const gatewayKeys = await createTestKeys();
  const issuer = await generateKeyPair('ES256', { extractable: true });
  const issuerPrivatePem = await exportPKCS8(issuer.privateKey);
  const started: TestSubgraph[] = [];
  try {
    for (const listed of SUBGRAPHS) {
      const definition = withPeerUrls(listed, started);
      started.push(
        await startTestSubgraph(definition, {
          loadDemoData: options.loadDemoData ?? false,
          keys: gatewayKeys,
          production: options.production,
          otlpEndpoint: options.otlpEndpoint,
        }),
      );
    }
  } catch (error) {
    await Promise.all(started.map((s) => s.close()));
    throw error;
  }
  const subgraphs = Object.fromEntries(SUBGRAPHS.map((d, i) => [d.name, started[i]])) as Record<
    SubgraphName,
    TestSubgraph
  >;
  const composed = await composeHub();
  if (composed.errors.length > 0) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  const issuerPublicPem = await exportSPKI(issuer.publicKey);
  const token = (identity: Partial<Identity> = ADMIN) =>
    signDevelopmentToken(issuerPrivatePem, {
      subject: identity.subject ?? 'e2e-user',
      roles: identity.roles ?? ['ADMIN'],
      organizationId: identity.organizationId ?? undefined,
      ags: identity.ags ?? [],
      ttlSeconds: 600,
    });
  const extraGateways: TestGateway[] = [];
  const sweepers: (() => Promise<{ erased: number; failed: number }>)[] = [];
  const startGateway = async (gatewayOptions: Omit<TestHubOptions, 'loadDemoData'>): Promise<TestGateway> => {
    const server = await createGatewayServer({
      supergraphSdl: composed.files['supergraph.graphql'],
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])) as Record<
        SubgraphName,
        string
      >,
      signingKey: gatewayKeys.privateKey,
      verifyClientToken: await createDevelopmentVerifier(issuerPublicPem),
      logger: createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
      production: gatewayOptions.production ?? false,
      bodyLimit: gatewayOptions.bodyLimit ?? '100kb',
      subgraphTimeoutMs: 10_000,
      limits: { ...DEFAULT_LIMITS, ...gatewayOptions.limits },
      erasureSweepIntervalMs: 60_000,
      caches: gatewayOptions.caches,
      otlpEndpoint: gatewayOptions.otlpEndpoint,
    });
    const running: RunningGateway = await server.listen(0);
    sweepers.push(() => server.sweepErasures() ?? Promise.resolve({ erased: 0, failed: 0 }));
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    return {
      url: running.url,
      post,
      cacheSizes: () => server.cacheSizes(),
      sweepErasures: () => server.sweepErasures() ?? Promise.resolve({ erased: 0, failed: 0 }),
      async query(query, variables, identity = ADMIN) {
        const res = await post({ query, variables }, { authorization: `Bearer ${await token(identity)}` });
        return { status: res.status, body: (await res.json()) as never };
      },
      close: () => running.close(),
    };
  };
  const main = await startGateway(options);

  return {
    url: main.url,
    subgraphs,
    token,
    signWithIssuerKey: (claims, o) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(o.issuer ?? DEV_ISSUER)
        .setAudience(o.audience ?? DEV_AUDIENCE)
        .setSubject('e2e-user')
        .setIssuedAt()
        .setExpirationTime(o.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
        .sign(issuer.privateKey),
    post: main.post,
    query: main.query,
    async gateway(gatewayOptions) {
      const extra = await startGateway(gatewayOptions);
      extraGateways.push(extra);
      return extra;
    },
    sweepErasures: () => sweepers[0](),
    async stopSubgraph(name) {
      await subgraphs[name].stopServer();
    },
    async startSubgraph(name) {
      await subgraphs[name].startServer();
    },
    async close() {
      await Promise.all([main, ...extraGateways].map((g) => g.close()));
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
