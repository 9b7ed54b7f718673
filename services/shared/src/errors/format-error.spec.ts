import { GraphQLError } from 'graphql';
import pino from 'pino';
import { BadUserInputError, DomainError } from './domain-error';
import { createErrorFormatter } from './format-error';

describe('the error mapper', () => {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
  const format = createErrorFormatter({ logger, knownCodes: ['OFFER_FULL'] });

  it('keeps domain errors with their code', () => {
    const error = new DomainError('OFFER_FULL', 'The offer has no free seat.');
    expect(format({ message: error.message, extensions: { code: 'OFFER_FULL' } }, error)).toEqual({ message: 'The offer has no free seat.', extensions: { code: 'OFFER_FULL' } });
  });

  it('names the field of a bad input', () => {
    const error = new BadUserInputError('dateOfBirth', 'must not be in the future');
    expect(format({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'Invalid value for "dateOfBirth": must not be in the future.',
      extensions: { code: 'BAD_USER_INPUT', field: 'dateOfBirth' },
    });
  });

  it('turns validation errors into one BAD_USER_INPUT naming each field', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'input', children: [{ property: 'givenName', constraints: { maxLength: 'givenName must be shorter than or equal to 100 characters' } }] }] },
    });
    expect(format({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'Invalid value for "input.givenName": givenName must be shorter than or equal to 100 characters.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.givenName'] },
    });
  });

  it('masks unexpected errors, logs a correlation id, and keeps row values out of the log', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint: (family_name)=(Mustermann)'), { code: '23505', detail: 'Key (family_name)=(Mustermann) already exists.' });
    const out = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(error.message, { originalError: error }));
    expect(out.message).toMatch(/^Internal error; quote correlation id [0-9a-f-]{36} to the operators\.$/);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    const logged = lines.join('');
    expect(logged).toContain(String(out.extensions?.correlationId));
    expect(logged).toContain('23505');
    expect(logged).not.toContain('Mustermann');
  });
});
