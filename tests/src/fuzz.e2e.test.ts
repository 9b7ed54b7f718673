import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { ROLES, type Identity } from '@gk/shared';
import { DEMO_OFFERS, DEMO_ORGANIZATIONS, demoOfferId, demoOrganizationId, demoPersonRefs } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

/**
 * Schema-derived random operations with random variables, for every role, against the whole hub in
 * production mode. Whatever a client sends, the answer is a 4xx or a 200: never a 5xx, never an
 * internal error, never a "did you mean" that would reveal the schema; and the hub still answers
 * afterwards. The operations come from the committed supergraph's API (what clients can reach).
 *
 * The run is reproducible: the seed is fixed (FUZZ_SEED overrides it) and a failure prints the
 * shrunk operation with the seed and path to replay it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

type Gen = <T>(arb: fc.Arbitrary<T>) => T;

/** The API schema of the committed supergraph: what is @inaccessible is left out where it is met. */
const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8'));
const accessible = (node: { astNode?: { directives?: readonly { name: { value: string } }[] } | null }): boolean =>
  !node.astNode?.directives?.some((d) => d.name.value === 'inaccessible');

const personIds = demoPersonRefs()
  .slice(0, 20)
  .map((p) => p.id);
const ids = [
  ...DEMO_ORGANIZATIONS.map((o) => demoOrganizationId(o.key)),
  ...DEMO_OFFERS.map((o) => demoOfferId(o.key)),
  ...personIds,
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
];
const agsValues = ['05566', '05566076', '05162', '05162004', '05162024', '0516', '99999', '051620040'];
/** Strings a client may send: empty, control characters, NUL, long, unicode, SQL-like, anything. */
const strings = fc.oneof(
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    'x'.repeat(5000),
    "'; DROP TABLE person; --",
    '%',
    '_',
    '😀',
    'Rheine',
    '2026-11-21',
    '2031-02-30',
    '-1.00',
    '20000.00',
    '1e400',
  ),
  fc.constantFrom(...agsValues, ...ids),
  fc.string({ unit: 'binary', maxLength: 24 }),
);

/** A JSON value for an input type, mostly well-formed, sometimes not (coercion must refuse it as the client's). */
function inputValue(g: Gen, type: GraphQLInputType, depth: number): unknown {
  if (g(fc.integer({ min: 0, max: 199 })) === 0) return g(fc.constantFrom(null, 'wrong', 1.5, true, [], {}));
  if (isNonNullType(type)) return inputValue(g, type.ofType, depth);
  if (isListType(type)) {
    const length = g(fc.integer({ min: 0, max: 3 }));
    return Array.from({ length }, () => inputValue(g, type.ofType, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type
      .getValues()
      .filter(accessible)
      .map((v) => v.name);
    const value = g(fc.constantFrom(...values));
    // A misspelling provokes a "did you mean" from coercion.
    return g(fc.integer({ min: 0, max: 29 })) === 0 ? value.toLowerCase() : value;
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 3) return out;
    for (const field of Object.values(type.getFields()).filter(accessible)) {
      if (isNonNullType(field.type) || g(fc.boolean())) out[field.name] = inputValue(g, field.type, depth + 1);
    }
    // An unknown or misspelt input field, now and then.
    if (g(fc.integer({ min: 0, max: 29 })) === 0) out[`${Object.keys(type.getFields())[0] ?? 'x'}s`] = 'x';
    return out;
  }
  switch (type.name) {
    case 'Int':
      return g(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 0)));
    case 'Float':
      return g(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1)));
    case 'Boolean':
      return g(fc.boolean());
    case 'Date':
      return g(fc.oneof(fc.constantFrom('2026-11-21', '2008-02-29', '2031-02-30', '1900-01-01', '2026-1-1'), strings));
    case 'DateTimeISO':
      return g(fc.oneof(fc.constantFrom('2026-11-21T10:00:00.000Z', '2026-13-01T00:00:00Z'), strings));
    case 'Money':
      return g(fc.oneof(fc.constantFrom('0.00', '20000.00', '-1.00', '1.001', '99999999999999999999.00'), strings));
    default:
      return g(strings);
  }
}

/** A GraphQL literal for a JSON value; enum names as names, where the value can be one. */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const itemType = isListType(type)
      ? type.ofType
      : isNonNullType(type) && isListType(type.ofType)
        ? type.ofType.ofType
        : type;
    return `[${value.map((v) => literal(v, itemType)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string')
    return isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

interface Operation {
  text: string;
  variables: Record<string, unknown>;
}

function arguments_(
  g: Gen,
  args: readonly GraphQLArgument[],
  variables: { declarations: string[]; values: Record<string, unknown> },
): string {
  const given = args.filter(accessible).filter((a) => isNonNullType(a.type) || g(fc.integer({ min: 0, max: 2 })) === 0);
  if (given.length === 0) return '';
  return `(${given
    .map((a) => {
      const value = inputValue(g, a.type, 0);
      if (g(fc.boolean())) return `${a.name}: ${literal(value, a.type)}`;
      const name = `v${variables.declarations.length}`;
      variables.declarations.push(`$${name}: ${String(a.type)}`);
      variables.values[name] = value;
      return `${a.name}: $${name}`;
    })
    .join(', ')})`;
}

function selection(
  g: Gen,
  type: GraphQLOutputType,
  depth: number,
  variables: { declarations: string[]; values: Record<string, unknown> },
): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) {
    const member = g(fc.constantFrom(...named.getTypes()));
    return `{ __typename ... on ${member.name} ${selection(g, member, depth + 1, variables)} }`;
  }
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter(accessible);
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const pool = depth >= 3 || !(isObjectType(named) || isInterfaceType(named)) ? leaves : fields;
  if (pool.length === 0) return '{ __typename }';
  const chosen = g(
    fc.uniqueArray(fc.constantFrom(...pool), {
      minLength: 1,
      maxLength: Math.min(3, pool.length),
      selector: (f) => f.name,
    }),
  );
  return `{ ${chosen.map((f) => field(g, f, depth + 1, variables)).join(' ')} }`;
}

function field(
  g: Gen,
  f: GraphQLField<unknown, unknown>,
  depth: number,
  variables: { declarations: string[]; values: Record<string, unknown> },
): string {
  const alias = g(fc.integer({ min: 0, max: 9 })) === 0 ? `a${depth}${f.name.length}: ` : '';
  return `${alias}${f.name}${arguments_(g, f.args, variables)} ${selection(g, f.type, depth, variables)}`.trim();
}

/** One operation on Query (mostly) or Mutation, sometimes spoilt the way clients spoil them. */
const operations: fc.Arbitrary<Operation> = fc.gen().map((g) => {
  const gen: Gen = (arb) => g(() => arb);
  const root =
    gen(fc.integer({ min: 0, max: 3 })) === 0
      ? (schema.getMutationType() as GraphQLObjectType)
      : (schema.getQueryType() as GraphQLObjectType);
  const roots = Object.values(root.getFields()).filter(accessible);
  const variables = { declarations: [] as string[], values: {} as Record<string, unknown> };
  const chosen = gen(
    fc.uniqueArray(fc.constantFrom(...roots), { minLength: 1, maxLength: 2, selector: (f) => f.name }),
  );
  const body = chosen.map((f) => field(gen, f, 0, variables)).join(' ');
  const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
  const declarations = variables.declarations.length ? `(${variables.declarations.join(', ')})` : '';
  let text = `${keyword} Fuzz${declarations} { ${body} }`;
  switch (gen(fc.integer({ min: 0, max: 19 }))) {
    case 0: // cut short: a syntax error
      text = text.slice(0, gen(fc.integer({ min: 0, max: text.length - 1 })));
      break;
    case 1: // a misspelt field: a validation error that would suggest the right name
      text = text.replace(/\{ (\w+)/, (_m, name: string) => `{ ${name.slice(0, -1)}`);
      break;
    case 2: // a second operation and no operationName
      text = `${text} query Other { __typename }`;
      break;
    case 3: // an operation type the hub does not have
      text = text.replace(/^(query|mutation)/, 'subscription');
      break;
    default:
  }
  return { text, variables: variables.values };
});

const identities: fc.Arbitrary<Partial<Identity>> = fc.record({
  subject: fc.constantFrom('fuzz-1', 'fuzz-2'),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
  organizationId: fc.option(fc.constantFrom(...DEMO_ORGANIZATIONS.map((o) => demoOrganizationId(o.key))), {
    nil: undefined,
  }),
  ags: fc.uniqueArray(fc.constantFrom('05566', '05566076', '05162', '05162004'), { maxLength: 2 }),
});

describe('fuzz: random schema-derived operations for every role against the hub in production', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true, production: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    `answers ${RUNS} random operations with no 5xx, no internal error and no suggestion, and still answers ` +
      `afterwards`,
    async () => {
      const statuses = new Map<number, number>();
      const codes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(operations, identities, async (operation, identity) => {
          const res = await hub.post(
            { query: operation.text, variables: operation.variables },
            { authorization: `Bearer ${await hub.token(identity)}` },
          );
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBeLessThan(500);
          expect(text).not.toContain('INTERNAL_SERVER_ERROR');
          expect(text).not.toMatch(/did you mean/i);
          const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
          expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
          for (const code of new Set(body.errors?.map((e) => String(e.extensions?.code)) ?? ['none']))
            codes.set(code, (codes.get(code) ?? 0) + 1);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
      // Not asserted, but a fuzz run that only met refusals would test little: show the mix.
      process.stdout.write(
        `fuzz (seed ${SEED}): statuses ${JSON.stringify(Object.fromEntries(statuses))}, error codes ` +
          `${JSON.stringify(Object.fromEntries(codes))}\n`,
      );
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
      const after = await hub.query('{ municipality(ags: "05566076") { name parent { name } } }');
      expect(after.body).toEqual({ data: { municipality: { name: 'Rheine', parent: { name: 'Kreis Steinfurt' } } } });
    },
  );
});
