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
  /** Production hides "did you mean" hints, from every stage (parse, validation, coercion, subgraphs). */
  production?: boolean;
  /**
   * At the gateway: codes that arrive from a subgraph were already vetted by that subgraph's own
   * mapper (it masks everything it does not know), so they pass too.
   */
  trustSubgraphCodes?: boolean;
}

const VARIABLE_COERCION = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const LITERAL_COERCION = /^Expected value of type "([^"]+)", found [\s\S]*?; ([\s\S]*)$/;

const LITERAL_WITHOUT_REASON = /^Expected value of type "([^"]+)", found [\s\S]*$/;

/**
 * The reasons graphql-js gives quote the value again ('Int cannot represent non-integer value: "Amani"',
 * 'Value "x" does not exist in "ResidenceStatus" enum.'); the value goes, the rule stays.
 */
const reasonWithoutValue = (reason: string): string =>
  reason
    .replace(/^Value [\s\S]*? does not exist in "([^"]+)" enum\.?/, 'The value does not exist in "$1" enum.')
    .replace(/^([\s\S]*? cannot represent [^:]*?value): [\s\S]*$/, '$1.');

/** A sentence ends with one full stop (or the question of a suggestion, outside production). */
const sentence = (text: string): string => (/[.?]$/.test(text) ? text : `${text}.`);

/**
 * graphql-js quotes the offending value in coercion errors; a date of birth must not travel back in
 * an error message, so the value is cut out and the field named instead.
 */
function withoutValue(message: string): { message: string; field?: string } | null {
  const variable = VARIABLE_COERCION.exec(message);
  if (variable) {
    const field = variable[2] ?? variable[1];
    return { message: `Invalid value for "${field}": ${sentence(reasonWithoutValue(variable[3]))}`, field };
  }
  const literal = LITERAL_COERCION.exec(message);
  if (literal) return { message: `Invalid value of type "${literal[1]}": ${sentence(reasonWithoutValue(literal[2]))}` };
  const bare = LITERAL_WITHOUT_REASON.exec(message);
  if (bare) return { message: `Invalid value of type "${bare[1]}".` };
  if (/^Value [\s\S]*? does not exist in "[^"]+" enum\./.test(message)) return { message: reasonWithoutValue(message) };
  return null;
}

/**
 * graphql-js suggests names close to a misspelled field, argument, type, enum value, input field or
 * directive ("Did you mean "name"?", "Did you mean the enum value "DULDUNG"?"); in production these
 * would reveal the schema that introspection hides, so every message loses them.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');

/**
 * pg-pool's error when no connection came free within the pool's wait: overload, not a fault. It has
 * no code of its own, only this message.
 */
const isPoolExhausted = (error: unknown): boolean =>
  error instanceof Error && error.message === 'timeout exceeded when trying to connect';

/**
 * The one mapper from thrown errors to GraphQL errors. Validation failures name each field;
 * domain errors keep their code; anything unexpected is logged with a correlation id and masked,
 * so neither internals nor personal data leave the service.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  const known = new Set<string>([...Object.values(ErrorCode), ...(options.knownCodes ?? [])]);
  // Whatever arrives as an internal error is exactly what must be masked.
  known.delete(ErrorCode.INTERNAL_SERVER_ERROR);
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const code = String(formatted.extensions?.code ?? '');
    const validationErrors =
      (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors ??
      (formatted.extensions?.validationErrors as ValidationErrorLike[] | undefined);
    if (validationErrors && validationErrors.length > 0) {
      const fields = flattenValidation(validationErrors);
      return {
        message: fields.map((f) => `Invalid value for "${f.field}": ${f.rules.join('; ')}.`).join(' '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: fields.map((f) => f.field) },
      };
    }
    const fromSubgraph = options.trustSubgraphCodes === true && typeof formatted.extensions?.serviceName === 'string';
    if (
      PASS_THROUGH_CODES.has(code) ||
      known.has(code) ||
      (fromSubgraph && code !== '' && code !== ErrorCode.INTERNAL_SERVER_ERROR)
    ) {
      const {
        stacktrace: _stack,
        serviceName: _service,
        exception: _exception,
        ...extensions
      } = formatted.extensions ?? {};
      const cleaned = withoutValue(formatted.message);
      const message = cleaned?.message ?? formatted.message;
      return {
        ...formatted,
        message,
        extensions: cleaned?.field && !extensions.field ? { ...extensions, field: cleaned.field } : extensions,
      };
    }
    if (isPoolExhausted(original)) {
      options.logger.warn({ path: formatted.path }, 'no database connection free in time');
      return {
        message:
          'The service is busy and could not serve this request in time. Try again in a moment; if it was a ' +
          'change, check whether it took effect before you repeat it.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_BUSY },
      };
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
  if (!options.production) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Before the mapping, so a coercion message is rebuilt from the message without its hint.
    const out = format({ ...formatted, message: withoutSuggestions(formatted.message) }, error);
    return { ...out, message: withoutSuggestions(out.message) };
  };
}
