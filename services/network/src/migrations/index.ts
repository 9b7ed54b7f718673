import { NetworkInit1763700000000 } from './1763700000000-network-init';

/** Every migration of the network database, oldest first. */
export const networkMigrations = [NetworkInit1763700000000];
