import type { Identity } from '@gk/shared';
import type { NetworkStore } from '../database/network-store';
import type { NetworkLoaders } from '../network.loaders';
import type { Actor } from './actor';

/** What every service of a request works with: the store, the request's loaders and the caller. */
export interface ServiceDeps {
  store: NetworkStore;
  loaders: NetworkLoaders;
  /** The verified caller; access rules by role and municipality (identity issue) will read it here. */
  identity: Identity;
  /** Who a write is recorded against. */
  actor: Actor;
}
