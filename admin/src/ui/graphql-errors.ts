import type { GraphQLFormattedError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { messages } from '../app/messages';

/**
 * Reading the API's errors the way it means them: a refused field is null with FORBIDDEN at its
 * path while the rest of the answer stands; a refused change names its input field
 * (BAD_USER_INPUT with `field` or `fields`); a subgraph that is down is SUBGRAPH_UNAVAILABLE naming
 * it. The UI decides nothing itself: it shows what the API said, where it said it.
 */
export type ApiError = GraphQLFormattedError;
export type Path = readonly (string | number)[];

/**
 * The GraphQL errors an Apollo result carries; a failure without any (the gateway unreachable, an
 * HTTP error) becomes one error saying the gateway could not be reached, so it is never silent.
 */
export function graphQLErrors(error: unknown): readonly ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  return [{ message: messages.errors.network, extensions: { code: 'NETWORK_ERROR' } }];
}

/**
 * A missing part where the answer does not name it: a query of one subgraph that failed as a whole
 * (no data, and no refusal or input error to explain it) is taken as that subgraph being down. The
 * gateway names a missing subgraph (SUBGRAPH_UNAVAILABLE) where it can; a masked internal error
 * does not, but the query that failed still says which part it asked.
 */
export function failedPart(result: { data?: unknown; error?: unknown }, subgraph: string): ApiError[] {
  if (!result.error || result.data) return [];
  const errors = graphQLErrors(result.error);
  // The gateway named the part that is down: that is the answer, whatever this query asked.
  const named = errors.filter((e) => codeOf(e) === 'SUBGRAPH_UNAVAILABLE');
  if (named.length > 0) return named;
  const explained = errors.some((e) => REFUSAL_CODES.has(codeOf(e)) || codeOf(e) === 'BAD_USER_INPUT');
  return explained ? [] : [{ message: '', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph } }];
}

const codeOf = (e: ApiError): string => String(e.extensions?.code ?? '');

const startsWith = (path: Path, prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

/** Codes with which the API refuses to show a field to this user. */
export const REFUSAL_CODES = new Set(['FORBIDDEN', 'CONSENT_REQUIRED']);

/**
 * The refusal at this path, or at one of its parents (a refused parent takes its children with it).
 * Paths count list positions, as the API reports them.
 */
export function refusalAt(errors: readonly ApiError[], path: Path): ApiError | undefined {
  return errors.find((e) => REFUSAL_CODES.has(codeOf(e)) && e.path !== undefined && startsWith(path, e.path));
}

export const isForbiddenAt = (errors: readonly ApiError[], path: Path): boolean =>
  refusalAt(errors, path) !== undefined;

/**
 * Messages of refused input by field, as the API names it ("input.dateOfBirth"); a message without a
 * field lands under "" for the form as a whole.
 */
export function fieldErrors(errors: readonly ApiError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = e.extensions?.field;
    const fields = e.extensions?.fields;
    const names =
      typeof field === 'string'
        ? [field]
        : Array.isArray(fields)
          ? fields.filter((f): f is string => typeof f === 'string')
          : [];
    if (names.length === 0) out[''] = out[''] ? `${out['']} ${e.message}` : e.message;
    for (const name of names) out[name] = out[name] ? `${out[name]} ${e.message}` : e.message;
  }
  return out;
}

/** The message for one input field, whether the API named it with or without the `input.` prefix. */
export function errorForField(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? errors[`input.${field}`];
}

/** Names of the subgraphs the answer says are down (SUBGRAPH_UNAVAILABLE), each once. */
export function unavailableSubgraphs(errors: readonly ApiError[]): string[] {
  const names = errors
    .filter((e) => codeOf(e) === 'SUBGRAPH_UNAVAILABLE')
    .map((e) => String(e.extensions?.subgraph ?? e.extensions?.serviceName ?? ''));
  return [...new Set(names)];
}

/** Errors that are neither refusals, nor input errors, nor a missing subgraph: shown as they are. */
export function otherErrors(errors: readonly ApiError[]): ApiError[] {
  return errors.filter(
    (e) => !REFUSAL_CODES.has(codeOf(e)) && codeOf(e) !== 'SUBGRAPH_UNAVAILABLE' && codeOf(e) !== 'BAD_USER_INPUT',
  );
}

/**
 * The form-level message: what names no field, and what names a field the form has no input for
 * (so no refusal is ever lost).
 */
export function formLevelMessage(errors: Record<string, string>, placed: readonly string[]): string | undefined {
  const isPlaced = (name: string) => placed.some((p) => name === p || name === `input.${p}`);
  const parts = Object.entries(errors)
    .filter(([name]) => name === '' || !isPlaced(name))
    .map(([, message]) => message);
  return parts.length > 0 ? [...new Set(parts)].join(' ') : undefined;
}
