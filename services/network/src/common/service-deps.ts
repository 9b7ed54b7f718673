import type { Identity } from '@gk/shared';
import type { NetworkAccess } from '../access/network-access';
import type { NetworkStore } from '../database/network-store';
import type { NetworkLoaders } from '../network.loaders';
import type { Actor } from './actor';

/** What every service of a request works with: the store, the request's loaders and the caller. */
export interface ServiceDeps {
  store: NetworkStore;
  loaders: NetworkLoaders;
  /** The verified caller. */
  identity: Identity;
  /** The caller's access rules, checked by every write. */
  access: NetworkAccess;
  /** Who a write is recorded against. */
  actor: Actor;
}
