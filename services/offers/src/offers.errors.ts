import { DomainError } from '@gk/shared';

/** Domain error codes of the offers subgraph; each names one refused rule. */
export const OffersErrorCode = {
  OFFER_FULL: 'OFFER_FULL',
  OFFER_CANCELLED: 'OFFER_CANCELLED',
  OFFER_NOT_OPEN: 'OFFER_NOT_OPEN',
  OFFER_CLOSED: 'OFFER_CLOSED',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  ALREADY_ENROLLED: 'ALREADY_ENROLLED',
  OUTCOME_BEFORE_START: 'OUTCOME_BEFORE_START',
  INVALID_OFFER_TRANSITION: 'INVALID_OFFER_TRANSITION',
  INVALID_ENROLLMENT_TRANSITION: 'INVALID_ENROLLMENT_TRANSITION',
  SEATS_BELOW_TAKEN: 'SEATS_BELOW_TAKEN',
  /** The persons subgraph's code, passed on when it refuses an enrollment for want of consent. */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The persons subgraph could not be asked about the person; the write was not made. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;

export const OFFERS_ERROR_CODES: readonly string[] = Object.values(OffersErrorCode);

export const offerFull = () => new DomainError(OffersErrorCode.OFFER_FULL, 'The offer has no free seat.');
export const alreadyEnrolled = () =>
  new DomainError(
    OffersErrorCode.ALREADY_ENROLLED,
    'The person already holds an active application or enrollment in this offer.',
  );
