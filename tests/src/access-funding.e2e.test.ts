import { ROLES, type Identity, type Role } from '@gk/shared';
import { demoOfferId, demoOrganizationId } from '@gk/fixtures';
import { startTestHub, type HubResponse, type TestHub } from './support/hub';
import { tableFingerprint } from './support/fingerprint';

const APPLICANT = demoOrganizationId('vhs-rheine');
const OTHER_ORGANIZATION = demoOrganizationId('vhs-neuss');
const OFFER = demoOfferId('rheine-fachoberschulreife-abend');
const BOTH_KREISE = ['05162', '05566'];

/**
 * Each role acting for the applicant organisation with both demo Kreise in scope; two more columns show the scope
 * rules.
 */
const who = (role: Role, ags = BOTH_KREISE, organizationId: string = APPLICANT): Partial<Identity> => ({
  subject: `e2e-${role.toLowerCase()}`,
  roles: [role],
  ags,
  organizationId,
});
const FINANCE_ELSEWHERE = 'FINANCE of another Kreis';
const PROVIDER_ELSEWHERE = 'PROVIDER of another organisation';
const COLUMNS: [string, Partial<Identity>][] = [
  ...ROLES.map((r): [string, Partial<Identity>] => [r, who(r)]),
  [FINANCE_ELSEWHERE, who('FINANCE', ['05970'])],
  [PROVIDER_ELSEWHERE, who('PROVIDER', BOTH_KREISE, OTHER_ORGANIZATION)],
];
const FINANCE = who('FINANCE');

/**
 * The access matrix of the funding subgraph: which column may read each restricted field and run
 * each mutation. Programmes are read by everyone.
 */
const MATRIX: Record<string, string[]> = {
  'Offer.funding': ['PROVIDER', 'FINANCE', 'CORE_GROUP', FINANCE_ELSEWHERE, PROVIDER_ELSEWHERE],
  'Municipality.fundingOverview': ['FINANCE', 'CORE_GROUP'],
  budget: ['FINANCE', 'CORE_GROUP'],
  fundingApplication: ['FINANCE', 'CORE_GROUP', 'PROVIDER', 'CASE_MANAGER'],
  'FundingApplication.allocations': ['FINANCE', 'CORE_GROUP'],
  fundingAllocation: ['FINANCE', 'CORE_GROUP'],
  'FundingAllocation.expenditures': ['FINANCE'],
  createFundingProgram: ['FINANCE', 'ADMIN', FINANCE_ELSEWHERE],
  createBudget: ['FINANCE'],
  createFundingApplication: ['FINANCE', 'PROVIDER', 'CASE_MANAGER'],
  submitFundingApplication: ['FINANCE', 'PROVIDER', 'CASE_MANAGER'],
  withdrawFundingApplication: ['FINANCE', 'PROVIDER', 'CASE_MANAGER'],
  reopenFundingApplication: ['FINANCE'],
  approveFundingApplication: ['FINANCE'],
  rejectFundingApplication: ['FINANCE'],
  allocateFunding: ['FINANCE'],
  recordExpenditure: ['FINANCE'],
};

describe('access matrix of the funding subgraph, through the gateway', () => {
  let hub: TestHub;
  let programId: string;
  let budgetId: string;
  let applicationId: string;
  let allocationId: string;
  let counter = 0;

  /** Runs an operation as a finance officer of both Kreise (the set-up of a cell) and returns its data. */
  async function asFinance<T = Record<string, { id: string }>>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> {
    const res = await hub.query<T>(query, variables, FINANCE);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  const application = () => ({
    applicantOrganizationId: APPLICANT,
    programId,
    municipalityAgs: '05566076',
    title: `Maßnahme ${++counter}`,
    periodStart: '2019-01-01',
    periodEnd: '2019-12-31',
    requested: '800.00',
    ownShare: '200.00',
  });
  const draft = async () =>
    (
      await asFinance(
        `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id } }`,
        { input: application() },
      )
    ).createFundingApplication.id;
  const submitted = async () => {
    const id = await draft();
    await asFinance(`mutation($id: ID!) { submitFundingApplication(id: $id) { id } }`, { id });
    return id;
  };

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    programId = (
      await asFinance(`mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }`, {
        input: {
          name: 'Matrixprogramm',
          funder: 'LAND_NRW',
          periodStart: '2019-01-01',
          maxFundingRateBasisPoints: 8000,
          targetRule: 'WHOLE_TARGET_GROUP',
        },
      })
    ).createFundingProgram.id;
    budgetId = (
      await asFinance(`mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`, {
        input: {
          municipalityAgs: '05566076',
          fiscalYear: 2019,
          budgetProduct: '8101',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'OWN_FUNDS',
          title: 'Matrix',
          amount: '1000.00',
          financingSecured: true,
        },
      })
    ).createBudget.id;
    applicationId = await submitted();
    await asFinance(
      `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: $input) { id } }`,
      { input: { id: applicationId, approvedAmount: '800.00', approvedOn: '2019-03-01' } },
    );
    allocationId = (
      await asFinance(`mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`, {
        input: { offerId: OFFER, fiscalYear: 2019, amount: '100.00', applicationId },
      })
    ).allocateFunding.id;
    await asFinance(`mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id } }`, {
      input: { allocationId, amount: '10.00', spentOn: '2019-05-01', purpose: 'Honorar' },
    });
  });

  afterAll(async () => {
    await hub?.close();
  });

  const fingerprint = () =>
    tableFingerprint(hub.subgraphs.funding.db.dataSource, [
      'funding_program',
      'budget',
      'funding_application',
      'allocation',
      'expenditure',
    ]);

  /** Each restricted field: the query reaching it, and the path of the value. */
  const READS: Record<string, () => [string, Record<string, unknown>, (string | number)[]]> = {
    'Offer.funding': () => [
      `query($id: ID!) { offer(id: $id) { id funding { allocated } } }`,
      { id: OFFER },
      ['offer', 'funding'],
    ],
    'Municipality.fundingOverview': () => [
      `{ municipality(ags: "05566076") { name fundingOverview(fiscalYear: 2019) { allocated } } }`,
      {},
      ['municipality', 'fundingOverview'],
    ],
    budget: () => [`query($id: ID!) { budget(id: $id) { title } }`, { id: budgetId }, ['budget']],
    fundingApplication: () => [
      `query($id: ID!) { fundingApplication(id: $id) { status } }`,
      { id: applicationId },
      ['fundingApplication'],
    ],
    'FundingApplication.allocations': () => [
      `query($id: ID!) { fundingApplication(id: $id) { allocations { amount } } }`,
      { id: applicationId },
      ['fundingApplication', 'allocations'],
    ],
    fundingAllocation: () => [
      `query($id: ID!) { fundingAllocation(id: $id) { amount } }`,
      { id: allocationId },
      ['fundingAllocation'],
    ],
    'FundingAllocation.expenditures': () => [
      `query($id: ID!) { fundingAllocation(id: $id) { expenditures { amount } } }`,
      { id: allocationId },
      ['fundingAllocation', 'expenditures'],
    ],
  };

  /** Each mutation with its set-up: fresh rows for every call, made by a finance officer. */
  const MUTATIONS: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
    createFundingProgram: async () => [
      `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }`,
      {
        input: {
          name: `Programm ${++counter}`,
          funder: 'BUND',
          periodStart: '2020-01-01',
          maxFundingRateBasisPoints: 9000,
          targetRule: 'WHOLE_TARGET_GROUP',
        },
      },
    ],
    createBudget: async () => [
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
      {
        input: {
          municipalityAgs: '05566076',
          fiscalYear: 2020,
          budgetProduct: '8102',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'OWN_FUNDS',
          title: `Zeile ${++counter}`,
          amount: '10.00',
          financingSecured: true,
        },
      },
    ],
    createFundingApplication: async () => [
      `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id } }`,
      { input: application() },
    ],
    submitFundingApplication: async () => [
      `mutation($id: ID!) { submitFundingApplication(id: $id) { id } }`,
      { id: await draft() },
    ],
    withdrawFundingApplication: async () => [
      `mutation($id: ID!) { withdrawFundingApplication(id: $id) { id } }`,
      { id: await draft() },
    ],
    reopenFundingApplication: async () => [
      `mutation($id: ID!) { reopenFundingApplication(id: $id) { id } }`,
      { id: await submitted() },
    ],
    approveFundingApplication: async () => [
      `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: $input) { id } }`,
      { input: { id: await submitted(), approvedAmount: '500.00', approvedOn: '2019-04-01' } },
    ],
    rejectFundingApplication: async () => [
      `mutation($id: ID!) { rejectFundingApplication(id: $id) { id } }`,
      { id: await submitted() },
    ],
    allocateFunding: async () => [
      `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`,
      { input: { offerId: OFFER, fiscalYear: 2019, amount: '1.00', budgetId } },
    ],
    recordExpenditure: async () => [
      `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id } }`,
      { input: { allocationId, amount: '1.00', spentOn: '2019-06-01', purpose: 'Material' } },
    ],
  };

  const at = (data: unknown, path: (string | number)[]): unknown =>
    path.reduce<unknown>(
      (value, key) => (value === null || value === undefined ? null : (value as Record<string, unknown>)[key]),
      data,
    );
  const codes = (res: HubResponse) => (res.body.errors ?? []).map((e) => e.extensions?.code);

  describe.each(Object.keys(READS))('%s', (field) => {
    it.each(COLUMNS)('%s', async (column, identity) => {
      const [query, variables, path] = READS[field]();
      const res = await hub.query(query, variables, identity);
      if (MATRIX[field].includes(column)) {
        expect(res.body.errors).toBeUndefined();
        expect(at(res.body.data, path)).not.toBeNull();
      } else {
        expect(at(res.body.data, path)).toBeNull();
        expect(codes(res)).toEqual(['FORBIDDEN']);
        // The error sits at the field itself or at the object that holds it.
        expect(path.join('.').startsWith((res.body.errors?.[0].path ?? []).join('.'))).toBe(true);
      }
    });
  });

  it.each(COLUMNS)('lets %s read the funding programmes', async (_, identity) => {
    const res = await hub.query<{ fundingPrograms: { items: { name: string }[] } }>(
      `{ fundingPrograms(first: 100) { items { name } } }`,
      {},
      identity,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.fundingPrograms.items.map((p) => p.name)).toContain('Matrixprogramm');
  });

  describe.each(Object.keys(MUTATIONS))('%s', (mutation) => {
    it.each(COLUMNS)('%s', async (column, identity) => {
      const [query, variables] = await MUTATIONS[mutation]();
      const before = await fingerprint();
      const res = await hub.query(query, variables, identity);
      if (MATRIX[mutation].includes(column)) {
        expect(res.body.errors).toBeUndefined();
      } else {
        expect(res.body.data).toBeNull();
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(await fingerprint()).toEqual(before);
      }
    });
  });
});
