import { FundingInit1763700000000 } from './1763700000000-funding-init';
import { AllocationMunicipality1763800000000 } from './1763800000000-allocation-municipality';
import { AllocationAreaIndex1764000000000 } from './1764000000000-allocation-area-index';
import { FundingAuditStamp1764500000000 } from './1764500000000-funding-audit-stamp';

/** Every migration of the funding database, oldest first. */
export const fundingMigrations = [
  FundingInit1763700000000,
  AllocationMunicipality1763800000000,
  AllocationAreaIndex1764000000000,
  FundingAuditStamp1764500000000,
];
