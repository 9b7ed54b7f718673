import type { Identity } from '../auth/identity';

/** What every resolver receives: the verified identity, a request id, and the request's scope (its DataLoaders and services, made anew for every request). */
export interface SubgraphContext<Scope = unknown> {
  identity: Identity;
  requestId: string;
  scope: Scope;
}
