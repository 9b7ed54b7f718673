import { BadUserInputError } from '../errors/domain-error';

/**
 * Refuses null for fields of a change input that may be left out but not removed. GraphQL cannot
 * say "optional but not null", and type-graphql's validation skips null values, so the check is here.
 */
export function refuseNulls<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) {
    if (input[field] === null)
      throw new BadUserInputError(`input.${field}`, 'must not be null; leave it out to keep the current value');
  }
}
