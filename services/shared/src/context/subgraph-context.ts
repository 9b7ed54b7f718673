import type { RequestAudit } from '../audit/request-audit';
import type { Identity } from '../auth/identity';

/**
 * The one shape of every subgraph's request scope, made anew for every request: the request's
 * DataLoaders, its services (the only callers of the store), and the caller's access rules.
 */
export interface RequestScope<Loaders, Services, Access> {
  loaders: Loaders;
  services: Services;
  access: Access;
}

/**
 * What every resolver receives: the verified identity, a request id, and the request's scope (its DataLoaders and
 * services, made anew for every request).
 */
export interface SubgraphContext<Scope = unknown> {
  identity: Identity;
  requestId: string;
  scope: Scope;
  /** Reads and writes of personal data of this request, for the append-only audit trail. */
  audit: RequestAudit;
}
