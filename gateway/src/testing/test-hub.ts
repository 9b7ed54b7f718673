import { admin as adminIdentity } from '@gk/fixtures';
import { createOffersSubgraph, loadOffersConfig } from '@gk/offers';
import { createLogger, type Identity, type SubgraphDefinition, type SubgraphName } from '@gk/shared';
import { createTestKeys, startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import {
  createDevelopmentVerifier,
  createOidcVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  signDevelopmentToken,
} from '../auth/client-token';
import { composeHub, SUBGRAPHS } from '../compose/compose';
import {
  createGatewayServer,
  DEFAULT_LIMITS,
  type GatewayCacheBounds,
  type GatewayLimits,
  type GatewayServer,
  type RunningGateway,
} from '../server/create-gateway-server';

export interface HubResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** An OpenID Connect provider whose tokens the gateway accepts instead of the development issuer's. */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  jwksUrl: string;
}

/** How the gateway of a test hub runs; each extra gateway of `TestHub.gateway` takes its own. */
export interface TestGatewayOptions {
  /** Production mode: no introspection, no suggestions, masked errors. */
  production?: boolean;
  limits?: Partial<GatewayLimits>;
  bodyLimit?: string;
  caches?: Partial<GatewayCacheBounds>;
  /** OTLP/HTTP endpoint the gateway exports traces to. */
  otlpEndpoint?: string;
  /**
   * Serves the built admin UI from this folder at /admin/, as `npm start` does: with the development
   * sign-in, or signing in at `oidc` when that is given.
   */
  adminDistDir?: string;
  /** Accept this provider's tokens (and no development tokens). */
  oidc?: TestOidcProvider;
}

export interface TestHubOptions extends TestGatewayOptions {
  /** Each subgraph loads its demo slice on its fresh database. */
  loadDemoData?: boolean;
}

export interface TestGateway {
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  /** http://127.0.0.1:<port>, where /admin/ and the other routes are. */
  readonly origin: string;
  /** Sends one operation with a development token for the identity (the test administrator by default). */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Partial<Identity>,
    headers?: Record<string, string>,
  ): Promise<HubResponse<T>>;
  /** Sends a raw HTTP request to the gateway's /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Sizes of what this gateway keeps per distinct document. */
  cacheSizes: GatewayServer['cacheSizes'];
  /** Runs one erasure sweep of this gateway now. */
  sweepErasures(): Promise<{ erased: number; failed: number }>;
  close(): Promise<void>;
}

export interface TestHub extends TestGateway {
  readonly subgraphs: Record<SubgraphName, TestSubgraph>;
  /** A development token for the identity, as `npm run token` would print it. */
  token(identity?: Partial<Identity>, options?: { ttlSeconds?: number }): Promise<string>;
  /** A token signed with the development issuer's key but with claims of the test's choosing (expired, ...). */
  signWithIssuerKey(
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; expiresAt?: number },
  ): Promise<string>;
  /** Another gateway in front of the same subgraphs, with other settings (limits, production mode). */
  gateway(options: TestGatewayOptions): Promise<TestGateway>;
  /** Stops a subgraph's server (its database stays), as if its machine went down. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same database and port. */
  startSubgraph(name: SubgraphName): Promise<void>;
}

/** Who a test hub's requests act as unless the test names someone. */
export const TEST_HUB_DEFAULT_IDENTITY: Partial<Identity> = adminIdentity;

/**
 * A subgraph's definition wired to the peers of this hub it calls itself: offers asks persons about a
 * person during applications and enrollments (with the token the gateway delegates), so it gets the URL
 * of the persons subgraph started before it.
 */
export function withPeerUrls(
  definition: SubgraphDefinition<unknown>,
  urls: Partial<Record<SubgraphName, string>>,
): SubgraphDefinition<unknown> {
  if (definition.name !== 'offers') return definition;
  if (!urls.persons) throw new Error('the offers subgraph needs the persons subgraph started before it');
  return createOffersSubgraph(loadOffersConfig({ PERSONS_URL: urls.persons })) as SubgraphDefinition<unknown>;
}

/**
 * The whole hub for an end-to-end test: the four real subgraphs on their own fresh databases, and
 * the real gateway in front, all over HTTP on free ports. The supergraph is composed from the code
 * (a separate test checks that the committed schema/ files match it). The subgraphs take the hub's
 * production mode and trace endpoint too.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const gatewayKeys = await createTestKeys();
  const issuer = await generateKeyPair('ES256', { extractable: true });
  const issuerPrivatePem = await exportPKCS8(issuer.privateKey);
  const issuerPublicPem = await exportSPKI(issuer.publicKey);
  const started: TestSubgraph[] = [];
  const urls: Partial<Record<SubgraphName, string>> = {};
  try {
    for (const listed of SUBGRAPHS) {
      const subgraph = await startTestSubgraph(withPeerUrls(listed, urls), {
        loadDemoData: options.loadDemoData ?? false,
        keys: gatewayKeys,
        production: options.production,
        otlpEndpoint: options.otlpEndpoint,
      });
      started.push(subgraph);
      urls[listed.name] = subgraph.url;
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
  const token = (identity: Partial<Identity> = TEST_HUB_DEFAULT_IDENTITY, o: { ttlSeconds?: number } = {}) =>
    signDevelopmentToken(issuerPrivatePem, {
      subject: identity.subject ?? 'e2e-user',
      roles: identity.roles ?? ['ADMIN'],
      organizationId: identity.organizationId ?? undefined,
      ags: identity.ags ?? [],
      ttlSeconds: o.ttlSeconds ?? 600,
    });

  const gateways: TestGateway[] = [];
  const startGateway = async (gatewayOptions: TestGatewayOptions): Promise<TestGateway> => {
    const { oidc, adminDistDir } = gatewayOptions;
    const server = await createGatewayServer({
      supergraphSdl: composed.files['supergraph.graphql'],
      subgraphUrls: urls as Record<SubgraphName, string>,
      signingKey: gatewayKeys.privateKey,
      verifyClientToken: oidc
        ? createOidcVerifier(oidc.issuer, oidc.clientId, oidc.jwksUrl)
        : await createDevelopmentVerifier(issuerPublicPem),
      logger: createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
      production: gatewayOptions.production ?? false,
      bodyLimit: gatewayOptions.bodyLimit ?? '100kb',
      subgraphTimeoutMs: 10_000,
      limits: { ...DEFAULT_LIMITS, ...gatewayOptions.limits },
      erasureSweepIntervalMs: 60_000,
      caches: gatewayOptions.caches,
      otlpEndpoint: gatewayOptions.otlpEndpoint,
      admin: !adminDistDir
        ? undefined
        : oidc
          ? { distDir: adminDistDir, auth: { mode: 'oidc', issuer: oidc.issuer, clientId: oidc.clientId } }
          : {
              distDir: adminDistDir,
              auth: { mode: 'development' },
              signDevelopmentToken: (claims) => signDevelopmentToken(issuerPrivatePem, claims),
            },
    });
    const running: RunningGateway = await server.listen(0);
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const gateway: TestGateway = {
      url: running.url,
      origin: running.url.replace(/\/graphql$/, ''),
      post,
      cacheSizes: () => server.cacheSizes(),
      sweepErasures: () => server.sweepErasures() ?? Promise.resolve({ erased: 0, failed: 0 }),
      async query(query, variables, identity = TEST_HUB_DEFAULT_IDENTITY, headers = {}) {
        const res = await post({ query, variables }, { authorization: `Bearer ${await token(identity)}`, ...headers });
        return { status: res.status, body: (await res.json()) as never };
      },
      close: () => running.close(),
    };
    gateways.push(gateway);
    return gateway;
  };
  const main = await startGateway(options);

  return {
    ...main,
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
    gateway: startGateway,
    stopSubgraph: (name) => subgraphs[name].stopServer(),
    startSubgraph: (name) => subgraphs[name].startServer(),
    async close() {
      await Promise.all(gateways.map((g) => g.close()));
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
