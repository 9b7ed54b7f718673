import { financeRheine } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import {
  actingAs,
  allocate,
  approvedApplication,
  createBudget,
  createProgram,
  dataOf,
  errorOf,
  OFFER_A,
  OFFER_B,
  OFFER_C,
  spend,
} from './support';

const OVERVIEW =
  `planned allocated spent stateShare ownShare otherShare
  bySource { source allocated spent } byProgramme { program { name } allocated spent } byBudgetProduct { ` +
  `budgetProduct planned allocated spent }`;
const ENTITIES =
  `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Municipality { ags ` +
  `fundingOverview(fiscalYear: $year) { ${OVERVIEW} } } } }`;
const municipalities = (...ags: string[]) => ags.map((a) => ({ __typename: 'Municipality', ags: a }));

/**
 * A hand-made Rhein-Kreis Neuss for 2020, with figures worked out by hand in the comments:
 * lines of the Kreis and of two members, an income line, lines of another Kreis and another year,
 * a state grant and a foundation grant.
 */
describe('funding overview of a municipality and funding of offers', () => {
  let s: TestSubgraph;

  beforeAll(async () => {
    // Budgets, applications, allocations and overviews are read by a finance officer of the municipality.
    s = actingAs(await startTestSubgraph(fundingSubgraph), financeRheine);
    const gk = await createProgram(s, { name: "Gemeinsam klappt's", funder: 'LAND_NRW' });
    const foundation = await createProgram(s, {
      name: 'Stiftung Zukunft',
      funder: 'FOUNDATION',
      maxFundingRateBasisPoints: 10000,
    });
    const l1 = await createBudget(s, {
      municipalityAgs: '05162',
      fiscalYear: 2020,
      budgetProduct: '8101',
      source: 'OWN_FUNDS',
      programId: gk,
      amount: '15000.00',
    });
    const l2 = await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2020,
      budgetProduct: '8103',
      source: 'INTEGRATIONSPAUSCHALE',
      amount: '10000.00',
    });
    const l3 = await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2020,
      budgetProduct: '8102',
      source: 'STATE_FUNDING',
      programId: gk,
      amount: '60000.00',
    });
    await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2020,
      budgetProduct: '8102',
      lineKind: 'ERTRAEGE',
      source: 'STATE_FUNDING',
      amount: '60000.00',
    });
    const l5 = await createBudget(s, {
      municipalityAgs: '05162008',
      fiscalYear: 2020,
      budgetProduct: '8101',
      lineKind: 'AUSZAHLUNGEN',
      plan: 'INVESTMENT_PLAN',
      source: 'FEDERAL_FUNDING',
      amount: '5000.00',
    });
    const l6 = await createBudget(s, { municipalityAgs: '05566076', fiscalYear: 2020, amount: '20000.00' });
    const l7 = await createBudget(s, { municipalityAgs: '05162024', fiscalYear: 2021, amount: '7000.00' });
    const a = await approvedApplication(s, gk, '40000.00', {
      municipalityAgs: '05162',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      requested: '40000.00',
      ownShare: '10000.00',
    });
    const b = await approvedApplication(s, foundation, '3000.00', {
      municipalityAgs: '05162008',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      requested: '3000.00',
      ownShare: '0.00',
    });
    const book = async (
      from: Record<string, string>,
      offerId: string,
      fiscalYear: number,
      amount: string,
      spent?: string,
    ) => {
      const id = dataOf(await allocate(s, { ...from, offerId, fiscalYear, amount })).allocateFunding.id;
      if (spent)
        dataOf(
          await spend(s, { allocationId: id, amount: spent, spentOn: `${fiscalYear}-05-01`, purpose: 'Honorare' }),
        );
    };
    await book({ budgetId: l1 }, OFFER_A, 2020, '4000.00', '1000.00');
    await book({ budgetId: l1 }, OFFER_B, 2020, '2500.50', '2500.50');
    await book({ budgetId: l2 }, OFFER_A, 2020, '1000.00');
    await book({ budgetId: l3 }, OFFER_B, 2020, '30000.00', '10000.00');
    await book({ budgetId: l5 }, OFFER_C, 2020, '1200.00');
    await book({ applicationId: a }, OFFER_A, 2020, '12000.00', '12000.00');
    await book({ applicationId: a }, OFFER_C, 2020, '8000.00');
    await book({ applicationId: b }, OFFER_C, 2020, '3000.00', '1500.00');
    await book({ budgetId: l6 }, OFFER_A, 2020, '5000.00', '5000.00');
    await book({ budgetId: l7 }, OFFER_A, 2021, '700.00', '100.00');
  });

  afterAll(async () => {
    await s?.close();
  });

  it(
    'sums a Kreis with its members for one year, split by source, programme and product, as worked ' + 'out by hand',
    async () => {
      const res = await s.query(ENTITIES, { r: municipalities('05162'), year: 2020 });
      expect(res).toEqual({
        data: {
          _entities: [
            {
              ags: '05162',
              fundingOverview: {
                // 15,000 + 10,000 + 60,000 + 5,000; the income line does not count.
                planned: '90000.00',
                // 4,000 + 2,500.50 + 1,000 + 30,000 + 1,200 + 12,000 + 8,000 + 3,000; Rheine and 2021 left out.
                allocated: '61700.50',
                // 1,000 + 2,500.50 + 10,000 + 12,000 + 1,500
                spent: '27000.50',
                // state line 30,000 + the Land's grant 20,000
                stateShare: '50000.00',
                // own funds 6,500.50 + Integrationspauschale 1,000
                ownShare: '7500.50',
                // federal 1,200 + foundation 3,000
                otherShare: '4200.00',
                bySource: [
                  { source: 'INTEGRATIONSPAUSCHALE', allocated: '1000.00', spent: '0.00' },
                  { source: 'OWN_FUNDS', allocated: '6500.50', spent: '3500.50' },
                  { source: 'STATE_FUNDING', allocated: '50000.00', spent: '22000.00' },
                  { source: 'FEDERAL_FUNDING', allocated: '1200.00', spent: '0.00' },
                  { source: 'FOUNDATION', allocated: '3000.00', spent: '1500.00' },
                ],
                byProgramme: [
                  { program: { name: "Gemeinsam klappt's" }, allocated: '56500.50', spent: '25500.50' },
                  { program: { name: 'Stiftung Zukunft' }, allocated: '3000.00', spent: '1500.00' },
                ],
                byBudgetProduct: [
                  { budgetProduct: '8101', planned: '20000.00', allocated: '7700.50', spent: '3500.50' },
                  { budgetProduct: '8102', planned: '60000.00', allocated: '30000.00', spent: '10000.00' },
                  { budgetProduct: '8103', planned: '10000.00', allocated: '1000.00', spent: '0.00' },
                ],
              },
            },
          ],
        },
      });
    },
  );

  it('gives a Gemeinde only its own lines, and zeros where nothing is booked', async () => {
    const res = await s.query<{ _entities: { ags: string; fundingOverview: Record<string, unknown> }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ags ` +
        `fundingOverview(fiscalYear: 2020) { planned allocated spent stateShare ownShare otherShare bySource { ` +
        `source } byProgramme { allocated } byBudgetProduct { budgetProduct } } } } }`,
      { r: municipalities('05162024', '05566', '05162028') },
    );
    expect(res).toEqual({
      data: {
        _entities: [
          {
            ags: '05162024',
            fundingOverview: {
              planned: '70000.00',
              allocated: '31000.00',
              spent: '10000.00',
              stateShare: '30000.00',
              ownShare: '1000.00',
              otherShare: '0.00',
              bySource: [{ source: 'INTEGRATIONSPAUSCHALE' }, { source: 'STATE_FUNDING' }],
              byProgramme: [{ allocated: '30000.00' }],
              byBudgetProduct: [{ budgetProduct: '8102' }, { budgetProduct: '8103' }],
            },
          },
          {
            ags: '05566',
            fundingOverview: {
              planned: '20000.00',
              allocated: '5000.00',
              spent: '5000.00',
              stateShare: '0.00',
              ownShare: '5000.00',
              otherShare: '0.00',
              bySource: [{ source: 'INTEGRATIONSPAUSCHALE' }],
              byProgramme: [],
              byBudgetProduct: [{ budgetProduct: '8101' }],
            },
          },
          {
            ags: '05162028',
            fundingOverview: {
              planned: '0.00',
              allocated: '0.00',
              spent: '0.00',
              stateShare: '0.00',
              ownShare: '0.00',
              otherShare: '0.00',
              bySource: [],
              byProgramme: [],
              byBudgetProduct: [],
            },
          },
        ],
      },
    });
  });

  it('refuses a fiscal year out of range, naming the argument', async () => {
    const res = await s.query(ENTITIES, { r: municipalities('05162'), year: 1999 });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Invalid value for "fiscalYear": must be a year from 2000 to 2100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'fiscalYear' },
    });
  });

  it('costs the same three statements for one municipality or five, and for a few lines or many', async () => {
    const measure = (ags: string[]) =>
      s.countStatements(() => s.query(ENTITIES, { r: municipalities(...ags), year: 2020 }));
    const one = await measure(['05162']);
    const five = await measure(['05162', '05162024', '05162008', '05566', '05566076']);
    expect(one).toBe(3);
    expect(five).toBe(3);
    await s.db.dataSource.query(
      `WITH lines AS (
         INSERT INTO budget (id, municipality_ags, fiscal_year, budget_product, plan, line_kind, source, title,
           amount_cents, financing_secured, created_by, updated_by)
         SELECT gen_random_uuid(), '05162012', 2020, (ARRAY['8101', '8102', '8103'])[1 + i % 3], 'RESULT_PLAN',
           'AUFWENDUNGEN', 'OWN_FUNDS', 'Zeile ' || i, 10000, true, 'test', 'test'
         FROM generate_series(1, 60) AS i RETURNING id)
       INSERT INTO allocation (id, budget_id, offer_id, fiscal_year, amount_cents, created_by, updated_by)
       SELECT gen_random_uuid(), id, $1, 2020, 5000, 'test', 'test' FROM lines`,
      [OFFER_B],
    );
    expect(await measure(['05162'])).toBe(3);
    const after = dataOf(
      await s.query<{ _entities: { fundingOverview: { planned: string; allocated: string } }[] }>(ENTITIES, {
        r: municipalities('05162'),
        year: 2020,
      }),
    );
    // 60 lines of 100.00 and 60 allocations of 50.00 more.
    expect(after._entities[0].fundingOverview).toMatchObject({ planned: '96000.00', allocated: '64700.50' });
  });

  it("shows an offer's funding over all years and for one year, by source and programme", async () => {
    const res = await s.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id
        all: funding { allocated spent remaining bySource { source allocated spent } byProgramme { program { name ` +
        `} allocated spent } }
        y2021: funding(fiscalYear: 2021) { allocated spent remaining bySource { source allocated spent } ` +
        `byProgramme { allocated } } } } }`,
      { r: [{ __typename: 'Offer', id: OFFER_A }] },
    );
    expect(res).toEqual({
      data: {
        _entities: [
          {
            id: OFFER_A,
            // 4,000 + 1,000 + 12,000 + 5,000 + 700; spent 1,000 + 12,000 + 5,000 + 100
            all: {
              allocated: '22700.00',
              spent: '18100.00',
              remaining: '4600.00',
              bySource: [
                { source: 'INTEGRATIONSPAUSCHALE', allocated: '6700.00', spent: '5100.00' },
                { source: 'OWN_FUNDS', allocated: '4000.00', spent: '1000.00' },
                { source: 'STATE_FUNDING', allocated: '12000.00', spent: '12000.00' },
              ],
              byProgramme: [{ program: { name: "Gemeinsam klappt's" }, allocated: '16000.00', spent: '13000.00' }],
            },
            y2021: {
              allocated: '700.00',
              spent: '100.00',
              remaining: '600.00',
              bySource: [{ source: 'INTEGRATIONSPAUSCHALE', allocated: '700.00', spent: '100.00' }],
              byProgramme: [],
            },
          },
        ],
      },
    });
  });

  it(
    'costs the same statements for the funding of one offer or three, and answers zero for an ' + 'unknown one',
    async () => {
      const query =
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id funding { allocated ` +
        `byProgramme { program { name } } } } } }`;
      const offers = (...ids: string[]) => ids.map((id) => ({ __typename: 'Offer', id }));
      expect(await s.countStatements(() => s.query(query, { r: offers(OFFER_A) }))).toBe(2);
      let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
      const statements = await s.countStatements(async () => {
        res = await s.query(query, { r: offers(OFFER_A, OFFER_C, '77777777-7777-4777-8777-777777777777') });
      });
      expect(statements).toBe(2);
      expect(res).toEqual({
        data: {
          _entities: [
            {
              id: OFFER_A,
              funding: { allocated: '22700.00', byProgramme: [{ program: { name: "Gemeinsam klappt's" } }] },
            },
            // 1,200 + 8,000 + 3,000
            {
              id: OFFER_C,
              funding: {
                allocated: '12200.00',
                byProgramme: [{ program: { name: "Gemeinsam klappt's" } }, { program: { name: 'Stiftung Zukunft' } }],
              },
            },
            { id: '77777777-7777-4777-8777-777777777777', funding: { allocated: '0.00', byProgramme: [] } },
          ],
        },
      });
    },
  );

  it('resolves budget and programme references with their relations in one batch each', async () => {
    const ids: string[] = (
      await s.db.dataSource.query(`SELECT id FROM budget ORDER BY municipality_ags, fiscal_year, budget_product, id`)
    ).map((r: { id: string }) => r.id);
    const query =
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Budget { id program { name } ` +
      `allocations { amount expenditures { amount } } } } }`;
    const reps = (n: number) => [
      ...ids.slice(0, n).map((id) => ({ __typename: 'Budget', id })),
      { __typename: 'Budget', id: '88888888-8888-4888-8888-888888888888' },
    ];
    const few = await s.countStatements(() => s.query(query, { r: reps(2) }));
    let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
    const many = await s.countStatements(async () => {
      res = await s.query(query, { r: reps(40) });
    });
    expect(few).toBe(4);
    expect(many).toBe(4);
    const entities = (res.data as { _entities: unknown[] })._entities;
    expect(entities).toHaveLength(41);
    expect(entities[40]).toBeNull();
  });

  it('lists applications with programme, allocations and expenditures in a constant number of statements', async () => {
    const query =
      `query($first: Int) { fundingApplications(first: $first) { items { program { name } allocations ` +
      `{ offer { id } expenditures { amount } } } } }`;
    expect(await s.countStatements(() => s.query(query, { first: 1 }))).toBe(4);
    const res = await s.query(query, { first: 10 });
    expect(await s.countStatements(() => s.query(query, { first: 10 }))).toBe(4);
    expect(res).toEqual({
      data: {
        fundingApplications: {
          items: expect.arrayContaining([
            {
              program: { name: 'Stiftung Zukunft' },
              allocations: [{ offer: { id: OFFER_C }, expenditures: [{ amount: '1500.00' }] }],
            },
          ]),
        },
      },
    });
    expect((res.data as { fundingApplications: { items: unknown[] } }).fundingApplications.items).toHaveLength(2);
  });

  it("refuses a fiscal year out of range on an offer's funding", async () => {
    const res = await s.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { funding(fiscalYear: 1800) { allocated ` +
        `} } } }`,
      { r: [{ __typename: 'Offer', id: OFFER_A }] },
    );
    expect(errorOf(res)).toMatchObject({
      message: 'Invalid value for "fiscalYear": must be a year from 2000 to 2100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'fiscalYear' },
    });
  });
});
