import { financeRheine, ORG } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import {
  actingAs,
  allocate,
  approvedApplication,
  createApplication,
  createBudget,
  createProgram,
  dataOf,
  errorOf,
  OFFER_A,
  OFFER_B,
  spend,
} from './support';

describe('allocations to offers and expenditures', () => {
  let s: TestSubgraph;
  let programId: string;

  beforeAll(async () => {
    // Budgets, applications, allocations and overviews are read by a finance officer of the municipality.
    s = actingAs(await startTestSubgraph(fundingSubgraph), financeRheine);
    programId = await createProgram(s, { name: "Gemeinsam klappt's" });
  });

  afterAll(async () => {
    await s?.close();
  });

  const count = async (table: string): Promise<number> =>
    Number((await s.db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const line = async (id: string) =>
    dataOf(
      await s.query<{ budget: { allocated: string; remaining: string } }>(
        `query($id: ID!) { budget(id: $id) { allocated remaining } }`,
        { id },
      ),
    ).budget;

  it('allocates from a budget line and spends against the allocation, recording who did it', async () => {
    const budgetId = await createBudget(s, { amount: '20000.00' });
    const res = await s.query<{ allocateFunding: Record<string, unknown> }>(
      `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id fiscalYear amount spent ` +
        `remaining purpose offer { id } budget { id allocated remaining } application { id } expenditures { id } } }`,
      { input: { budgetId, offerId: OFFER_A, fiscalYear: 2019, amount: '4000.00', purpose: 'Kursgebühren' } },
      financeRheine,
    );
    const allocationId = dataOf(res).allocateFunding.id as string;
    expect(res).toEqual({
      data: {
        allocateFunding: {
          id: allocationId,
          fiscalYear: 2019,
          amount: '4000.00',
          spent: '0.00',
          remaining: '4000.00',
          purpose: 'Kursgebühren',
          offer: { id: OFFER_A },
          budget: { id: budgetId, allocated: '4000.00', remaining: '16000.00' },
          application: null,
          expenditures: [],
        },
      },
    });
    const spent = await s.query(
      `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { amount spentOn purpose ` +
        `allocation { spent remaining expenditures { amount } } } }`,
      { input: { allocationId, amount: '1500.50', spentOn: '2019-06-30', purpose: 'Honorar Lehrkraft' } },
      financeRheine,
    );
    expect(spent).toEqual({
      data: {
        recordExpenditure: {
          amount: '1500.50',
          spentOn: '2019-06-30',
          purpose: 'Honorar Lehrkraft',
          allocation: { spent: '1500.50', remaining: '2499.50', expenditures: [{ amount: '1500.50' }] },
        },
      },
    });
    const stamp = `SELECT created_by, created_by_org, updated_by, updated_by_org,
         created_at IS NOT NULL AND updated_at = created_at AS dated`;
    const stamped = {
      created_by: 'finance-officer-1',
      created_by_org: ORG.sozialamtRheine,
      updated_by: 'finance-officer-1',
      updated_by_org: ORG.sozialamtRheine,
      dated: true,
    };
    const [allocationRow] = await s.db.dataSource.query(`${stamp} FROM allocation WHERE id = $1`, [allocationId]);
    expect(allocationRow).toEqual(stamped);
    const [expenditureRow] = await s.db.dataSource.query(`${stamp} FROM expenditure WHERE allocation_id = $1`, [
      allocationId,
    ]);
    expect(expenditureRow).toEqual(stamped);
  });

  it('allocates from an approved application within its period and up to the approved amount', async () => {
    const applicationId = await approvedApplication(s, programId, '10000.00', {
      periodStart: '2019-07-01',
      periodEnd: '2020-06-30',
      requested: '12000.00',
      ownShare: '3000.00',
    });
    expect(dataOf(await allocate(s, { applicationId, offerId: OFFER_A, fiscalYear: 2019, amount: '6000.00' }))).toEqual(
      { allocateFunding: { id: expect.any(String), amount: '6000.00' } },
    );
    expect(dataOf(await allocate(s, { applicationId, offerId: OFFER_B, fiscalYear: 2020, amount: '4000.00' }))).toEqual(
      { allocateFunding: { id: expect.any(String), amount: '4000.00' } },
    );
    const before = await count('allocation');
    expect(errorOf(await allocate(s, { applicationId, offerId: OFFER_B, fiscalYear: 2020, amount: '0.01' }))).toEqual({
      message: 'The allocation exceeds what is left of the approved amount.',
      extensions: { code: 'APPLICATION_EXHAUSTED', available: '0.00' },
    });
    expect(errorOf(await allocate(s, { applicationId, offerId: OFFER_B, fiscalYear: 2021, amount: '1.00' }))).toEqual({
      message: 'Invalid value for "input.fiscalYear": must fall within the application\'s period.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.fiscalYear' },
    });
    const application = await s.query(
      `query($id: ID!) { fundingApplication(id: $id) { approvedAmount allocated allocations { fiscalYear amount ` +
        `offer { id } } } }`,
      { id: applicationId },
    );
    expect(application).toEqual({
      data: {
        fundingApplication: {
          approvedAmount: '10000.00',
          allocated: '10000.00',
          allocations: [
            { fiscalYear: 2019, amount: '6000.00', offer: { id: OFFER_A } },
            { fiscalYear: 2020, amount: '4000.00', offer: { id: OFFER_B } },
          ],
        },
      },
    });
    expect(await count('allocation')).toBe(before);
  });

  it('refuses allocations from an application that is not approved', async () => {
    const draft = await createApplication(s, programId);
    expect(
      errorOf(await allocate(s, { applicationId: draft, offerId: OFFER_A, fiscalYear: 2019, amount: '1.00' })),
    ).toEqual({
      message: 'Money can be allocated only from an approved funding application.',
      extensions: { code: 'APPLICATION_NOT_APPROVED', status: 'DRAFT' },
    });
  });

  it('refuses bad allocations with the field and rule, and writes nothing', async () => {
    const budgetId = await createBudget(s, { amount: '1000.00' });
    const income = await createBudget(s, { lineKind: 'ERTRAEGE', source: 'STATE_FUNDING' });
    const before = await count('allocation');
    const cases: [Record<string, unknown>, { message: string; extensions: Record<string, unknown> }][] = [
      [
        { budgetId, fiscalYear: 2020 },
        {
          message: 'Invalid value for "input.fiscalYear": must be the budget line\'s fiscal year.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.fiscalYear' },
        },
      ],
      [
        { budgetId: income },
        {
          message: 'Invalid value for "input.budgetId": must be an expense line (Aufwendungen or Auszahlungen).',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.budgetId' },
        },
      ],
      [
        { budgetId, amount: '1000.01' },
        {
          message: 'The allocation exceeds what is left on the budget line.',
          extensions: { code: 'BUDGET_EXHAUSTED', available: '1000.00' },
        },
      ],
      [
        { budgetId, amount: '0.00' },
        {
          message: 'Invalid value for "input.amount": must be more than zero.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
        },
      ],
      [
        { budgetId, applicationId: budgetId },
        {
          message: 'Invalid value for "input.budgetId": give either budgetId or applicationId, not both.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.budgetId' },
        },
      ],
      [
        {},
        {
          message: 'Invalid value for "input.budgetId": give budgetId or applicationId.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.budgetId' },
        },
      ],
      [
        { budgetId: '55555555-5555-4555-8555-555555555555' },
        {
          message: 'No budget line with this budgetId exists.',
          extensions: { code: 'NOT_FOUND', entity: 'budget line', field: 'budgetId' },
        },
      ],
      [
        { budgetId, offerId: 'offer-1' },
        {
          message: 'Invalid value for "input.offerId": must be a UUID.',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.offerId'] },
        },
      ],
    ];
    for (const [input, expected] of cases) {
      expect(errorOf(await allocate(s, { offerId: OFFER_A, fiscalYear: 2019, amount: '10.00', ...input }))).toEqual(
        expected,
      );
    }
    expect(
      errorOf(await allocate(s, { budgetId, offerId: OFFER_A, fiscalYear: 2019, amount: '-10.00' })).message,
    ).toContain('Invalid value for "input.amount": Money must be a non-negative decimal string');
    expect(await count('allocation')).toBe(before);
    expect(await line(budgetId)).toEqual({ allocated: '0.00', remaining: '1000.00' });
  });

  it('refuses expenditures beyond the allocation or outside its fiscal year, and writes nothing', async () => {
    const budgetId = await createBudget(s, { amount: '500.00' });
    const allocationId = dataOf(await allocate(s, { budgetId, offerId: OFFER_A, fiscalYear: 2019, amount: '500.00' }))
      .allocateFunding.id;
    dataOf(await spend(s, { allocationId, amount: '499.99', spentOn: '2019-02-01', purpose: 'Miete' }));
    const before = await count('expenditure');
    expect(errorOf(await spend(s, { allocationId, amount: '0.02', spentOn: '2019-03-01', purpose: 'Miete' }))).toEqual({
      message: 'The expenditure exceeds what is left of the allocation.',
      extensions: { code: 'ALLOCATION_EXHAUSTED', available: '0.01' },
    });
    expect(errorOf(await spend(s, { allocationId, amount: '0.01', spentOn: '2020-01-02', purpose: 'Miete' }))).toEqual({
      message: 'Invalid value for "input.spentOn": must fall in the allocation\'s fiscal year.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.spentOn' },
    });
    expect(
      errorOf(await spend(s, { allocationId, amount: '0.01', spentOn: '2019-02-30', purpose: 'Miete' })).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.spentOn' });
    expect(
      errorOf(await spend(s, { allocationId, amount: '0.01', spentOn: '2019-03-01', purpose: '' })).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.purpose'] });
    expect(
      errorOf(
        await spend(s, {
          allocationId: '66666666-6666-4666-8666-666666666666',
          amount: '0.01',
          spentOn: '2019-03-01',
          purpose: 'x',
        }),
      ).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      entity: 'allocation',
      field: 'allocationId',
    });
    expect(await count('expenditure')).toBe(before);
  });

  it('lets 50 parallel allocations exhaust a line exactly and refuses the rest', async () => {
    const budgetId = await createBudget(s, { amount: '10000.00' });
    // 50 x 250.00 = 12,500.00 asked of 10,000.00: exactly 40 fit.
    const results = await Promise.all(
      Array.from({ length: 50 }, () => allocate(s, { budgetId, offerId: OFFER_B, fiscalYear: 2019, amount: '250.00' })),
    );
    const granted = results.filter((r) => r.data?.allocateFunding);
    const refused = results.filter((r) => r.errors);
    expect(granted).toHaveLength(40);
    expect(refused).toHaveLength(10);
    for (const r of refused) {
      expect(r.errors).toEqual([
        expect.objectContaining({
          message: 'The allocation exceeds what is left on the budget line.',
          extensions: { code: 'BUDGET_EXHAUSTED', available: '0.00' },
        }),
      ]);
    }
    expect(await line(budgetId)).toEqual({ allocated: '10000.00', remaining: '0.00' });
    const [sum] = await s.db.dataSource.query(
      `SELECT sum(amount_cents)::text AS total, count(*)::int AS n FROM allocation WHERE budget_id = $1`,
      [budgetId],
    );
    expect(sum).toEqual({ total: '1000000', n: 40 });
  });

  it('lets 50 parallel allocations of odd sizes end under the line, never over it', async () => {
    const budgetId = await createBudget(s, { amount: '10000.00' });
    // 50 x 300.00 = 15,000.00 asked: 33 fit (9,900.00), 100.00 stays.
    const results = await Promise.all(
      Array.from({ length: 50 }, () => allocate(s, { budgetId, offerId: OFFER_B, fiscalYear: 2019, amount: '300.00' })),
    );
    expect(results.filter((r) => r.data?.allocateFunding)).toHaveLength(33);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BUDGET_EXHAUSTED')).toHaveLength(17);
    expect(await line(budgetId)).toEqual({ allocated: '9900.00', remaining: '100.00' });
  });

  it('lets 50 parallel expenditures exhaust an allocation exactly and refuses the rest', async () => {
    const budgetId = await createBudget(s, { amount: '1000.00' });
    const allocationId = dataOf(await allocate(s, { budgetId, offerId: OFFER_A, fiscalYear: 2019, amount: '1000.00' }))
      .allocateFunding.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        spend(s, { allocationId, amount: '40.00', spentOn: '2019-05-01', purpose: `Rechnung ${i}` }),
      ),
    );
    expect(results.filter((r) => r.data?.recordExpenditure)).toHaveLength(25);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'ALLOCATION_EXHAUSTED')).toHaveLength(25);
    const allocation = await s.query(`query($id: ID!) { fundingAllocation(id: $id) { spent remaining } }`, {
      id: allocationId,
    });
    expect(allocation).toEqual({ data: { fundingAllocation: { spent: '1000.00', remaining: '0.00' } } });
  });

  it('backs the rules with database constraints that hold even for a writer that skips the service', async () => {
    const budgetId = await createBudget(s, { amount: '100.00' });
    const insert = (cents: number) =>
      s.db.dataSource.query(
        `INSERT INTO allocation (id, budget_id, offer_id, fiscal_year, amount_cents, created_by, updated_by)
         VALUES (gen_random_uuid(), $1, $2, 2019, $3, 'sql', 'sql')`,
        [budgetId, OFFER_A, cents],
      );
    await insert(6000);
    await expect(insert(4001)).rejects.toThrow('budget_not_overdrawn');
    await expect(
      s.db.dataSource.query(
        `INSERT INTO allocation (id, budget_id, offer_id, fiscal_year, amount_cents, created_by, updated_by)
         VALUES (gen_random_uuid(), $1, $2, 2020, 1, 'sql', 'sql')`,
        [budgetId, OFFER_A],
      ),
    ).rejects.toThrow('allocation_budget_year_fk');
    await expect(
      s.db.dataSource.query(`UPDATE allocation SET amount_cents = 1 WHERE budget_id = $1`, [budgetId]),
    ).rejects.toThrow('rows are append-only');
    const [allocation] = await s.db.dataSource.query(`SELECT id FROM allocation WHERE budget_id = $1`, [budgetId]);
    const expend = (cents: number) =>
      s.db.dataSource.query(
        `INSERT INTO expenditure (id, allocation_id, amount_cents, spent_on, purpose, created_by, updated_by)
         VALUES (gen_random_uuid(), $1, $2, '2019-01-01', 'x', 'sql', 'sql')`,
        [allocation.id, cents],
      );
    await expend(6000);
    await expect(expend(1)).rejects.toThrow('allocation_not_overspent');
    expect(await line(budgetId)).toEqual({ allocated: '60.00', remaining: '40.00' });
  });
});
