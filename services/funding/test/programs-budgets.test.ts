import { financeRheine, ORG } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import { actingAs, createBudget, createProgram, dataOf, errorOf } from './support';

const CREATE_BUDGET = `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`;
const BUDGET_BASE = {
  municipalityAgs: '05566076',
  fiscalYear: 2019,
  budgetProduct: '8101',
  plan: 'RESULT_PLAN',
  lineKind: 'AUFWENDUNGEN',
  source: 'INTEGRATIONSPAUSCHALE',
  title: 'Eigenanteil',
  amount: '20000.00',
  financingSecured: true,
};

describe('funding programmes and budget lines', () => {
  let s: TestSubgraph;

  beforeAll(async () => {
    // Budgets, applications, allocations and overviews are read by a finance officer of the municipality.
    s = actingAs(await startTestSubgraph(fundingSubgraph), financeRheine);
  });

  afterAll(async () => {
    await s?.close();
  });

  const count = async (table: string): Promise<number> =>
    Number((await s.db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('records a programme with its funder, period, rate and target rule, and who recorded it', async () => {
    const res = await s.query(
      `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { name funder ` +
        `periodStart periodEnd maxFundingRateBasisPoints targetRule } }`,
      {
        input: {
          name: "Gemeinsam klappt's",
          funder: 'LAND_NRW',
          periodStart: '2019-01-01',
          periodEnd: '2022-12-31',
          maxFundingRateBasisPoints: 8000,
          targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
        },
      },
      financeRheine,
    );
    expect(res).toEqual({
      data: {
        createFundingProgram: {
          name: "Gemeinsam klappt's",
          funder: 'LAND_NRW',
          periodStart: '2019-01-01',
          periodEnd: '2022-12-31',
          maxFundingRateBasisPoints: 8000,
          targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
        },
      },
    });
    const [row] = await s.db.dataSource.query(
      `SELECT created_by, created_by_org, updated_by, updated_by_org FROM funding_program WHERE name = $1`,
      ["Gemeinsam klappt's"],
    );
    expect(row).toEqual({
      created_by: 'finance-officer-1',
      created_by_org: ORG.sozialamtRheine,
      updated_by: 'finance-officer-1',
      updated_by_org: ORG.sozialamtRheine,
    });
  });

  it(
    'refuses a second programme of the same name, a rate above 100 % and a period that ends before it starts, ' +
      'writing nothing',
    async () => {
      const before = await count('funding_program');
      const create = (input: Record<string, unknown>) =>
        s.query(
          `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }`,
          {
            input: {
              name: 'Neu',
              funder: 'BUND',
              periodStart: '2020-01-01',
              maxFundingRateBasisPoints: 5000,
              targetRule: 'WHOLE_TARGET_GROUP',
              ...input,
            },
          },
          financeRheine,
        );
      expect(errorOf(await create({ name: "Gemeinsam klappt's" }))).toEqual({
        message: 'A funding programme with this name exists already.',
        extensions: { code: 'CONFLICT', field: 'input.name' },
      });
      expect(errorOf(await create({ maxFundingRateBasisPoints: 10001 }))).toEqual({
        message:
          'Invalid value for "input.maxFundingRateBasisPoints": maxFundingRateBasisPoints must not be greater than ' +
          '10000.',
        extensions: { code: 'BAD_USER_INPUT', fields: ['input.maxFundingRateBasisPoints'] },
      });
      expect(errorOf(await create({ periodEnd: '2019-12-31' }))).toEqual({
        message: 'Invalid value for "input.periodEnd": must not be before periodStart.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.periodEnd' },
      });
      expect(await count('funding_program')).toBe(before);
    },
  );

  it("records Rheine's own share with the council decision behind it", async () => {
    const programId = await createProgram(s);
    const res = await s.query<{ createBudget: Record<string, unknown> }>(
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) {
        municipality { ags } fiscalYear budgetProduct plan lineKind source title amount allocated remaining ` +
        `financingSecured
        councilDecision { paperNumber committee date } program { id } allocations { id } } }`,
      {
        input: {
          ...BUDGET_BASE,
          programId,
          title: "Eigenanteil Gemeinsam klappt's",
          councilDecision: { paperNumber: '072/19', committee: 'Sozialausschuss', date: '2019-03-12' },
        },
      },
      financeRheine,
    );
    expect(res).toEqual({
      data: {
        createBudget: {
          municipality: { ags: '05566076' },
          fiscalYear: 2019,
          budgetProduct: '8101',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'INTEGRATIONSPAUSCHALE',
          title: "Eigenanteil Gemeinsam klappt's",
          amount: '20000.00',
          allocated: '0.00',
          remaining: '20000.00',
          financingSecured: true,
          councilDecision: { paperNumber: '072/19', committee: 'Sozialausschuss', date: '2019-03-12' },
          program: { id: programId },
          allocations: [],
        },
      },
    });
  });

  it(
    'refuses unknown budget products, bad AGS, fiscal years out of range and an unknown programme, writing ' +
      'nothing',
    async () => {
      const before = await count('budget');
      expect(
        errorOf(
          await s.query(
            CREATE_BUDGET,
            { input: { ...BUDGET_BASE, budgetProduct: '8104', municipalityAgs: '5566' } },
            financeRheine,
          ),
        ),
      ).toEqual({
        message:
          'Invalid value for "input.municipalityAgs": must be 5 digits (Kreis) or 8 digits (Gemeinde). Invalid value ' +
          'for "input.budgetProduct": must be one of the budget products 8101, 8102, 8103.',
        extensions: { code: 'BAD_USER_INPUT', fields: ['input.municipalityAgs', 'input.budgetProduct'] },
      });
      expect(
        errorOf(await s.query(CREATE_BUDGET, { input: { ...BUDGET_BASE, fiscalYear: 1999 } }, financeRheine))
          .extensions,
      ).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.fiscalYear'] });
      expect(
        errorOf(
          await s.query(
            CREATE_BUDGET,
            { input: { ...BUDGET_BASE, programId: '22222222-2222-4222-8222-222222222222' } },
            financeRheine,
          ),
        ),
      ).toEqual({
        message: 'No funding programme with this programId exists.',
        extensions: { code: 'NOT_FOUND', entity: 'funding programme', field: 'programId' },
      });
      expect(
        errorOf(
          await s.query(
            CREATE_BUDGET,
            { input: { ...BUDGET_BASE, councilDecision: { paperNumber: '', committee: 'Rat', date: '2019-03-12' } } },
            financeRheine,
          ),
        ).extensions,
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.councilDecision.paperNumber'],
      });
      expect(await count('budget')).toBe(before);
    },
  );

  it('refuses negative and fractional-cent amounts, naming the field, and writes nothing', async () => {
    const before = await count('budget');
    for (const amount of ['-5.00', '1.005', '12,50']) {
      const error = errorOf(await s.query(CREATE_BUDGET, { input: { ...BUDGET_BASE, amount } }, financeRheine));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      expect(error.message).toContain(
        'Invalid value for "input.amount": Money must be a non-negative decimal string in euros with at most two ' +
          'decimals',
      );
    }
    expect(await count('budget')).toBe(before);
  });

  it('lists budget lines with filters, a Kreis including its members, in pages with a capped size', async () => {
    await createBudget(s, {
      municipalityAgs: '05162',
      fiscalYear: 2020,
      budgetProduct: '8101',
      source: 'OWN_FUNDS',
      amount: '15000.00',
    });
    await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2020,
      budgetProduct: '8103',
      source: 'OWN_FUNDS',
      amount: '10000.00',
    });
    await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2021,
      budgetProduct: '8102',
      source: 'STATE_FUNDING',
      amount: '60000.00',
    });
    const list = async (filter: Record<string, unknown>, first?: number, after?: string) =>
      dataOf(
        await s.query<{
          budgets: {
            items: { municipality: { ags: string }; fiscalYear: number; budgetProduct: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }>(
          `query($filter: BudgetFilter, $first: Int, $after: String) { budgets(filter: $filter, first: $first, ` +
            `after: $after) { items { municipality { ags } fiscalYear budgetProduct } pageInfo { hasNextPage ` +
            `endCursor } } }`,
          { filter, first, after },
        ),
      ).budgets;

    const kreis = await list({ municipalityAgs: '05162' });
    expect(kreis.items).toEqual([
      { municipality: { ags: '05162' }, fiscalYear: 2020, budgetProduct: '8101' },
      { municipality: { ags: '05162024' }, fiscalYear: 2020, budgetProduct: '8103' },
      { municipality: { ags: '05162024' }, fiscalYear: 2021, budgetProduct: '8102' },
    ]);
    expect((await list({ municipalityAgs: '05162024', fiscalYear: 2020 })).items).toEqual([
      { municipality: { ags: '05162024' }, fiscalYear: 2020, budgetProduct: '8103' },
    ]);
    expect((await list({ source: 'STATE_FUNDING' })).items).toEqual([
      { municipality: { ags: '05162024' }, fiscalYear: 2021, budgetProduct: '8102' },
    ]);

    const first = await list({ municipalityAgs: '05162' }, 2);
    expect(first.items.map((b) => b.budgetProduct)).toEqual(['8101', '8103']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ municipalityAgs: '05162' }, 2, first.pageInfo.endCursor as string);
    expect(second).toEqual({
      items: [{ municipality: { ags: '05162024' }, fiscalYear: 2021, budgetProduct: '8102' }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });

    const bad = await s.query(`{ budgets(after: "bm90LWEtY3Vyc29y") { items { id } } }`);
    expect(errorOf(bad)).toEqual({
      message: 'Invalid value for "after": is not a cursor this service issued.',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    expect(errorOf(await s.query(`{ budgets(first: 0) { items { id } } }`)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('caps the page size at 100', async () => {
    for (let i = 0; i < 105; i += 1) {
      await s.db.dataSource.query(
        `INSERT INTO budget (id, municipality_ags, fiscal_year, budget_product, plan, line_kind, source, title,
           amount_cents, financing_secured, created_by, updated_by)
         VALUES (gen_random_uuid(), '05566', 2030, '8101', 'RESULT_PLAN', 'AUFWENDUNGEN', 'OWN_FUNDS', 'x',
           100, true, 'test', 'test')`,
      );
    }
    const res = dataOf(
      await s.query<{ budgets: { items: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
        `{ budgets(filter: { fiscalYear: 2030 }, first: 500) { items { id } pageInfo { hasNextPage } } }`,
      ),
    );
    expect(res.budgets.items).toHaveLength(100);
    expect(res.budgets.pageInfo.hasNextPage).toBe(true);
  });

  it('lists programmes by name, filtered by funder and year', async () => {
    await createProgram(s, {
      name: 'ESF Plus Jugend',
      funder: 'ESF_PLUS',
      periodStart: '2021-01-01',
      periodEnd: '2027-12-31',
    });
    const res = await s.query(
      `{ fundingPrograms(filter: { funder: ESF_PLUS, fiscalYear: 2022 }) { items { name funder } pageInfo { ` +
        `hasNextPage } } }`,
    );
    expect(res).toEqual({
      data: {
        fundingPrograms: { items: [{ name: 'ESF Plus Jugend', funder: 'ESF_PLUS' }], pageInfo: { hasNextPage: false } },
      },
    });
    const none = await s.query(
      `{ fundingPrograms(filter: { funder: ESF_PLUS, fiscalYear: 2020 }) { items { name } } }`,
    );
    expect(none).toEqual({ data: { fundingPrograms: { items: [] } } });
  });

  it('refuses a malformed id and answers null for an unknown one', async () => {
    expect(errorOf(await s.query(`{ budget(id: "42") { id } }`))).toEqual({
      message: 'Invalid value for "id": must be a UUID.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
    expect(
      await s.query(
        `{ budget(id: "33333333-3333-4333-8333-333333333333") { id } fundingProgram(id: ` +
          `"33333333-3333-4333-8333-333333333333") { id } }`,
      ),
    ).toEqual({
      data: { budget: null, fundingProgram: null },
    });
  });
});
