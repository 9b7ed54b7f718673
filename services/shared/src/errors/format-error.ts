import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger';
import { safeErrorFields } from '../logging/safe-error';
import { ErrorCode } from './domain-error';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator errors to "field.sub: rule" lines. Constraint messages never echo values. */
function flattenValidation(errors: ValidationErrorLike[], prefix = ''): { field: string; rules: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

const PASS_THROUGH_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface FormatErrorOptions {
  logger: Logger;
  /** Known domain codes of this service; anything else is masked. */
  knownCodes?: Iterable<string>;
  /** Production hides "did you mean" hints. */
  production?: boolean;
}

/**
 * The one mapper from thrown errors to GraphQL errors. Validation failures name each field;
 * domain errors keep their code; anything unexpected is logged with a correlation id and masked,
 * so neither internals nor personal data leave the service.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  const known = new Set<string>([...Object.values(ErrorCode), ...(options.knownCodes ?? [])]);
  // Whatever arrives as an internal error is exactly what must be masked.
  known.delete(ErrorCode.INTERNAL_SERVER_ERROR);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const code = String(formatted.extensions?.code ?? '');
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors
      ?? (formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined);
    if (validationErrors && validationErrors.length > 0) {
      const fields = flattenValidation(validationErrors);
      return {
        message: fields.map((f) => `Invalid value for "${f.field}": ${f.rules.join('; ')}.`).join(' '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: fields.map((f) => f.field) },
      };
    }
    if (PASS_THROUGH_CODES.has(code) || known.has(code)) {
      if (options.production && code === 'GRAPHQL_VALIDATION_FAILED') {
        return { ...formatted, message: formatted.message.replace(/ ?Did you mean .*\?$/, '') };
      }
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const correlationId = randomUUID();
    options.logger.error({ correlationId, path: formatted.path, ...safeErrorFields(original) }, 'unexpected error');
    return {
      message: `Internal error; quote correlation id ${correlationId} to the operators.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
