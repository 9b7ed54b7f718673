import { PersonsInit1763700000000 } from './1763700000000-persons-init';
import { PersonsAuditErasure1763800000000 } from './1763800000000-persons-audit-erasure';
import { PersonsIndicators1764000000000 } from './1764000000000-persons-indicators';
import { PersonsErasureClaim1764100000000 } from './1764100000000-persons-erasure-claim';
import { PersonsAuditStamp1764500000000 } from './1764500000000-persons-audit-stamp';
import { PersonsAuditPerRequest1764600000000 } from './1764600000000-persons-audit-per-request';

/** Every migration of the persons database, oldest first. */
export const personsMigrations = [
  PersonsInit1763700000000,
  PersonsAuditErasure1763800000000,
  PersonsIndicators1764000000000,
  PersonsErasureClaim1764100000000,
  PersonsAuditStamp1764500000000,
  PersonsAuditPerRequest1764600000000,
];
