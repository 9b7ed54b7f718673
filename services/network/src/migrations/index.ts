import { NetworkInit1763700000000 } from './1763700000000-network-init';
import { NetworkAuditStamp1764500000000 } from './1764500000000-network-audit-stamp';

/** Every migration of the network database, oldest first. */
export const networkMigrations = [NetworkInit1763700000000, NetworkAuditStamp1764500000000];
