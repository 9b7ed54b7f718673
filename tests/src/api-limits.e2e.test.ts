import { createHash } from 'node:crypto';
import { Lexer, Source, TokenKind } from 'graphql';
import { auditServer } from 'graphql-http';
import { financeRheine, networkCoordinatorNeuss } from '@gk/fixtures';
import { DEFAULT_CACHE_BOUNDS } from '@gk/gateway';
import { signTestToken } from '@gk/shared/testing';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';

/** `municipality { parent { members { parent ... { name } } } }`: depth 2 + levels. */
function nested(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `${i % 2 === 0 ? 'parent' : 'members'} { ${selection} }`;
  return `{ municipality(ags: "05566076") { ${selection} } }`;
}

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
  res.body.errors?.map((e) => e.extensions?.code);
const messages = (res: { body: { errors?: { message: string }[] } }) => res.body.errors?.map((e) => e.message) ?? [];

describe('API limits at the gateway: one step over is refused, exactly at the limit passes', () => {
  let hub: TestHub;
  let strict: TestGateway;
  const limits = { maxDepth: 5, maxAliases: 3, maxDirectives: 2, maxTokens: 60, maxCost: 1000 };

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    strict = await hub.gateway({ limits, bodyLimit: '2kb' });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('query depth', async () => {
    const atLimit = await strict.query(nested(limits.maxDepth - 2));
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data).toEqual({
      municipality: { parent: { members: [{ parent: { name: 'Kreis Steinfurt' } }] } },
    });
    const over = await strict.query(nested(limits.maxDepth - 1));
    expect(messages(over)).toEqual(['Syntax Error: Query depth limit of 5 exceeded, found 6.']);
    expect(over.body.data).toBeUndefined();
  });

  it('aliases', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: municipality(ags: "05566076") { name }`).join(' ')} }`;
    const wide = await hub.gateway({ limits: { ...limits, maxTokens: 2000 } });
    const atLimit = await wide.query(aliases(3));
    expect(atLimit.body).toEqual({ data: { a0: { name: 'Rheine' }, a1: { name: 'Rheine' }, a2: { name: 'Rheine' } } });
    expect(messages(await wide.query(aliases(4)))).toEqual(['Syntax Error: Aliases limit of 3 exceeded, found 4.']);
  });

  it('aliases of __typename count too', async () => {
    // Each alias is one more field to answer, whatever it names.
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const wide = await hub.gateway({ limits: { ...limits, maxTokens: 2000 } });
    expect((await wide.query(typenames(3))).body).toEqual({ data: { t0: 'Query', t1: 'Query', t2: 'Query' } });
    const over = await wide.query(typenames(4));
    expect(over.status).toBe(400);
    expect(messages(over)).toEqual(['Syntax Error: Aliases limit of 3 exceeded, found 4.']);
    expect(over.body.data).toBeUndefined();
  });

  it('directives', async () => {
    const directives = (n: number) =>
      `{ municipality(ags: "05566076") { ${Array.from({ length: n }, () => 'name @include(if: true)').join(' ')} } }`;
    expect((await strict.query(directives(2))).body).toEqual({ data: { municipality: { name: 'Rheine' } } });
    expect(messages(await strict.query(directives(3)))).toEqual([
      'Syntax Error: Directives limit of 2 exceeded, found 3.',
    ]);
  });

  it('tokens', async () => {
    const fields = [
      'name',
      'kind',
      'ags',
      'parent { name }',
      'members { name }',
      'members { ags }',
      'members { kind }',
      'parent { ags }',
      'parent { kind }',
    ];
    let query = '';
    for (let n = 1; n <= fields.length; n++) {
      query = `{ municipality(ags: "05566") { ${fields.slice(0, n).join(' ')} } }`;
      if (tokens(query) >= limits.maxTokens - 6) break;
    }
    const padded = (count: number) => {
      let q = query;
      while (tokens(q) < count) q = q.replace(/ } }$/, ' name } }');
      return q;
    };
    const exact = padded(limits.maxTokens);
    expect(tokens(exact)).toBe(limits.maxTokens);
    const atLimit = await strict.query(exact);
    expect(atLimit.body.errors).toBeUndefined();
    const over = padded(limits.maxTokens + 1);
    expect(tokens(over)).toBe(limits.maxTokens + 1);
    const refused = await strict.query(over);
    // A parse error is the client's: 400, as graphql-js's own token limit is reported by Apollo.
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(messages(refused)).toEqual(['Syntax Error: Document contains more that 60 tokens. Parsing aborted.']);
  });

  it('cost', async () => {
    const query = nested(3);
    const probe = await (await hub.gateway({ limits: { ...limits, maxCost: 1 } })).query(query);
    const found = /found ([\d.]+)\./.exec(messages(probe)[0] ?? '')?.[1] as string;
    const limit = Math.ceil(Number(found));
    expect(limit).toBeGreaterThan(1);
    expect(
      (await (await hub.gateway({ limits: { ...limits, maxCost: limit } })).query(query)).body.errors,
    ).toBeUndefined();
    expect(messages(await (await hub.gateway({ limits: { ...limits, maxCost: limit - 1 } })).query(query))).toEqual([
      `Syntax Error: Query Cost limit of ${limit - 1} exceeded, found ${found}.`,
    ]);
  });

  it('request body size', async () => {
    const token = await hub.token();
    const body = (size: number) => {
      const base = JSON.stringify({ query: '{ municipality(ags: "05566076") { name } }', variables: { pad: '' } });
      return base.replace('"pad":""', `"pad":"${'x'.repeat(size - base.length)}"`);
    };
    expect(body(2048).length).toBe(2048);
    const atLimit = await strict.post(body(2048), { authorization: `Bearer ${token}` });
    expect(atLimit.status).toBe(200);
    const over = await strict.post(body(2049), { authorization: `Bearer ${token}` });
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({
      errors: [{ message: 'Request body larger than 2kb.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses batched HTTP requests', async () => {
    const res = await hub.post(
      [{ query: '{ municipality(ags: "05566076") { name } }' }, { query: '{ municipality(ags: "05566") { name } }' }],
      {
        authorization: `Bearer ${await hub.token()}`,
      },
    );
    expect(res.status).toBe(400);
  });

  it('prevents cross-site request forgery: a simple form post is refused', async () => {
    const res = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${await hub.token()}` },
      body: JSON.stringify({ query: '{ municipality(ags: "05566076") { name } }' }),
    });
    expect(res.status).toBe(400);
  });

  describe('production mode', () => {
    let production: TestGateway;

    beforeAll(async () => {
      production = await hub.gateway({ production: true });
    });

    it('hides the schema: no introspection', async () => {
      const res = await production.query('{ __schema { types { name } } }');
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(res.body.data).toBeUndefined();
    });

    it('gives no "did you mean" hints', async () => {
      const res = await production.query('{ municipality(ags: "05566076") { nam } }');
      expect(messages(res).join(' ')).not.toMatch(/did you mean/i);
      expect(messages(res).join(' ')).not.toContain('"name"');
    });

    it('still lets development show hints', async () => {
      const res = await hub.query('{ municipality(ags: "05566076") { nam } }');
      expect(messages(res).join(' ')).toMatch(/Did you mean "name"\?/);
    });

    describe('a client mistake is a 4xx naming the mistake, never a 500 or an internal error', () => {
      const refused = async (body: Record<string, unknown>) => {
        const res = await production.post(body, { authorization: `Bearer ${await hub.token()}` });
        const json = (await res.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        expect(JSON.stringify(json)).not.toContain('INTERNAL_SERVER_ERROR');
        return {
          status: res.status,
          codes: json.errors?.map((e) => e.extensions?.code),
          messages: json.errors?.map((e) => e.message) ?? [],
          data: json.data,
        };
      };

      it('a syntax error (the request "{") is 400', async () => {
        expect(await refused({ query: '{' })).toEqual({
          status: 400,
          codes: ['GRAPHQL_PARSE_FAILED'],
          messages: ['Syntax Error: Expected Name, found <EOF>.'],
          data: undefined,
        });
      });

      it.each([
        ['one token over the limit', `{ ${Array.from({ length: 1999 }, () => '__typename').join(' ')} }`, 2000],
        ['10,000 duplicated fields', `{ municipality(ags: "05566076") { ${'name '.repeat(10_000)}} }`, 2000],
        ['5,000 directives', `{ municipality(ags: "05566076") { name ${'@include(if: true) '.repeat(5000)}} }`, 2000],
        [
          '5,000 fragment spreads',
          `{ municipality(ags: "05566076") { ${'...F '.repeat(5000)}} } fragment F on Municipality { name }`,
          2000,
        ],
      ])('a document over the token limit is 400: %s', async (_name, query, limit) => {
        expect(tokens(query.slice(0, 200_000))).toBeGreaterThan(limit);
        expect(await refused({ query })).toEqual({
          status: 400,
          codes: ['GRAPHQL_PARSE_FAILED'],
          messages: [`Syntax Error: Document contains more that ${limit} tokens. Parsing aborted.`],
          data: undefined,
        });
      });

      it('a subscription is 400: the hub has none', async () => {
        expect(await refused({ query: 'subscription { __typename }' })).toEqual({
          status: 400,
          codes: ['GRAPHQL_VALIDATION_FAILED'],
          messages: ['This service has no subscriptions: send a query or a mutation.'],
          data: undefined,
        });
      });

      it('two operations without operationName, or an operationName the document lacks, are 400', async () => {
        const document =
          'query A { municipality(ags: "05566076") { name } } query B { municipality(ags: "05566") { name } }';
        expect(await refused({ query: document })).toEqual({
          status: 400,
          codes: ['OPERATION_RESOLUTION_FAILURE'],
          messages: ['The document has several operations: name the one to run in operationName.'],
          data: undefined,
        });
        expect(await refused({ query: document, operationName: 'C' })).toEqual({
          status: 400,
          codes: ['OPERATION_RESOLUTION_FAILURE'],
          messages: ['The document has no operation of the requested operationName.'],
          data: undefined,
        });
        const chosen = await production.post(
          { query: document, operationName: 'B' },
          { authorization: `Bearer ${await hub.token()}` },
        );
        expect(await chosen.json()).toEqual({ data: { municipality: { name: 'Kreis Steinfurt' } } });
      });

      it(
        'a NUL character in a string argument is bad input naming the field, in a literal or a variable, and ' +
          'changes nothing',
        async () => {
          // PostgreSQL refuses NUL in text; the subgraph kit refuses it before any resolver runs.
          const literal = await production.query(
            '{ organizations(filter: { nameContains: "a\\u0000" }) { nodes { name } } }',
          );
          expect(literal.body.errors).toEqual([
            expect.objectContaining({
              message: 'Invalid value for "filter.nameContains": must not contain the NUL character (U+0000).',
              extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' },
            }),
          ]);
          const variable = await production.query(
            'query($filter: OrganizationFilter) { organizations(filter: $filter) { nodes { name } } }',
            { filter: { nameContains: '\u0000' } },
          );
          expect(variable.body.errors).toEqual([
            expect.objectContaining({
              message: 'Invalid value for "filter.nameContains": must not contain the NUL character (U+0000).',
              extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' },
            }),
          ]);
          const create = await production.query(
            'mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }',
            {
              input: {
                name: 'Programm\u0000',
                funder: 'LAND_NRW',
                periodStart: '2026-01-01',
                maxFundingRateBasisPoints: 8000,
                targetRule: 'WHOLE_TARGET_GROUP',
              },
            },
            financeRheine,
          );
          expect(create.body.errors).toEqual([
            expect.objectContaining({
              message: 'Invalid value for "input.name": must not contain the NUL character (U+0000).',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
            }),
          ]);
          expect(create.body.data).toBeNull();
          const programs = await hub.subgraphs.funding.db.dataSource.query(
            `SELECT count(*)::int AS n FROM funding_program WHERE name LIKE 'Programm%'`,
          );
          expect(programs).toEqual([{ n: 0 }]);
        },
      );
    });

    describe('no "did you mean" from any stage', () => {
      const noHints = (res: { body: { errors?: { message: string }[] } }) => {
        expect(res.body.errors?.length).toBeGreaterThan(0);
        expect(messages(res).join(' ')).not.toMatch(/did you mean/i);
      };

      it.each([
        ['a field', '{ municipality(ags: "05566076") { nam } }', undefined],
        ['an argument', '{ municipality(agss: "05566076") { name } }', undefined],
        ['a type', 'query($ags: Strin!) { municipality(ags: $ags) { name } }', { ags: '05566076' }],
        ['a directive argument', '{ municipality(ags: "05566076") { name @include(iff: true) } }', undefined],
        ['an enum literal', '{ persons(filter: { residenceStatuses: [duldung] }) { items { id } } }', undefined],
        ['an input field literal', '{ persons(filter: { residenceStatus: [DULDUNG] }) { items { id } } }', undefined],
        [
          'an enum value in a variable (coercion)',
          'query($f: PersonFilterInput) { persons(filter: $f) { items { id } } }',
          { f: { residenceStatuses: ['duldung'] } },
        ],
        [
          'an input field in a variable (coercion)',
          'query($f: PersonFilterInput) { persons(filter: $f) { items { id } } }',
          { f: { residenceStatus: ['DULDUNG'] } },
        ],
      ])('%s', async (_stage, query, variables) => {
        const res = await production.query(query, variables);
        expect(res.status).toBe(400);
        noHints(res);
        // Development keeps them: the probe does provoke a suggestion.
        expect(messages(await hub.query(query, variables)).join(' ')).toMatch(/Did you mean/);
      });
    });

    it('masks an internal failure to a code and a correlation id', async () => {
      const stopped = hub.subgraphs.funding;
      await stopped.db.dataSource.query('ALTER TABLE budget RENAME TO budget_renamed_for_test');
      try {
        const res = await production.query(
          'query($id: ID!) { budget(id: $id) { id } }',
          { id: '00000000-0000-4000-8000-000000000000' },
          financeRheine,
        );
        expect(res.body.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(/^Internal error; quote correlation id [0-9a-f-]{36} to the operators\.$/),
            extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) },
          }),
        ]);
        expect(JSON.stringify(res.body)).not.toContain('budget_renamed');
      } finally {
        await stopped.db.dataSource.query('ALTER TABLE budget_renamed_for_test RENAME TO budget');
      }
    });
  });
});

describe('a subgraph holds the same rules for what reaches it', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  const direct = async (body: Record<string, unknown>) => {
    const network = hub.subgraphs.network;
    const res = await fetch(network.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await signTestToken(network.keys, 'network')}`,
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return {
      status: res.status,
      errors: json.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })),
    };
  };

  it(
    'refuses a subscription, an unchosen operation and a NUL character with 400, never as an ' + 'internal error',
    async () => {
      expect(await direct({ query: 'subscription { __typename }' })).toEqual({
        status: 400,
        errors: [
          {
            message: 'This service has no subscriptions: send a query or a mutation.',
            code: 'GRAPHQL_VALIDATION_FAILED',
            field: undefined,
          },
        ],
      });
      expect((await direct({ query: 'query A { __typename } query B { __typename }' })).status).toBe(400);
      expect(
        await direct({
          query: 'query($f: OrganizationFilter) { organizations(filter: $f) { nodes { name } } }',
          variables: { f: { nameContains: 'x\u0000' } },
        }),
      ).toEqual({
        status: 400,
        errors: [
          {
            message: 'Invalid value for "f.nameContains": must not contain the NUL character (U+0000).',
            code: 'BAD_USER_INPUT',
            field: 'f.nameContains',
          },
        ],
      });
      expect(await direct({ query: '{ municipality(ags: "0556\u00006") { name } }' })).toEqual({
        status: 400,
        errors: [
          {
            message: 'Invalid value for "ags": must not contain the NUL character (U+0000).',
            code: 'BAD_USER_INPUT',
            field: 'ags',
          },
        ],
      });
    },
  );
});

describe('what the hub keeps per distinct document stays bounded', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    'thousands of distinct documents from one ordinary user leave the parsed documents and query plans within ' +
      'their bounds',
    async () => {
      // A new operation name and alias each time makes every document distinct, as in a crash seen
      // in production: before the bounds, the gateway's document and plan stores grew until the
      // 160 MB heap was full. Small bounds here make the eviction visible with fewer requests.
      const bounds = {
        documentEntries: 300,
        documentBytes: 512 * 1024,
        queryPlanEntries: 300,
        queryPlanBytes: 1024 * 1024,
        persistedQueryEntries: 100,
        persistedQueryBytes: 1024 * 1024,
      };
      const gateway = await hub.gateway({ caches: bounds });
      const token = await hub.token(networkCoordinatorNeuss);
      const send = async (query: string) => {
        // Every fifth one registers itself as an automatic persisted query, which Apollo keeps too.
        const persisted = Number(/Q(\d+)/.exec(query)?.[1]) % 5 === 0;
        const extensions = persisted
          ? { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } }
          : undefined;
        const res = await gateway.post({ query, extensions }, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(200);
        return (await res.json()) as { errors?: unknown };
      };
      for (let i = 0; i < 2000; i++) {
        // The real shape (a subgraph fetch and a plan with a fetch node) every tenth time; otherwise
        // a document the gateway answers itself, so the test stays quick.
        const query =
          i % 10 === 0
            ? `query Q${i} { m${i}: municipality(ags: "05162004") { name kind parent { name } } }`
            : `query Q${i} { t${i}: __typename }`;
        expect((await send(query)).errors).toBeUndefined();
      }
      const sizes = gateway.cacheSizes();
      expect(sizes.documents.entries).toBeGreaterThan(0);
      expect(sizes.documents.entries).toBeLessThanOrEqual(bounds.documentEntries);
      expect(sizes.documents.bytes).toBeLessThanOrEqual(bounds.documentBytes);
      expect(sizes.queryPlans.entries).toBeGreaterThan(0);
      expect(sizes.queryPlans.entries).toBeLessThanOrEqual(bounds.queryPlanEntries);
      expect(sizes.queryPlans.bytes).toBeLessThanOrEqual(bounds.queryPlanBytes);
      expect(sizes.persistedQueries.entries).toBeGreaterThan(0);
      expect(sizes.persistedQueries.entries).toBeLessThanOrEqual(bounds.persistedQueryEntries);
      // The byte bound holds by itself: the documents' estimated heap fills 512 kB before 300 entries.
      expect(sizes.documents.entries).toBeLessThan(bounds.documentEntries);
      // The subgraph behind them keeps its documents bounded too.
      const network = hub.subgraphs.network.cacheSizes().documents;
      expect(network.entries).toBeGreaterThan(0);
      expect(network.entries).toBeLessThanOrEqual(network.maxEntries);
      expect(network.bytes).toBeLessThanOrEqual(network.maxBytes);
      // A cached document is still served, and the hub still answers.
      expect(await send('query Q1999 { t1999: __typename }')).toEqual({ data: { t1999: 'Query' } });
    },
  );

  it('the gateway bounds its stores by default', async () => {
    expect(hub.subgraphs.network.cacheSizes().documents.maxEntries).toBeLessThanOrEqual(1000);
    const gateway = await hub.gateway({});
    const sizes = gateway.cacheSizes();
    expect(sizes.documents).toMatchObject({
      maxEntries: DEFAULT_CACHE_BOUNDS.documentEntries,
      maxBytes: DEFAULT_CACHE_BOUNDS.documentBytes,
    });
    expect(sizes.queryPlans).toMatchObject({
      maxEntries: DEFAULT_CACHE_BOUNDS.queryPlanEntries,
      maxBytes: DEFAULT_CACHE_BOUNDS.queryPlanBytes,
    });
    expect(sizes.persistedQueries).toMatchObject({
      maxEntries: DEFAULT_CACHE_BOUNDS.persistedQueryEntries,
      maxBytes: DEFAULT_CACHE_BOUNDS.persistedQueryBytes,
    });
    // Together well under the gateway's 160 MB heap.
    expect(
      DEFAULT_CACHE_BOUNDS.documentBytes +
        DEFAULT_CACHE_BOUNDS.queryPlanBytes +
        DEFAULT_CACHE_BOUNDS.persistedQueryBytes,
    ).toBeLessThanOrEqual(32 * 1024 * 1024);
  });
});

describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('passes every MUST; the only warnings are the 400s it keeps for application/json', async () => {
    const token = await hub.token();
    const results = await auditServer({
      url: hub.url,
      fetchFn: (input: string, init: RequestInit = {}) =>
        fetch(input, {
          ...init,
          headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        }),
    });
    expect(results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`)).toEqual([]);
    // The spec lets a server answer 4xx to a request error with application/json (200 is a SHOULD
    // kept for legacy clients); the hub answers 400 to every client mistake whatever the Accept
    // header, as Apollo Server does and as partner clients already read it.
    expect(
      results
        .filter((r) => r.status === 'warn')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['572B', '7B9B', 'FDE2']);
  });
});
