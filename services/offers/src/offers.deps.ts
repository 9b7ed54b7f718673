import type { Actor, Identity } from '@gk/shared';
import type { OffersAccess } from './access/offers-access';
import type { PersonFactsSource } from './eligibility/person-facts.client';
import type { OffersLoaders } from './offers.loaders';
import type { OffersOptions } from './offers.options';
import type { OffersStore } from './offers.store';

/** What every service of the offers subgraph works with in one request; one object, the same for all. */
export interface OffersServiceDeps {
  /** The only way to the database: plain reads, and writes with their audit entries. */
  store: OffersStore;
  /** The request's loaders; a write clears them, so later fields of the request see fresh rows. */
  loaders: OffersLoaders;
  /** The caller's access rules, checked by every read path and write. */
  access: OffersAccess;
  /** Who a write is recorded against. */
  actor: Actor;
  /** The verified caller (its purpose goes with every audit entry). */
  identity: Identity;
  /** The subgraph's settings: page size, thresholds. */
  settings: OffersOptions;
  /** Where applications and enrollments get the person's facts: persons, asked under the caller's identity. */
  persons: PersonFactsSource;
}
