import { Lexer, Source, TokenKind } from 'graphql';
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

const codes = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.map((e) => e.extensions?.code);
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
    expect(atLimit.body.data).toEqual({ municipality: { parent: { members: [{ parent: { name: 'Kreis Steinfurt' } }] } } });
    const over = await strict.query(nested(limits.maxDepth - 1));
    expect(messages(over)).toEqual(['Syntax Error: Query depth limit of 5 exceeded, found 6.']);
    expect(over.body.data).toBeUndefined();
  });

  it('aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: municipality(ags: "05566076") { name }`).join(' ')} }`;
    const wide = await hub.gateway({ limits: { ...limits, maxTokens: 2000 } });
    const atLimit = await wide.query(aliases(3));
    expect(atLimit.body).toEqual({ data: { a0: { name: 'Rheine' }, a1: { name: 'Rheine' }, a2: { name: 'Rheine' } } });
    expect(messages(await wide.query(aliases(4)))).toEqual(['Syntax Error: Aliases limit of 3 exceeded, found 4.']);
  });

  it('directives', async () => {
    const directives = (n: number) => `{ municipality(ags: "05566076") { ${Array.from({ length: n }, () => 'name @include(if: true)').join(' ')} } }`;
    expect((await strict.query(directives(2))).body).toEqual({ data: { municipality: { name: 'Rheine' } } });
    expect(messages(await strict.query(directives(3)))).toEqual(['Syntax Error: Directives limit of 2 exceeded, found 3.']);
  });

  it('tokens', async () => {
    const fields = ['name', 'kind', 'ags', 'parent { name }', 'members { name }', 'members { ags }', 'members { kind }', 'parent { ags }', 'parent { kind }'];
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
    expect(messages(await strict.query(over))).toEqual(['Syntax Error: Token limit of 60 exceeded.']);
  });

  it('cost', async () => {
    const query = nested(3);
    const probe = await (await hub.gateway({ limits: { ...limits, maxCost: 1 } })).query(query);
    const found = /found ([\d.]+)\./.exec(messages(probe)[0] ?? '')?.[1] as string;
    const limit = Math.ceil(Number(found));
    expect(limit).toBeGreaterThan(1);
    expect((await (await hub.gateway({ limits: { ...limits, maxCost: limit } })).query(query)).body.errors).toBeUndefined();
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
    expect(await over.json()).toEqual({ errors: [{ message: 'Request body larger than 2kb.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses batched HTTP requests', async () => {
    const res = await hub.post([{ query: '{ municipality(ags: "05566076") { name } }' }, { query: '{ municipality(ags: "05566") { name } }' }], {
      authorization: `Bearer ${await hub.token()}`,
    });
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

    it('masks an internal failure to a code and a correlation id', async () => {
      const stopped = hub.subgraphs.funding;
      await stopped.db.dataSource.query('ALTER TABLE budget RENAME TO budget_renamed_for_test');
      try {
        const finance = { subject: 'finance-1', roles: ['FINANCE' as const], ags: ['05566', '05162'] };
        const res = await production.query('query($id: ID!) { budget(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, finance);
        expect(res.body.errors).toEqual([
          expect.objectContaining({ message: expect.stringMatching(/^Internal error; quote correlation id [0-9a-f-]{36} to the operators\.$/), extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) } }),
        ]);
        expect(JSON.stringify(res.body)).not.toContain('budget_renamed');
      } finally {
        await stopped.db.dataSource.query('ALTER TABLE budget_renamed_for_test RENAME TO budget');
      }
    });
  });
});
