import { type Identity } from '@gk/shared';
import { coreGroup, demoAllianceId } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';
import { dataOf } from './support';

const RHEINE = '05566076';
const NEUSS_KREIS = '05162';
const ANALYST: Identity = {
  subject: 'analyst-test',
  organizationId: null,
  roles: ['CORE_GROUP'],
  ags: ['05566076', '05162'],
};
/** The core group of both demo Kreise: its scope is every participating Kreis, as a state-wide analyst's is. */
const STATE = coreGroup;

describe("the core group's indicators (network's part)", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(networkSubgraph, { loadDemoData: true });
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it("opens a municipality's indicators on a date with its alliances and their coverage that day", async () => {
    const res = await subgraph.query(
      `{ municipality(ags: "${RHEINE}") { indicators(referenceDate: "2021-06-30") { ags referenceDate municipality {
        name }
         alliances { alliance { id } coverage { asOf missingAreas missingExpectedAgencies complete } } } } }`,
      undefined,
      ANALYST,
    );
    expect(res).toEqual({
      data: {
        municipality: {
          indicators: {
            ags: RHEINE,
            referenceDate: '2021-06-30',
            municipality: { name: 'Rheine' },
            // The demo's Rheine alliance has every area and agency in its core group (see alliance.test.ts).
            alliances: [
              {
                alliance: { id: demoAllianceId('rheine') },
                coverage: { asOf: '2021-06-30', missingAreas: [], missingExpectedAgencies: [], complete: true },
              },
            ],
          },
        },
      },
    });
  });

  it('shows the Rhein-Kreis Neuss alliance without an Ausländerbehörde in its core group', async () => {
    const res = await subgraph.query(
      `{ municipality(ags: "${NEUSS_KREIS}") { indicators(referenceDate: "2022-01-01") { alliances { alliance { id }
        coverage { missingExpectedAgencies complete } } } } }`,
      undefined,
      ANALYST,
    );
    expect(dataOf(res as { data?: { municipality: { indicators: unknown } } }).municipality.indicators).toEqual({
      alliances: [
        {
          alliance: { id: demoAllianceId('rhein-kreis-neuss') },
          coverage: { missingExpectedAgencies: ['AUSLAENDERBEHOERDE'], complete: false },
        },
      ],
    });
  });

  it('lays out the time axis at quarter ends, none after today', async () => {
    const res = await subgraph.query(
      `{ municipality(ags: "${RHEINE}") { quarterlyIndicators(fromYear: 2020, toYear: 2020) { ags referenceDate } } }`,
      undefined,
      ANALYST,
    );
    expect(res).toEqual({
      data: {
        municipality: {
          quarterlyIndicators: ['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31'].map((referenceDate) => ({
            ags: RHEINE,
            referenceDate,
          })),
        },
      },
    });
  });

  it('lists every area in the caller’s scope for the state-wide view, by AGS, optionally only Kreise', async () => {
    const all = await subgraph.query(
      `{ stateIndicators(referenceDate: "2024-12-31") { ags referenceDate } }`,
      undefined,
      STATE,
    );
    expect((all.data as { stateIndicators: { ags: string }[] }).stateIndicators.map((i) => i.ags)).toEqual([
      '05162',
      '05162004',
      '05162008',
      '05162012',
      '05162016',
      '05162020',
      '05162022',
      '05162024',
      '05162028',
      '05566',
      '05566076',
    ]);
    const kreise = await subgraph.query(
      `{ stateIndicators(referenceDate: "2024-12-31", kind: KREIS) { ags } }`,
      undefined,
      STATE,
    );
    expect(kreise).toEqual({ data: { stateIndicators: [{ ags: '05162' }, { ags: '05566' }] } });
    const rheineOnly = await subgraph.query(`{ stateIndicators { ags } }`, undefined, { ...ANALYST, ags: [RHEINE] });
    expect(rheineOnly).toEqual({ data: { stateIndicators: [{ ags: RHEINE }] } });
  });

  it('costs the same statements for the alliances of one area and of every area', async () => {
    const query = `{ stateIndicators(referenceDate: "2024-12-31") { ags alliances { alliance { name } coverage {
      complete } } } }`;
    const one = await subgraph.countStatements(() => subgraph.query(query, undefined, { ...ANALYST, ags: [RHEINE] }));
    let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
    const many = await subgraph.countStatements(async () => {
      res = await subgraph.query(query, undefined, STATE);
    });
    expect((res.data as { stateIndicators: unknown[] }).stateIndicators).toHaveLength(11);
    // municipalities, alliances by lead AGS, core group memberships, their organisations
    expect(one).toBe(4);
    expect(many).toBe(4);
  });

  it('resolves references from other subgraphs, checking scope and date like a request', async () => {
    const res = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ags referenceDate municipality {
        name } } } }`,
      {
        r: [
          { __typename: 'AreaIndicators', ags: RHEINE, referenceDate: '2025-03-31' },
          { __typename: 'AreaIndicators', ags: '05554', referenceDate: '2025-03-31' },
        ],
      },
      ANALYST,
    );
    expect(res.data).toEqual({
      _entities: [{ ags: RHEINE, referenceDate: '2025-03-31', municipality: { name: 'Rheine' } }, null],
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('gives indicators to the core group only, within its scope', async () => {
    for (const roles of [
      ['CASE_MANAGER'],
      ['PROVIDER'],
      ['FINANCE'],
      ['NETWORK_COORDINATOR'],
      ['ADMIN'],
      ['DATA_PROTECTION_OFFICER'],
    ] as Identity['roles'][]) {
      const res = await subgraph.query(
        `{ municipality(ags: "${RHEINE}") { indicators { ags } } stateIndicators { ags } }`,
        undefined,
        { ...ANALYST, roles },
      );
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    }
    const outOfScope = await subgraph.query(
      `{ municipality(ags: "05566") { indicators { ags } } }`,
      undefined,
      ANALYST,
    );
    expect(outOfScope.data).toEqual({ municipality: { indicators: null } });
    expect(outOfScope.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a future date, a date before the programme and a bad time axis, naming the argument', async () => {
    const cases: [string, string][] = [
      [`{ municipality(ags: "${RHEINE}") { indicators(referenceDate: "2999-01-01") { ags } } }`, 'referenceDate'],
      [`{ municipality(ags: "${RHEINE}") { indicators(referenceDate: "2017-12-31") { ags } } }`, 'referenceDate'],
      [`{ municipality(ags: "${RHEINE}") { quarterlyIndicators(fromYear: 2017) { ags } } }`, 'fromYear'],
      [`{ municipality(ags: "${RHEINE}") { quarterlyIndicators(fromYear: 2022, toYear: 2021) { ags } } }`, 'toYear'],
      [`{ municipality(ags: "${RHEINE}") { quarterlyIndicators(fromYear: 2018, toYear: 2028) { ags } } }`, 'toYear'],
    ];
    for (const [query, field] of cases) {
      const res = await subgraph.query(query, undefined, ANALYST);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
