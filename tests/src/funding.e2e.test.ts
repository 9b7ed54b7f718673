import { demoOfferId, demoOrganizationId, financeRheine } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

const RHEINE_PROGRAM = "Gemeinsam klappt's";

describe('funding end to end: through the gateway, across subgraphs', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('answers a Kreis with its members (network) and its funding overview (funding) in one query', async () => {
    const res = await hub.query(
      `{
      municipality(ags: "05566") { name members { name }
        fundingOverview(fiscalYear: 2019) { planned allocated spent stateShare ownShare otherShare
          byProgramme { program { name } allocated } byBudgetProduct { budgetProduct planned allocated spent } } } }`,
      undefined,
      financeRheine,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        municipality: {
          name: 'Kreis Steinfurt',
          members: [{ name: 'Rheine' }],
          fundingOverview: {
            planned: '20000.00',
            allocated: '81000.00',
            spent: '81000.00',
            stateShare: '65000.00',
            ownShare: '16000.00',
            otherShare: '0.00',
            byProgramme: [{ program: { name: RHEINE_PROGRAM }, allocated: '81000.00' }],
            byBudgetProduct: [{ budgetProduct: '8101', planned: '20000.00', allocated: '16000.00', spent: '16000.00' }],
          },
        },
      },
    });
  });

  it(
    'shows an offer (offers) with its funding (funding), and budget lines with their offers and municipality ' +
      '(network)',
    async () => {
      const res = await hub.query(
        `query($id: ID!) { offer(id: $id) { title funding { allocated spent remaining bySource { source ` +
          `allocated } } } }`,
        {
          id: demoOfferId('rheine-fachoberschulreife-abend'),
        },
        financeRheine,
      );
      expect(res.body).toEqual({
        data: {
          offer: {
            title: 'Fachoberschulreife im Abendkurs',
            funding: {
              allocated: '39000.00',
              spent: '34000.00',
              remaining: '5000.00',
              bySource: [
                { source: 'INTEGRATIONSPAUSCHALE', allocated: '14000.00' },
                { source: 'STATE_FUNDING', allocated: '25000.00' },
              ],
            },
          },
        },
      });
      const lines = await hub.query<{ budgets: { items: { allocations: { offer: { title: string } }[] }[] } }>(
        `{ budgets(filter: { municipalityAgs: "05566076", fiscalYear: 2019 }) { items { municipality { name ` +
          `} councilDecision { paperNumber } allocations { amount offer { title } } } } }`,
        undefined,
        financeRheine,
      );
      // The demo loads these four in one transaction, so they share their booking time; compare them by title.
      lines.body.data?.budgets.items[0].allocations.sort((a, b) => a.offer.title.localeCompare(b.offer.title));
      expect(lines.body).toEqual({
        data: {
          budgets: {
            items: [
              {
                municipality: { name: 'Rheine' },
                councilDecision: { paperNumber: '072/19' },
                allocations: [
                  { amount: '4000.00', offer: { title: 'Ausbildungsvorbereitung für junge Geflüchtete' } },
                  { amount: '4000.00', offer: { title: 'Berufssprachkurs B1' } },
                  { amount: '4000.00', offer: { title: 'Fachoberschulreife im Abendkurs' } },
                  { amount: '4000.00', offer: { title: 'Integrationskurs mit Alphabetisierung' } },
                ],
              },
            ],
          },
        },
      });
    },
  );

  it(
    'runs an application from draft to approval, allocates it to an offer, spends it, and refuses going back ' +
      'to draft',
    async () => {
      const programs = await hub.query<{ fundingPrograms: { items: { id: string; name: string }[] } }>(
        `{ fundingPrograms { items { id name } } }`,
        undefined,
        financeRheine,
      );
      const programId = programs.body.data?.fundingPrograms.items.find((p) => p.name === RHEINE_PROGRAM)?.id;
      const created = await hub.query<{
        createFundingApplication: { id: string; status: string; applicant: { name: string } };
      }>(
        `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id ` +
          `status applicant { name } municipality { name } } }`,
        {
          input: {
            applicantOrganizationId: demoOrganizationId('vhs-neuss'),
            programId,
            municipalityAgs: '05162024',
            title: 'Fachoberschulreife 2022',
            periodStart: '2022-01-01',
            periodEnd: '2022-12-31',
            requested: '24000.00',
            ownShare: '6000.00',
          },
        },
        financeRheine,
      );
      expect(created.body).toEqual({
        data: {
          createFundingApplication: {
            id: expect.any(String),
            status: 'DRAFT',
            applicant: { name: 'Volkshochschule Neuss' },
            municipality: { name: 'Neuss' },
          },
        },
      });
      const id = created.body.data?.createFundingApplication.id as string;
      expect(
        (await hub.query(`mutation($id: ID!) { submitFundingApplication(id: $id) { status } }`, { id }, financeRheine))
          .body,
      ).toEqual({ data: { submitFundingApplication: { status: 'SUBMITTED' } } });
      const approved = await hub.query(
        `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: $input) { ` +
          `status approvedAmount approvedOn } }`,
        { input: { id, approvedAmount: '20000.00', approvedOn: '2021-12-01' } },
        financeRheine,
      );
      expect(approved.body).toEqual({
        data: {
          approveFundingApplication: { status: 'APPROVED', approvedAmount: '20000.00', approvedOn: '2021-12-01' },
        },
      });

      const reopened = await hub.query(
        `mutation($id: ID!) { reopenFundingApplication(id: $id) { status } }`,
        { id },
        financeRheine,
      );
      expect(reopened.body.errors).toHaveLength(1);
      expect(reopened.body.data).toBeNull();
      expect(
        (await hub.query(`query($id: ID!) { fundingApplication(id: $id) { status } }`, { id }, financeRheine)).body,
      ).toEqual({ data: { fundingApplication: { status: 'APPROVED' } } });

      const offerId = demoOfferId('neuss-fachoberschulreife');
      const allocation = await hub.query<{ allocateFunding: { id: string; offer: { title: string } } }>(
        `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id amount offer { title } } }`,
        { input: { applicationId: id, offerId, fiscalYear: 2022, amount: '20000.00' } },
        financeRheine,
      );
      expect(allocation.body).toEqual({
        data: {
          allocateFunding: {
            id: expect.any(String),
            amount: '20000.00',
            offer: { title: 'Fachoberschulreife für Zugewanderte' },
          },
        },
      });
      const over = await hub.query(
        `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`,
        { input: { applicationId: id, offerId, fiscalYear: 2022, amount: '0.01' } },
        financeRheine,
      );
      expect(over.body.errors).toHaveLength(1);
      expect(over.body.data).toBeNull();
      const spent = await hub.query(
        `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { amount allocation { ` +
          `remaining } } }`,
        {
          input: {
            allocationId: allocation.body.data?.allocateFunding.id,
            amount: '7500.25',
            spentOn: '2022-03-31',
            purpose: 'Honorare Januar bis März',
          },
        },
        financeRheine,
      );
      expect(spent.body).toEqual({
        data: { recordExpenditure: { amount: '7500.25', allocation: { remaining: '12499.75' } } },
      });

      const offer = await hub.query(
        `query($id: ID!) { offer(id: $id) { title funding(fiscalYear: 2022) { allocated spent remaining ` +
          `byProgramme { program { name } allocated spent } } } }`,
        { id: offerId },
        financeRheine,
      );
      expect(offer.body).toEqual({
        data: {
          offer: {
            title: 'Fachoberschulreife für Zugewanderte',
            funding: {
              allocated: '20000.00',
              spent: '7500.25',
              remaining: '12499.75',
              byProgramme: [{ program: { name: RHEINE_PROGRAM }, allocated: '20000.00', spent: '7500.25' }],
            },
          },
        },
      });
    },
  );

  it('keeps a line whole when 50 allocations race for it through the gateway', async () => {
    const line = await hub.query<{ createBudget: { id: string } }>(
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
      {
        input: {
          municipalityAgs: '05162008',
          fiscalYear: 2022,
          budgetProduct: '8101',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'OWN_FUNDS',
          title: 'Eigenanteil 2022',
          amount: '5000.00',
          financingSecured: true,
        },
      },
      financeRheine,
    );
    const budgetId = line.body.data?.createBudget.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        hub.query(
          `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`,
          {
            input: {
              budgetId,
              offerId: demoOfferId('grevenbroich-ausbildungsvorbereitung'),
              fiscalYear: 2022,
              amount: '150.00',
            },
          },
          financeRheine,
        ),
      ),
    );
    // 50 x 150.00 = 7,500.00 asked of 5,000.00: 33 fit (4,950.00), 17 refused.
    expect(results.filter((r) => r.body.data?.allocateFunding)).toHaveLength(33);
    expect(results.filter((r) => r.body.data === null && r.body.errors?.length === 1)).toHaveLength(17);
    const [row] = await hub.subgraphs.funding.db.dataSource.query(
      `SELECT count(*)::int AS n, sum(amount_cents)::text AS total FROM allocation WHERE budget_id = $1`,
      [budgetId],
    );
    expect(row).toEqual({ n: 33, total: '495000' });
    const after = await hub.query(
      `query($id: ID!) { budget(id: $id) { allocated remaining municipality { name } } }`,
      { id: budgetId },
      financeRheine,
    );
    expect(after.body).toEqual({
      data: { budget: { allocated: '4950.00', remaining: '50.00', municipality: { name: 'Grevenbroich' } } },
    });
  });

  it('refuses bad input through the gateway and writes nothing', async () => {
    const before = await hub.subgraphs.funding.db.dataSource.query(`SELECT count(*)::int AS n FROM budget`);
    const res = await hub.query(
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
      {
        input: {
          municipalityAgs: '05162',
          fiscalYear: 2022,
          budgetProduct: '9999',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'OWN_FUNDS',
          title: 'x',
          amount: '1.00',
          financingSecured: true,
        },
      },
      financeRheine,
    );
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Invalid value for "input.budgetProduct": must be one of the budget products 8101, 8102, 8103.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.budgetProduct'] },
    });
    const negative = await hub.query(
      `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
      {
        input: {
          municipalityAgs: '05162',
          fiscalYear: 2022,
          budgetProduct: '8101',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source: 'OWN_FUNDS',
          title: 'x',
          amount: '-1.00',
          financingSecured: true,
        },
      },
      financeRheine,
    );
    expect(negative.body.errors).toHaveLength(1);
    expect(negative.body.data ?? null).toBeNull();
    expect(await hub.subgraphs.funding.db.dataSource.query(`SELECT count(*)::int AS n FROM budget`)).toEqual(before);
  });
});
