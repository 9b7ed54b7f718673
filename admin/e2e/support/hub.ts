import path from 'node:path';
import { DEMO_IDENTITIES, type DemoIdentity } from '@gk/gateway';
import { startTestHub, type TestOidcProvider } from '@gk/gateway/testing';
import type { Identity, SubgraphName } from '@gk/shared';

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

/** The claims of a demo identity, as the development sign-in page signs them. */
const claimsOf = (i: DemoIdentity): Identity => ({
  subject: i.subject,
  roles: [i.role],
  organizationId: i.organizationId,
  ags: i.ags,
});

/**
 * The gateway package's test hub on the demo data, serving admin/dist and (without `oidc`) the
 * development sign-in, signed with a key of this run; the journeys address people by demo identity key.
 */
export async function startAdminTestHub(options: { oidc?: TestOidcProvider } = {}): Promise<AdminTestHub> {
  const hub = await startTestHub({ loadDemoData: true, adminDistDir: ADMIN_DIST, oidc: options.oidc });
  const identity = (key: string): DemoIdentity => {
    const found = DEMO_IDENTITIES.find((i) => i.key === key);
    if (!found) throw new Error(`no demo identity ${key}`);
    return found;
  };
  return {
    origin: hub.origin,
    token: (key, o = {}) => hub.token(claimsOf(identity(key)), o),
    identity,
    async query<T>(key: string, query: string, variables: Record<string, unknown> = {}, purpose?: string) {
      const res = await hub.query<T>(
        query,
        variables,
        claimsOf(identity(key)),
        purpose ? { 'x-purpose': purpose } : {},
      );
      return res.body as GraphQLAnswer<T>;
    },
    stopSubgraph: (name: SubgraphName) => hub.stopSubgraph(name),
    startSubgraph: (name: SubgraphName) => hub.startSubgraph(name),
    close: () => hub.close(),
  };
}
