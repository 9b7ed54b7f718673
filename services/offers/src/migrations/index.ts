import { OffersInit1763700000000 } from './1763700000000-offers-init';

/** Every migration of the offers database, oldest first. */
export const offersMigrations = [OffersInit1763700000000];
