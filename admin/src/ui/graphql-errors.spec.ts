import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  errorForField,
  failedPart,
  fieldErrors,
  formLevelMessage,
  graphQLErrors,
  isForbiddenAt,
  unavailableSubgraphs,
  type ApiError,
} from './graphql-errors';

describe('reading the API errors', () => {
  it('finds a refusal at its path and below it, but not beside it', () => {
    const errors: ApiError[] = [
      { message: 'no', path: ['persons', 'items', 2, 'dateOfBirth'], extensions: { code: 'FORBIDDEN' } },
    ];
    expect(isForbiddenAt(errors, ['persons', 'items', 2, 'dateOfBirth'])).toBe(true);
    expect(isForbiddenAt(errors, ['persons', 'items', 1, 'dateOfBirth'])).toBe(false);
    expect(isForbiddenAt(errors, ['persons', 'items', 2])).toBe(false);
  });

  it('does not take another error at the path for a refusal', () => {
    const errors: ApiError[] = [
      {
        message: 'down',
        path: ['person', 'enrollments'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'offers' },
      },
    ];
    expect(isForbiddenAt(errors, ['person', 'enrollments'])).toBe(false);
    expect(unavailableSubgraphs(errors)).toEqual(['offers']);
  });

  it('maps refused input to the fields the API names, with or without the input prefix', () => {
    const errors: ApiError[] = [
      {
        message: 'Invalid value for "input.dateOfBirth": must be a past date.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.dateOfBirth' },
      },
      {
        message: 'Two fields.',
        extensions: { code: 'BAD_USER_INPUT', fields: ['input.givenName', 'input.familyName'] },
      },
      { message: 'The offer is full.', extensions: { code: 'OFFER_FULL' } },
    ];
    const byField = fieldErrors(errors);
    expect(errorForField(byField, 'dateOfBirth')).toBe('Invalid value for "input.dateOfBirth": must be a past date.');
    expect(errorForField(byField, 'familyName')).toBe('Two fields.');
    expect(byField['']).toBe('The offer is full.');
  });

  it('reads the GraphQL errors of an Apollo result, and a network failure as one error that says so', () => {
    const combined = new CombinedGraphQLErrors({
      data: { person: null },
      errors: [{ message: 'no', path: ['person'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(graphQLErrors(combined)).toHaveLength(1);
    expect(graphQLErrors(new Error('offline'))).toEqual([
      { message: 'Das Gateway ist nicht erreichbar.', extensions: { code: 'NETWORK_ERROR' } },
    ]);
    expect(graphQLErrors(undefined)).toEqual([]);
  });

  it('takes a query of one subgraph that failed as a whole for that subgraph being down, but not a refusal', () => {
    const masked = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Internal error; quote correlation id x.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(failedPart({ data: undefined, error: masked }, 'funding')).toEqual([
      { message: '', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'funding' } },
    ]);
    const refused = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'no', path: ['fundingPrograms'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(failedPart({ data: undefined, error: refused }, 'funding')).toEqual([]);
    expect(failedPart({ data: { fundingPrograms: { items: [] } }, error: masked }, 'funding')).toEqual([]);
  });

  it('takes the part the gateway names as down (SUBGRAPH_UNAVAILABLE without a path) for the failed query', () => {
    const named = {
      message: 'The funding service could not answer.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'funding' },
    };
    expect(
      failedPart({ data: undefined, error: new CombinedGraphQLErrors({ data: null, errors: [named] }) }, 'funding'),
    ).toEqual([named]);
  });

  it('puts on the form what names no field or a field the form has no input for', () => {
    const byField = { 'input.noticeVersion': 'is required for a consent.', 'input.purposes': 'at least one.' };
    expect(formLevelMessage(byField, ['purposes'])).toBe('is required for a consent.');
    expect(formLevelMessage({ 'input.purposes': 'at least one.' }, ['purposes'])).toBeUndefined();
  });
});
