import { FundingInit1763700000000 } from './1763700000000-funding-init';

/** Every migration of the funding database, oldest first. */
export const fundingMigrations = [FundingInit1763700000000];
