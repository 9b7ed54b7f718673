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
    expect(format({ message: error.message, extensions: { code: 'OFFER_FULL' } }, error)).toEqual({
      message: 'The offer has no free seat.',
      extensions: { code: 'OFFER_FULL' },
    });
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
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'input',
            children: [
              {
                property: 'givenName',
                constraints: { maxLength: 'givenName must be shorter than or equal to 100 characters' },
              },
            ],
          },
        ],
      },
    });
    expect(format({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'Invalid value for "input.givenName": givenName must be shorter than or equal to 100 characters.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.givenName'] },
    });
  });

  it('masks unexpected errors, logs a correlation id, and keeps row values out of the log', () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint: (family_name)=(Mustermann)'),
      { code: '23505', detail: 'Key (family_name)=(Mustermann) already exists.' },
    );
    const out = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(error.message, { originalError: error }),
    );
    expect(out.message).toMatch(/^Internal error; quote correlation id [0-9a-f-]{36} to the operators\.$/);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    const logged = lines.join('');
    expect(logged).toContain(String(out.extensions?.correlationId));
    expect(logged).toContain('23505');
    expect(logged).not.toContain('Mustermann');
  });
});

describe('coercion errors', () => {
  const format = createErrorFormatter({ logger: pino({ level: 'silent' }) });

  it('names the field of a bad variable and drops the value', () => {
    const message =
      'Variable "$input" got invalid value "2031-02-30" at "input.dateOfBirth"; Date must be a calendar date ' +
      'written YYYY-MM-DD.';
    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message))).toEqual({
      message: 'Invalid value for "input.dateOfBirth": Date must be a calendar date written YYYY-MM-DD.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.dateOfBirth' },
    });
  });

  it('drops the value of a bad literal', () => {
    const message =
      'Expected value of type "Money", found "-1.00"; Money must be a non-negative decimal string in euros ' +
      'with at most two decimals, for example "20000.00".';
    const out = format({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message));
    expect(out.message).toBe(
      'Invalid value of type "Money": Money must be a non-negative decimal string in euros with at most two ' +
        'decimals, for example "20000.00".',
    );
    expect(out.message).not.toContain('-1.00');
  });

  it.each([
    [
      'a scalar reason that quotes the value',
      'Variable "$input" got invalid value "Amani" at "input.germanLevelCertified"; Boolean cannot represent ' +
        'a non boolean value: "Amani"',
      'Invalid value for "input.germanLevelCertified": Boolean cannot represent a non boolean value.',
    ],
    [
      'an enum reason that quotes the value',
      'Variable "$s" got invalid value "Amani" at "s"; Value "Amani" does not exist in "ResidenceStatus" enum.',
      'Invalid value for "s": The value does not exist in "ResidenceStatus" enum.',
    ],
    ['a literal without a reason', 'Expected value of type "Int", found "Amani".', 'Invalid value of type "Int".'],
    [
      'a literal with a reason that quotes it',
      'Expected value of type "Int", found "Amani"; Int cannot represent non-integer value: "Amani"',
      'Invalid value of type "Int": Int cannot represent non-integer value.',
    ],
    [
      'an enum literal',
      'Value "Amani" does not exist in "ResidenceStatus" enum.',
      'The value does not exist in "ResidenceStatus" enum.',
    ],
  ])('drops the value from %s, since a client may put a name in the wrong place', (_case, message, expected) => {
    const out = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.message).toBe(expected);
    expect(out.message).not.toContain('Amani');
  });

  it('answers a request that found no free database connection in time as SERVICE_BUSY, not as internal', () => {
    const pgPoolTimeout = new Error('timeout exceeded when trying to connect');
    const out = format(
      { message: pgPoolTimeout.message, path: ['enrollInOffer'] },
      new GraphQLError(pgPoolTimeout.message, { originalError: pgPoolTimeout }),
    );
    expect(out.extensions).toEqual({ code: 'SERVICE_BUSY' });
    expect(out.message).toMatch(/^The service is busy/);
    expect(out.path).toEqual(['enrollInOffer']);
  });

  it('at the gateway, passes codes vetted by a subgraph and still masks internal ones', () => {
    const gateway = createErrorFormatter({ logger: pino({ level: 'silent' }), trustSubgraphCodes: true });
    expect(
      gateway(
        { message: 'The offer has no free seat.', extensions: { code: 'OFFER_FULL', serviceName: 'offers' } },
        new GraphQLError('x'),
      ),
    ).toEqual({
      message: 'The offer has no free seat.',
      extensions: { code: 'OFFER_FULL' },
    });
    expect(
      gateway(
        { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'offers' } },
        new GraphQLError('boom'),
      ).extensions?.code,
    ).toBe('INTERNAL_SERVER_ERROR');
    expect(
      gateway({ message: 'boom', extensions: { code: 'OFFER_FULL' } }, new GraphQLError('boom')).extensions?.code,
    ).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('suggestions in production', () => {
  const production = createErrorFormatter({
    logger: pino({ level: 'silent' }),
    production: true,
    trustSubgraphCodes: true,
  });
  const development = createErrorFormatter({ logger: pino({ level: 'silent' }), trustSubgraphCodes: true });

  it.each([
    [
      'validation',
      'GRAPHQL_VALIDATION_FAILED',
      'Cannot query field "nam" on type "Municipality". Did you mean "name"?',
      'Cannot query field "nam" on type "Municipality".',
    ],
    [
      'validation, several names',
      'GRAPHQL_VALIDATION_FAILED',
      'Unknown type "Strin". Did you mean "String", "Sting", or "Strings"?',
      'Unknown type "Strin".',
    ],
    [
      'variable coercion',
      'BAD_USER_INPUT',
      'Variable "$s" got invalid value "duldung" at "s[0]"; Value "duldung" does not exist in ' +
        '"ResidenceStatus" enum. Did you mean the enum value "DULDUNG"?',
      'Invalid value for "s[0]": The value does not exist in "ResidenceStatus" enum.',
    ],
    [
      'an input field in a variable',
      'BAD_USER_INPUT',
      'Variable "$f" got invalid value { residenceStatus: ["DULDUNG"] }; Field "residenceStatus" is not ' +
        'defined by type "PersonFilterInput". Did you mean "residenceStatuses"?',
      'Invalid value for "f": Field "residenceStatus" is not defined by type "PersonFilterInput".',
    ],
  ])('are cut from %s errors', (_stage, code, message, expected) => {
    expect(production({ message, extensions: { code } }, new GraphQLError(message)).message).toBe(expected);
    expect(development({ message, extensions: { code } }, new GraphQLError(message)).message).toMatch(/Did you mean/);
  });

  it('are cut from errors a subgraph passes on', () => {
    const message = 'Unknown argument "agss" on field "Query.municipality". Did you mean "ags"?';
    expect(
      production(
        { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', serviceName: 'network' } },
        new GraphQLError(message),
      ),
    ).toEqual({
      message: 'Unknown argument "agss" on field "Query.municipality".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      production(
        { message: 'Quota. Did you mean "x"?', extensions: { code: 'OFFER_FULL', serviceName: 'offers' } },
        new GraphQLError('x'),
      ).message,
    ).toBe('Quota.');
  });
});
