import { GraphQLError } from 'graphql';

/** Codes every module may use; modules add their own domain codes (for example OFFER_FULL). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  /** More requests at once than the service's database connections serve in time: the client may try again. */
  SERVICE_BUSY: 'SERVICE_BUSY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * An error the caller can act on. The message must not contain personal data: name the field and
 * the rule, never the value.
 */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'DomainError';
  }
}

export class BadUserInputError extends DomainError {
  constructor(
    readonly field: string,
    rule: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, `Invalid value for "${field}": ${rule}.`, { field });
    this.name = 'BadUserInputError';
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, field = 'id') {
    super(ErrorCode.NOT_FOUND, `No ${entity} with this ${field} exists.`, { entity, field });
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: string) {
    super(ErrorCode.FORBIDDEN, reason);
    this.name = 'ForbiddenError';
  }
}
