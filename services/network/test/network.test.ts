import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';

describe('network subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(networkSubgraph, { loadDemoData: true });
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it('serves a Kreis with its member municipalities', async () => {
    const res = await subgraph.query(
      `{ municipality(ags: "05566") { ags name kind parent { ags } members { ags name kind } } }`,
    );
    expect(res).toEqual({
      data: {
        municipality: {
          ags: '05566',
          name: 'Kreis Steinfurt',
          kind: 'KREIS',
          parent: null,
          members: [{ ags: '05566076', name: 'Rheine', kind: 'KREISANGEHOERIGE_KOMMUNE' }],
        },
      },
    });
  });

  it('resolves municipality references in one batch', async () => {
    const representations = [
      '05162004',
      '05162008',
      '05162012',
      '05162016',
      '05162020',
      '05162022',
      '05162024',
      '05162028',
      '09999999',
    ].map((ags) => ({ __typename: 'Municipality', ags }));
    let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
    const statements = await subgraph.countStatements(async () => {
      res = await subgraph.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ags name parent { name } } } }`,
        { r: representations },
      );
    });
    const entities = (res.data as { _entities: ({ ags: string; name: string; parent: { name: string } } | null)[] })
      ._entities;
    expect(entities.slice(0, 8).map((e) => e?.parent?.name)).toEqual(Array(8).fill('Rhein-Kreis Neuss'));
    expect(entities[6]).toEqual({ ags: '05162024', name: 'Neuss', parent: { name: 'Rhein-Kreis Neuss' } });
    expect(entities[8]).toBeNull();
    expect(statements).toBe(2);
  });

  it('refuses a malformed AGS naming the field', async () => {
    const res = await subgraph.query(`{ municipality(ags: "5566") { name } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Invalid value for "ags": must be 5 digits (Kreis) or 8 digits (Gemeinde).',
      extensions: { code: 'BAD_USER_INPUT', field: 'ags' },
    });
  });

  it('refuses requests without a gateway token', async () => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'A gateway token is required: send requests through the gateway.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('answers health and readiness', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'network' });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', service: 'network' });
  });
});
