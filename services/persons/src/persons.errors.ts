import { DomainError } from '@gk/shared';

/** Domain error codes of the persons subgraph, passed through to clients by the error mapper. */
export const PersonsErrorCode = {
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  CONSENT_ALREADY_REVOKED: 'CONSENT_ALREADY_REVOKED',
  NEED_TRANSITION_NOT_ALLOWED: 'NEED_TRANSITION_NOT_ALLOWED',
  REFERRAL_TRANSITION_NOT_ALLOWED: 'REFERRAL_TRANSITION_NOT_ALLOWED',
} as const;

export const PERSONS_ERROR_CODES: readonly string[] = Object.values(PersonsErrorCode);

export class VersionConflictError extends DomainError {
  constructor(entity: string) {
    super(
      PersonsErrorCode.VERSION_CONFLICT,
      `The ${entity} was changed by someone else since you read it; read it again and repeat your change.`,
      { entity },
    );
  }
}
