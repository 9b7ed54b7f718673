import { OffersInit1763700000000 } from './1763700000000-offers-init';
import { OffersAuditTrail1763800000000 } from './1763800000000-offers-audit-trail';
import { OffersIndicators1764000000000 } from './1764000000000-offers-indicators';
import { OffersAuditStamp1764500000000 } from './1764500000000-offers-audit-stamp';
import { OffersAuditPerRequest1764600000000 } from './1764600000000-offers-audit-per-request';

/** Every migration of the offers database, oldest first. */
export const offersMigrations = [
  OffersInit1763700000000,
  OffersAuditTrail1763800000000,
  OffersIndicators1764000000000,
  OffersAuditStamp1764500000000,
  OffersAuditPerRequest1764600000000,
];
