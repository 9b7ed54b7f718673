import { financeRheine } from '@gk/fixtures';
import { ROLES, type Identity, type Role } from '@gk/shared';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import {
  allocate,
  approvedApplication,
  createApplication,
  createBudget,
  createProgram,
  dataOf,
  OFFER_A,
  spend,
} from './support';

const APPLICANT = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const BOTH_KREISE = ['05566', '05162'];

const as = (role: Role, ags: string[] = BOTH_KREISE, organizationId: string | null = null): Identity => ({
  subject: `test-${role.toLowerCase()}`,
  organizationId,
  roles: [role],
  ags,
});
const FAR = (role: Role) => as(role, ['05970']);
const others = (...allowed: Role[]) => ROLES.filter((r) => !allowed.includes(r));

type Denial = { path?: readonly (string | number)[]; message: string; code: unknown };
const denials = (res: GraphQLResponse): Denial[] =>
  (res.errors ?? []).map((e) => ({ path: e.path, message: e.message, code: e.extensions?.code }));

describe('access to funding', () => {
  let s: TestSubgraph;
  let programId: string;
  let budgetId: string;
  let applicationId: string;
  let allocationId: string;

  beforeAll(async () => {
    s = await startTestSubgraph(fundingSubgraph);
    programId = await createProgram(s);
    budgetId = await createBudget(s);
    applicationId = await approvedApplication(s, programId, '50000.00');
    allocationId = dataOf(await allocate(s, { offerId: OFFER_A, fiscalYear: 2019, amount: '1000.00', budgetId }))
      .allocateFunding.id;
    dataOf(await spend(s, { allocationId, amount: '100.00', spentOn: '2019-03-01', purpose: 'Honorar' }));
  });

  afterAll(async () => {
    await s?.close();
  });

  const fingerprint = async () =>
    s.db.dataSource.query(`SELECT (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM funding_program t)
      AS p, (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM budget t) AS b,
      (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM funding_application t) AS a, (SELECT
        md5(string_agg(t::text, '|' ORDER BY t::text)) FROM allocation t) AS l,
      (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM expenditure t) AS e`);

  /**
   * A refused root field or mutation: no data (a nullable root field is null), one FORBIDDEN error with the rule,
   * nothing changed.
   */
  async function forbidden(
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
    message: string,
  ): Promise<void> {
    const before = await fingerprint();
    const res = await s.query(query, variables, identity);
    const data = res.data && Object.values(res.data).every((v) => v === null) ? null : res.data;
    expect({ data, errors: denials(res).map(({ message: m, code }) => ({ message: m, code })) }).toEqual({
      data: null,
      errors: [{ message, code: 'FORBIDDEN' }],
    });
    expect(await fingerprint()).toEqual(before);
  }

  describe('programmes', () => {
    const CREATE = `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { name } }`;
    const programme = (name: string) => ({
      input: {
        name,
        funder: 'BUND',
        periodStart: '2020-01-01',
        maxFundingRateBasisPoints: 9000,
        targetRule: 'WHOLE_TARGET_GROUP',
      },
    });

    it.each([...ROLES])('lets %s read programmes', async (role) => {
      expect(
        dataOf(
          await s.query<{ fundingPrograms: { items: unknown[] } }>(
            `{ fundingPrograms { items { name } } }`,
            {},
            as(role),
          ),
        ).fundingPrograms.items.length,
      ).toBeGreaterThan(0);
    });

    it('lets finance and administrators create programmes and refuses everyone else', async () => {
      expect(await s.query(CREATE, programme('Bundesprogramm A'), as('FINANCE'))).toEqual({
        data: { createFundingProgram: { name: 'Bundesprogramm A' } },
      });
      expect(await s.query(CREATE, programme('Bundesprogramm B'), as('ADMIN', []))).toEqual({
        data: { createFundingProgram: { name: 'Bundesprogramm B' } },
      });
      for (const role of others('FINANCE', 'ADMIN'))
        await forbidden(
          CREATE,
          programme('Bundesprogramm C'),
          as(role),
          'Creating a funding programme needs one of the roles FINANCE, ADMIN.',
        );
    });
  });

  describe('budget lines', () => {
    const ONE = `query($id: ID!) { budget(id: $id) { title allocations { amount } } }`;
    const LIST = `{ budgets { items { title } } }`;
    const CREATE = `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { municipality { ags } } }`;
    const line = (municipalityAgs: string) => ({
      input: {
        municipalityAgs,
        fiscalYear: 2020,
        budgetProduct: '8101',
        plan: 'RESULT_PLAN',
        lineKind: 'AUFWENDUNGEN',
        source: 'OWN_FUNDS',
        title: 'Zeile',
        amount: '10.00',
        financingSecured: true,
      },
    });

    it.each(['FINANCE', 'CORE_GROUP'] as Role[])(
      'lets %s read the lines of their municipalities, refuses one elsewhere and lists none from elsewhere',
      async (role) => {
        expect(await s.query(ONE, { id: budgetId }, as(role))).toEqual({
          data: { budget: { title: 'Eigenanteil', allocations: [{ amount: '1000.00' }] } },
        });
        expect(dataOf(await s.query<{ budgets: { items: unknown[] } }>(LIST, {}, as(role))).budgets.items).toHaveLength(
          1,
        );
        await forbidden(
          ONE,
          { id: budgetId },
          FAR(role),
          'Reading budget lines is limited to the municipalities in your scope.',
        );
        expect(await s.query(LIST, {}, FAR(role))).toEqual({ data: { budgets: { items: [] } } });
        // Through federation too: the reference resolver checks the same rule.
        const entity = await s.query(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Budget { title } } }`,
          { r: [{ __typename: 'Budget', id: budgetId }] },
          FAR(role),
        );
        expect(entity.data).toEqual({ _entities: [null] });
        expect(denials(entity)).toEqual([
          {
            path: ['_entities', 0],
            message: 'Reading budget lines is limited to the municipalities in your scope.',
            code: 'FORBIDDEN',
          },
        ]);
      },
    );

    it.each(others('FINANCE', 'CORE_GROUP'))('refuses %s budget lines', async (role) => {
      await forbidden(
        ONE,
        { id: budgetId },
        as(role),
        'Reading budget lines needs one of the roles FINANCE, CORE_GROUP.',
      );
      await forbidden(LIST, {}, as(role), 'Reading budget lines needs one of the roles FINANCE, CORE_GROUP.');
    });

    it('lets only finance record lines, and only in their municipalities', async () => {
      expect(await s.query(CREATE, line('05162024'), as('FINANCE'))).toEqual({
        data: { createBudget: { municipality: { ags: '05162024' } } },
      });
      await forbidden(
        CREATE,
        line('05970004'),
        as('FINANCE'),
        'Recording a budget line is limited to the municipalities in your scope.',
      );
      for (const role of others('FINANCE'))
        await forbidden(CREATE, line('05162024'), as(role), 'Recording a budget line needs one of the roles FINANCE.');
    });
  });

  describe('funding applications', () => {
    const ONE = `query($id: ID!) { fundingApplication(id: $id) { status allocations { amount } } }`;
    const LIST = `{ fundingApplications { items { id } } }`;
    const APPLY = 'Creating, submitting or withdrawing a funding application';
    const applicantStaff: Role[] = ['PROVIDER', 'CASE_MANAGER'];

    it.each(['FINANCE', 'CORE_GROUP'] as Role[])(
      'lets %s read the applications of their municipalities with their allocations',
      async (role) => {
        expect(await s.query(ONE, { id: applicationId }, as(role))).toEqual({
          data: { fundingApplication: { status: 'APPROVED', allocations: [] } },
        });
        await forbidden(
          ONE,
          { id: applicationId },
          FAR(role),
          "Reading funding applications is limited to your own organisation's applications or the municipalities " +
            'in your scope.',
        );
        expect(await s.query(LIST, {}, FAR(role))).toEqual({ data: { fundingApplications: { items: [] } } });
      },
    );

    it.each(applicantStaff)(
      "lets %s read their own organisation's applications, without allocations, and nothing of others",
      async (role) => {
        const own = await s.query(ONE, { id: applicationId }, as(role, [], APPLICANT));
        expect(own.data).toEqual({ fundingApplication: { status: 'APPROVED', allocations: null } });
        expect(denials(own)).toEqual([
          {
            path: ['fundingApplication', 'allocations'],
            message: 'Reading allocations needs one of the roles FINANCE, CORE_GROUP.',
            code: 'FORBIDDEN',
          },
        ]);
        const listed = dataOf(
          await s.query<{ fundingApplications: { items: { id: string }[] } }>(LIST, {}, as(role, [], APPLICANT)),
        ).fundingApplications.items;
        expect(listed.map((a) => a.id)).toContain(applicationId);
        await forbidden(
          ONE,
          { id: applicationId },
          as(role, BOTH_KREISE, OTHER_ORG),
          "Reading funding applications is limited to your own organisation's applications or the municipalities " +
            'in your scope.',
        );
        expect(await s.query(LIST, {}, as(role, BOTH_KREISE, OTHER_ORG))).toEqual({
          data: { fundingApplications: { items: [] } },
        });
      },
    );

    it.each(others('FINANCE', 'CORE_GROUP', 'PROVIDER', 'CASE_MANAGER'))(
      'refuses %s funding applications',
      async (role) => {
        await forbidden(
          ONE,
          { id: applicationId },
          as(role, BOTH_KREISE, APPLICANT),
          'Reading funding applications needs one of the roles FINANCE, CORE_GROUP, PROVIDER, CASE_MANAGER.',
        );
        await forbidden(
          LIST,
          {},
          as(role, BOTH_KREISE, APPLICANT),
          'Reading funding applications needs one of the roles FINANCE, CORE_GROUP, PROVIDER, CASE_MANAGER.',
        );
      },
    );

    it.each(applicantStaff)(
      "lets %s create, submit and withdraw their own organisation's applications, but not decide them",
      async (role) => {
        const me = as(role, [], APPLICANT);
        const CREATE = `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input)
          { id status } }`;
        const input = (applicantOrganizationId: string) => ({
          input: {
            applicantOrganizationId,
            programId,
            municipalityAgs: '05566076',
            title: 'Maßnahme',
            periodStart: '2019-01-01',
            periodEnd: '2019-12-31',
            requested: '800.00',
            ownShare: '200.00',
          },
        });
        const id = dataOf(await s.query<{ createFundingApplication: { id: string } }>(CREATE, input(APPLICANT), me))
          .createFundingApplication.id;
        await forbidden(
          CREATE,
          input(OTHER_ORG),
          me,
          `${APPLY} is limited to your own organisation's applications or, for finance officers, the ` +
            `municipalities in your scope.`,
        );
        expect(
          await s.query(`mutation($id: ID!) { submitFundingApplication(id: $id) { status } }`, { id }, me),
        ).toEqual({ data: { submitFundingApplication: { status: 'SUBMITTED' } } });
        for (const mutation of ['reopenFundingApplication', 'rejectFundingApplication']) {
          await forbidden(
            `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
            { id },
            me,
            'Reopening, approving or rejecting a funding application needs one of the roles FINANCE.',
          );
        }
        await forbidden(
          `mutation($id: ID!) { withdrawFundingApplication(id: $id) { status } }`,
          { id },
          as(role, [], OTHER_ORG),
          `${APPLY} is limited to your own organisation's applications or, for finance officers, the ` +
            `municipalities in your scope.`,
        );
        expect(
          await s.query(`mutation($id: ID!) { withdrawFundingApplication(id: $id) { status } }`, { id }, me),
        ).toEqual({ data: { withdrawFundingApplication: { status: 'WITHDRAWN' } } });
      },
    );

    it(
      'leaves approving, rejecting and reopening to finance of the municipality, and refuses every other role ' +
        'each mutation',
      async () => {
        const id = await createApplication(s, programId);
        await forbidden(
          `mutation($id: ID!) { submitFundingApplication(id: $id) { status } }`,
          { id },
          FAR('FINANCE'),
          `${APPLY} is limited to your own organisation's applications or, for finance officers, the municipalities ` +
            `in your scope.`,
        );
        dataOf(
          await s.query(`mutation($id: ID!) { submitFundingApplication(id: $id) { status } }`, { id }, financeRheine),
        );
        const APPROVE =
          `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: ` +
          `$input) { status } }`;
        const decision = { input: { id, approvedAmount: '100.00', approvedOn: '2019-04-01' } };
        await forbidden(
          APPROVE,
          decision,
          FAR('FINANCE'),
          'Reopening, approving or rejecting a funding application is limited to the municipalities in your scope.',
        );
        await forbidden(
          `mutation($id: ID!) { rejectFundingApplication(id: $id) { status } }`,
          { id },
          FAR('FINANCE'),
          'Reopening, approving or rejecting a funding application is limited to the municipalities in your scope.',
        );
        for (const role of others('FINANCE')) {
          await forbidden(
            APPROVE,
            decision,
            as(role, BOTH_KREISE, APPLICANT),
            'Reopening, approving or rejecting a funding application needs one of the roles FINANCE.',
          );
          await forbidden(
            `mutation($id: ID!) { reopenFundingApplication(id: $id) { status } }`,
            { id },
            as(role, BOTH_KREISE, APPLICANT),
            'Reopening, approving or rejecting a funding application needs one of the roles FINANCE.',
          );
        }
        for (const role of others('FINANCE', 'PROVIDER', 'CASE_MANAGER')) {
          await forbidden(
            `mutation($id: ID!) { withdrawFundingApplication(id: $id) { status } }`,
            { id },
            as(role, BOTH_KREISE, APPLICANT),
            `${APPLY} needs one of the roles FINANCE, PROVIDER, CASE_MANAGER.`,
          );
        }
        expect(await s.query(APPROVE, decision, financeRheine)).toEqual({
          data: { approveFundingApplication: { status: 'APPROVED' } },
        });
      },
    );
  });

  describe('allocations and expenditures', () => {
    it("carries the municipality of the allocation's source, filled and kept by the database", async () => {
      const fromGrant = dataOf(await allocate(s, { offerId: OFFER_A, fiscalYear: 2019, amount: '1.00', applicationId }))
        .allocateFunding.id;
      const rows = await s.db.dataSource.query(
        `SELECT id, municipality_ags FROM allocation WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [[allocationId, fromGrant]],
      );
      expect(rows.map((r: { municipality_ags: string }) => r.municipality_ags)).toEqual(['05566076', '05566076']);
      await expect(
        s.db.dataSource.query(`UPDATE allocation SET municipality_ags = '05970004' WHERE id = $1`, [allocationId]),
      ).rejects.toThrow('rows are append-only');
    });

    const ONE = `query($id: ID!) { fundingAllocation(id: $id) { amount expenditures { amount } } }`;

    it('shows finance allocations with their expenditures, and the core group allocations without them', async () => {
      expect(await s.query(ONE, { id: allocationId }, as('FINANCE'))).toEqual({
        data: { fundingAllocation: { amount: '1000.00', expenditures: [{ amount: '100.00' }] } },
      });
      const core = await s.query(ONE, { id: allocationId }, as('CORE_GROUP'));
      expect(core.data).toEqual({ fundingAllocation: { amount: '1000.00', expenditures: null } });
      expect(denials(core)).toEqual([
        {
          path: ['fundingAllocation', 'expenditures'],
          message: 'Reading expenditures needs one of the roles FINANCE.',
          code: 'FORBIDDEN',
        },
      ]);
      for (const role of ['FINANCE', 'CORE_GROUP'] as Role[])
        await forbidden(
          ONE,
          { id: allocationId },
          FAR(role),
          'Reading allocations is limited to the municipalities in your scope.',
        );
      for (const role of others('FINANCE', 'CORE_GROUP'))
        await forbidden(
          ONE,
          { id: allocationId },
          as(role),
          'Reading allocations needs one of the roles FINANCE, CORE_GROUP.',
        );
    });

    it('lets only finance of the municipality allocate and record expenditures', async () => {
      const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { amount } }`;
      const SPEND = `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { amount } }`;
      const fromBudget = { input: { offerId: OFFER_A, fiscalYear: 2019, amount: '1.00', budgetId } };
      const fromGrant = { input: { offerId: OFFER_A, fiscalYear: 2019, amount: '1.00', applicationId } };
      const expense = { input: { allocationId, amount: '1.00', spentOn: '2019-04-01', purpose: 'Material' } };
      for (const role of others('FINANCE')) {
        await forbidden(ALLOCATE, fromBudget, as(role), 'Allocating funding needs one of the roles FINANCE.');
        await forbidden(SPEND, expense, as(role), 'Recording an expenditure needs one of the roles FINANCE.');
      }
      await forbidden(
        ALLOCATE,
        fromBudget,
        FAR('FINANCE'),
        'Allocating funding is limited to the municipalities in your scope.',
      );
      await forbidden(
        ALLOCATE,
        fromGrant,
        FAR('FINANCE'),
        'Allocating funding is limited to the municipalities in your scope.',
      );
      await forbidden(
        SPEND,
        expense,
        FAR('FINANCE'),
        'Recording an expenditure is limited to the municipalities in your scope.',
      );
      expect(await s.query(ALLOCATE, fromGrant, financeRheine)).toEqual({
        data: { allocateFunding: { amount: '1.00' } },
      });
      expect(await s.query(SPEND, expense, financeRheine)).toEqual({ data: { recordExpenditure: { amount: '1.00' } } });
    });
  });

  describe("fields on other subgraphs' entities", () => {
    const OFFER = `query($r: [_Any!]!) {
      _entities(representations: $r) { ... on Offer { id funding { allocated } } }
    }`;
    const OVERVIEW =
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ags ` +
      `fundingOverview(fiscalYear: 2019) { allocated } } } }`;

    it.each(['PROVIDER', 'FINANCE', 'CORE_GROUP'] as Role[])("shows %s an offer's funding", async (role) => {
      expect(await s.query(OFFER, { r: [{ __typename: 'Offer', id: OFFER_A }] }, as(role, [], APPLICANT))).toEqual({
        data: { _entities: [{ id: OFFER_A, funding: { allocated: '1002.00' } }] },
      });
    });

    it.each(others('PROVIDER', 'FINANCE', 'CORE_GROUP'))(
      'gives %s an offer without its funding: null with FORBIDDEN',
      async (role) => {
        const res = await s.query(OFFER, { r: [{ __typename: 'Offer', id: OFFER_A }] }, as(role));
        expect(res.data).toEqual({ _entities: [{ id: OFFER_A, funding: null }] });
        expect(denials(res)).toEqual([
          {
            path: ['_entities', 0, 'funding'],
            message: "Reading an offer's funding needs one of the roles PROVIDER, FINANCE, CORE_GROUP.",
            code: 'FORBIDDEN',
          },
        ]);
      },
    );

    it.each(['FINANCE', 'CORE_GROUP'] as Role[])('shows %s the overview of their municipalities only', async (role) => {
      const res = await s.query(
        OVERVIEW,
        {
          r: [
            { __typename: 'Municipality', ags: '05566076' },
            { __typename: 'Municipality', ags: '05970004' },
          ],
        },
        as(role),
      );
      expect(res.data).toEqual({
        _entities: [
          { ags: '05566076', fundingOverview: { allocated: '1002.00' } },
          { ags: '05970004', fundingOverview: null },
        ],
      });
      expect(denials(res)).toEqual([
        {
          path: ['_entities', 1, 'fundingOverview'],
          message: "Reading a municipality's funding overview is limited to the municipalities in your scope.",
          code: 'FORBIDDEN',
        },
      ]);
    });

    it.each(others('FINANCE', 'CORE_GROUP'))(
      'gives %s municipalities without a funding overview: null with FORBIDDEN',
      async (role) => {
        const res = await s.query(OVERVIEW, { r: [{ __typename: 'Municipality', ags: '05566076' }] }, as(role));
        expect(res.data).toEqual({ _entities: [{ ags: '05566076', fundingOverview: null }] });
        expect(denials(res)).toEqual([
          {
            path: ['_entities', 0, 'fundingOverview'],
            message: "Reading a municipality's funding overview needs one of the roles FINANCE, CORE_GROUP.",
            code: 'FORBIDDEN',
          },
        ]);
      },
    );
  });
});
