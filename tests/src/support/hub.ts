import { generateKeyPair, exportPKCS8, exportSPKI } from 'jose';
import { composeHub, createDevelopmentVerifier, createGatewayServer, signDevelopmentToken, SUBGRAPHS, type RunningGateway } from '@gk/gateway';
import { createLogger, type Identity, type SubgraphName } from '@gk/shared';
import { createTestKeys, startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';

export interface HubResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface TestHub {
  readonly url: string;
  readonly subgraphs: Record<SubgraphName, TestSubgraph>;
  /** A development token for the identity, as `npm run token` would print it. */
  token(identity?: Partial<Identity>): Promise<string>;
  /** Sends one operation through the gateway with a token for the identity (ADMIN by default). */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Partial<Identity>): Promise<HubResponse<T>>;
  /** Sends a raw HTTP request to the gateway's /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export const ADMIN: Partial<Identity> = { subject: 'e2e-admin', roles: ['ADMIN'], ags: [] };

/**
 * The whole hub for an end-to-end test: the four real subgraphs on their own fresh databases, and
 * the real gateway in front, all over HTTP on free ports. The supergraph is composed from the code
 * (a separate test checks that the committed schema/ files match it).
 */
export async function startTestHub(options: { loadDemoData?: boolean } = {}): Promise<TestHub> {
  const gatewayKeys = await createTestKeys();
  const issuer = await generateKeyPair('ES256', { extractable: true });
  const issuerPrivatePem = await exportPKCS8(issuer.privateKey);
  const started: TestSubgraph[] = [];
  try {
    for (const definition of SUBGRAPHS) {
      started.push(await startTestSubgraph(definition, { loadDemoData: options.loadDemoData ?? false, keys: gatewayKeys }));
    }
  } catch (error) {
    await Promise.all(started.map((s) => s.close()));
    throw error;
  }
  const subgraphs = Object.fromEntries(SUBGRAPHS.map((d, i) => [d.name, started[i]])) as Record<SubgraphName, TestSubgraph>;
  const composed = await composeHub();
  if (composed.errors.length > 0) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  const server = await createGatewayServer({
    supergraphSdl: composed.files['supergraph.graphql'],
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])) as Record<SubgraphName, string>,
    signingKey: gatewayKeys.privateKey,
    verifyClientToken: await createDevelopmentVerifier(await exportSPKI(issuer.publicKey)),
    logger: createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
    production: false,
    bodyLimit: '100kb',
    subgraphTimeoutMs: 10_000,
  });
  const gateway: RunningGateway = await server.listen(0);

  const token = (identity: Partial<Identity> = ADMIN) =>
    signDevelopmentToken(issuerPrivatePem, {
      subject: identity.subject ?? 'e2e-user',
      roles: identity.roles ?? ['ADMIN'],
      organizationId: identity.organizationId ?? undefined,
      ags: identity.ags ?? [],
      ttlSeconds: 600,
    });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  return {
    url: gateway.url,
    subgraphs,
    token,
    post,
    async query(query, variables, identity = ADMIN) {
      const res = await post({ query, variables }, { authorization: `Bearer ${await token(identity)}` });
      return { status: res.status, body: (await res.json()) as never };
    },
    async close() {
      await gateway.close();
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
