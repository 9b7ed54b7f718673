import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import {
  composeHub,
  createDevelopmentVerifier,
  createGatewayServer,
  createOidcVerifier,
  DEFAULT_LIMITS,
  DEMO_IDENTITIES,
  signDevelopmentToken,
  SUBGRAPHS,
  type DemoIdentity,
  type RunningGateway,
} from '@gk/gateway';
import { createOffersSubgraph, loadOffersConfig } from '@gk/offers';
import { createLogger, type SubgraphDefinition, type SubgraphName } from '@gk/shared';
import { createTestKeys, startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The real hub on the demo data, serving the built admin UI at /admin/ as `npm start` does; with
 * `oidc`, the gateway accepts that provider's tokens and the UI signs in there (no development sign-in).
 */
export interface AdminTestHub {
  /** http://127.0.0.1:<port> of the gateway. */
  readonly origin: string;
  /** A development token of a demo identity, as the sign-in page gets it. */
  token(identityKey: string, options?: { ttlSeconds?: number }): Promise<string>;
  identity(identityKey: string): DemoIdentity;
  /** Sends an operation to /graphql as the demo identity (to read back what a journey did). */
  query<T>(
    identityKey: string,
    query: string,
    variables?: Record<string, unknown>,
    purpose?: string,
  ): Promise<GraphQLAnswer<T>>;
  stopSubgraph(name: SubgraphName): Promise<void>;
  startSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

const ADMIN_DIST = path.join(__dirname, '../../dist');

/**
 * Starts the four subgraphs on fresh databases with the demo data and the gateway in front, over
 * real HTTP on free ports, as tests/src/support does; the gateway also serves admin/dist and the
 * development sign-in, signed with a key of this run.
 */
export async function startAdminTestHub(
  options: { oidc?: { issuer: string; clientId: string; jwksUrl: string } } = {},
): Promise<AdminTestHub> {
  const gatewayKeys = await createTestKeys();
  const issuer = await generateKeyPair('ES256', { extractable: true });
  const issuerPrivatePem = await exportPKCS8(issuer.privateKey);
  const started: TestSubgraph[] = [];
  try {
    for (const listed of SUBGRAPHS) {
      // Offers asks persons about a person it enrols: point it at this hub's persons.
      const definition =
        listed.name === 'offers'
          ? (createOffersSubgraph(
              loadOffersConfig({ PERSONS_URL: started[SUBGRAPHS.findIndex((d) => d.name === 'persons')].url }),
            ) as SubgraphDefinition<unknown>)
          : listed;
      started.push(await startTestSubgraph(definition, { loadDemoData: true, keys: gatewayKeys }));
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
  const server = await createGatewayServer({
    supergraphSdl: composed.files['supergraph.graphql'],
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])) as Record<
      SubgraphName,
      string
    >,
    signingKey: gatewayKeys.privateKey,
    verifyClientToken: options.oidc
      ? createOidcVerifier(options.oidc.issuer, options.oidc.clientId, options.oidc.jwksUrl)
      : await createDevelopmentVerifier(await exportSPKI(issuer.publicKey)),
    logger: createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
    production: false,
    bodyLimit: '100kb',
    subgraphTimeoutMs: 10_000,
    limits: DEFAULT_LIMITS,
    erasureSweepIntervalMs: 60_000,
    admin: options.oidc
      ? { distDir: ADMIN_DIST, auth: { mode: 'oidc', issuer: options.oidc.issuer, clientId: options.oidc.clientId } }
      : {
          distDir: ADMIN_DIST,
          auth: { mode: 'development' },
          signDevelopmentToken: (claims) => signDevelopmentToken(issuerPrivatePem, claims),
        },
  });
  const running: RunningGateway = await server.listen(0);
  const origin = running.url.replace(/\/graphql$/, '');

  const identity = (key: string): DemoIdentity => {
    const found = DEMO_IDENTITIES.find((i) => i.key === key);
    if (!found) throw new Error(`no demo identity ${key}`);
    return found;
  };
  const token = (key: string, options: { ttlSeconds?: number } = {}) => {
    const i = identity(key);
    return signDevelopmentToken(issuerPrivatePem, {
      subject: i.subject,
      roles: [i.role],
      organizationId: i.organizationId ?? undefined,
      ags: i.ags,
      ttlSeconds: options.ttlSeconds ?? 600,
    });
  };
  return {
    origin,
    token,
    identity,
    async query<T>(key: string, query: string, variables: Record<string, unknown> = {}, purpose?: string) {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await token(key)}`,
          ...(purpose ? { 'x-purpose': purpose } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLAnswer<T>;
    },
    stopSubgraph: (name) => subgraphs[name].stopServer(),
    startSubgraph: (name) => subgraphs[name].startServer(),
    async close() {
      await running.close();
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
