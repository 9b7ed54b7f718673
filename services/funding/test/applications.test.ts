import { financeRheine, ORG } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import { actingAs, createApplication, createProgram, dataOf, errorOf } from './support';

const FIELDS =
  'id status requested ownShare totalCost approvedAmount approvedOn allocated program { id } municipality { ags } ' +
  'applicant { id }';

describe('funding applications (Mittelantrag)', () => {
  let s: TestSubgraph;
  let programId: string;

  beforeAll(async () => {
    // Budgets, applications, allocations and overviews are read by a finance officer of the municipality.
    s = actingAs(await startTestSubgraph(fundingSubgraph), financeRheine);
    programId = await createProgram(s, { name: "Gemeinsam klappt's", maxFundingRateBasisPoints: 8000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  const change = (mutation: string, id: string) =>
    s.query<Record<string, { status: string }>>(
      `mutation($id: ID!) { ${mutation}(id: $id) { status } }`,
      { id },
      financeRheine,
    );
  const approve = (input: Record<string, unknown>) =>
    s.query<{ approveFundingApplication: Record<string, unknown> }>(
      `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: $input) { ${FIELDS} } }`,
      { input },
      financeRheine,
    );
  const row = async (id: string) =>
    (
      await s.db.dataSource.query(
        `SELECT status, approved_cents, updated_by, updated_by_org, updated_at > created_at AS changed,
           submitted_at IS NOT NULL AS submitted, decided_at IS NOT NULL AS decided
         FROM funding_application WHERE id = $1`,
        [id],
      )
    )[0];

  it('runs the lifecycle draft, submitted, back to draft, submitted, approved with amount and date', async () => {
    const created = await s.query<{ createFundingApplication: Record<string, unknown> }>(
      `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { ${FIELDS} ` +
        `title periodStart periodEnd } }`,
      {
        input: {
          applicantOrganizationId: '11111111-1111-4111-8111-111111111111',
          programId,
          municipalityAgs: '05566076',
          title: "Gemeinsam klappt's Rheine",
          periodStart: '2019-01-01',
          periodEnd: '2019-12-31',
          requested: '80000.00',
          ownShare: '20000.00',
        },
      },
      financeRheine,
    );
    const id = dataOf(created).createFundingApplication.id as string;
    expect(created).toEqual({
      data: {
        createFundingApplication: {
          id,
          status: 'DRAFT',
          requested: '80000.00',
          ownShare: '20000.00',
          totalCost: '100000.00',
          approvedAmount: null,
          approvedOn: null,
          allocated: '0.00',
          program: { id: programId },
          municipality: { ags: '05566076' },
          applicant: { id: '11111111-1111-4111-8111-111111111111' },
          title: "Gemeinsam klappt's Rheine",
          periodStart: '2019-01-01',
          periodEnd: '2019-12-31',
        },
      },
    });
    expect(await change('submitFundingApplication', id)).toEqual({
      data: { submitFundingApplication: { status: 'SUBMITTED' } },
    });
    expect(await change('reopenFundingApplication', id)).toEqual({
      data: { reopenFundingApplication: { status: 'DRAFT' } },
    });
    expect(await change('submitFundingApplication', id)).toEqual({
      data: { submitFundingApplication: { status: 'SUBMITTED' } },
    });
    const approved = await approve({ id, approvedAmount: '75000.00', approvedOn: '2019-04-15' });
    expect(approved).toEqual({
      data: {
        approveFundingApplication: {
          id,
          status: 'APPROVED',
          requested: '80000.00',
          ownShare: '20000.00',
          totalCost: '100000.00',
          approvedAmount: '75000.00',
          approvedOn: '2019-04-15',
          allocated: '0.00',
          program: { id: programId },
          municipality: { ags: '05566076' },
          applicant: { id: '11111111-1111-4111-8111-111111111111' },
        },
      },
    });
    expect(await row(id)).toEqual({
      status: 'APPROVED',
      approved_cents: '7500000',
      updated_by: 'finance-officer-1',
      updated_by_org: ORG.sozialamtRheine,
      changed: true,
      submitted: true,
      decided: true,
    });
  });

  it(
    'never sends an approved application back to draft, nor withdraws or rejects it; the database ' + 'refuses it too',
    async () => {
      const id = await createApplication(s, programId);
      await change('submitFundingApplication', id);
      dataOf(await approve({ id, approvedAmount: '80000.00', approvedOn: '2019-04-15' }));
      for (const [mutation, target] of [
        ['reopenFundingApplication', 'DRAFT'],
        ['withdrawFundingApplication', 'WITHDRAWN'],
        ['rejectFundingApplication', 'REJECTED'],
        ['submitFundingApplication', 'SUBMITTED'],
      ]) {
        expect(errorOf(await change(mutation, id))).toEqual({
          message: `A funding application in status APPROVED cannot change to ${target}.`,
          extensions: { code: 'INVALID_STATUS_TRANSITION', from: 'APPROVED', to: target },
        });
      }
      expect(errorOf(await approve({ id, approvedAmount: '1.00', approvedOn: '2019-05-01' })).extensions).toMatchObject(
        {
          code: 'INVALID_STATUS_TRANSITION',
        },
      );
      await expect(
        s.db.dataSource.query(
          `UPDATE funding_application SET status = 'DRAFT', approved_cents = NULL, approved_on = NULL WHERE id = $1`,
          [id],
        ),
      ).rejects.toThrow('funding application status change not allowed');
      expect(await row(id)).toMatchObject({ status: 'APPROVED', approved_cents: '8000000' });
    },
  );

  it('rejects and withdraws, and keeps both final', async () => {
    const rejected = await createApplication(s, programId);
    expect(errorOf(await change('rejectFundingApplication', rejected)).extensions).toMatchObject({
      code: 'INVALID_STATUS_TRANSITION',
      from: 'DRAFT',
      to: 'REJECTED',
    });
    await change('submitFundingApplication', rejected);
    expect(await change('rejectFundingApplication', rejected)).toEqual({
      data: { rejectFundingApplication: { status: 'REJECTED' } },
    });
    expect(errorOf(await change('submitFundingApplication', rejected)).extensions).toMatchObject({
      code: 'INVALID_STATUS_TRANSITION',
      from: 'REJECTED',
    });

    const withdrawn = await createApplication(s, programId);
    expect(await change('withdrawFundingApplication', withdrawn)).toEqual({
      data: { withdrawFundingApplication: { status: 'WITHDRAWN' } },
    });
    expect(errorOf(await change('reopenFundingApplication', withdrawn)).extensions).toMatchObject({
      code: 'INVALID_STATUS_TRANSITION',
      from: 'WITHDRAWN',
      to: 'DRAFT',
    });
    expect(errorOf(await change('submitFundingApplication', '44444444-4444-4444-8444-444444444444'))).toEqual({
      message: 'No funding application with this id exists.',
      extensions: { code: 'NOT_FOUND', entity: 'funding application', field: 'id' },
    });
  });

  it(
    "refuses an own share below the programme's rate, a period ending before it starts or outside the programme, " +
      'and writes nothing',
    async () => {
      const count = async () =>
        Number((await s.db.dataSource.query(`SELECT count(*) AS n FROM funding_application`))[0].n);
      const before = await count();
      const create = (input: Record<string, unknown>) =>
        s.query(
          `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id } }`,
          {
            input: {
              applicantOrganizationId: '11111111-1111-4111-8111-111111111111',
              programId,
              municipalityAgs: '05162',
              title: 'x',
              periodStart: '2020-01-01',
              periodEnd: '2020-12-31',
              requested: '80000.00',
              ownShare: '20000.00',
              ...input,
            },
          },
          financeRheine,
        );
      // 80,000.01 of 100,000.01 is just over 80 %.
      expect(errorOf(await create({ requested: '80000.01' }))).toEqual({
        message:
          'Invalid value for "input.ownShare": must be at least 20 % of the total cost (the programme funds at most ' +
          '80 %).',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.ownShare' },
      });
      expect(errorOf(await create({ periodEnd: '2019-12-31' }))).toEqual({
        message: 'Invalid value for "input.periodEnd": must not be before periodStart.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.periodEnd' },
      });
      expect(errorOf(await create({ periodEnd: '2023-01-31' }))).toEqual({
        message: 'Invalid value for "input.periodEnd": must not be after the programme\'s period.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.periodEnd' },
      });
      expect(errorOf(await create({ requested: '0.00' }))).toEqual({
        message: 'Invalid value for "input.requested": must be more than zero.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.requested' },
      });
      expect(errorOf(await create({ ownShare: '-1.00' })).message).toContain(
        'Invalid value for "input.ownShare": Money must be a non-negative decimal string',
      );
      expect(errorOf(await create({ programId: 'nope', applicantOrganizationId: 'x' })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.applicantOrganizationId', 'input.programId'],
      });
      expect(await count()).toBe(before);
      // Exactly 80 % is allowed.
      expect(dataOf(await create({ requested: '80000.00', ownShare: '20000.00' }))).toEqual({
        createFundingApplication: { id: expect.any(String) },
      });
    },
  );

  it('refuses an approved amount above the request or not above zero, leaving the application submitted', async () => {
    const id = await createApplication(s, programId);
    await change('submitFundingApplication', id);
    expect(errorOf(await approve({ id, approvedAmount: '80000.01', approvedOn: '2019-04-15' }))).toEqual({
      message: 'Invalid value for "input.approvedAmount": must not exceed the requested amount.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.approvedAmount' },
    });
    expect(errorOf(await approve({ id, approvedAmount: '0.00', approvedOn: '2019-04-15' })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.approvedAmount',
    });
    expect(await row(id)).toMatchObject({ status: 'SUBMITTED', approved_cents: null, decided: false });
  });

  it('lists applications by status, programme and municipality, a page at a time', async () => {
    const other = await createProgram(s, { name: 'Durchstarten', maxFundingRateBasisPoints: 9000 });
    const neuss = await createApplication(s, other, {
      municipalityAgs: '05162024',
      periodStart: '2021-01-01',
      periodEnd: '2021-06-30',
      requested: '9000.00',
      ownShare: '1000.00',
    });
    const dormagen = await createApplication(s, other, {
      municipalityAgs: '05162004',
      periodStart: '2021-02-01',
      periodEnd: '2021-12-31',
      requested: '9000.00',
      ownShare: '1000.00',
    });
    await change('submitFundingApplication', dormagen);
    const list = async (filter: Record<string, unknown>, first?: number, after?: string) =>
      dataOf(
        await s.query<{
          fundingApplications: { items: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }>(
          `query($filter: FundingApplicationFilter, $first: Int, $after: String) { fundingApplications(filter: ` +
            `$filter, first: $first, after: $after) { items { id } pageInfo { hasNextPage endCursor } } }`,
          { filter, first, after },
        ),
      ).fundingApplications;
    expect((await list({ programId: other })).items).toEqual([{ id: neuss }, { id: dormagen }]);
    expect((await list({ programId: other, status: 'SUBMITTED' })).items).toEqual([{ id: dormagen }]);
    expect((await list({ municipalityAgs: '05162', fiscalYear: 2021 })).items).toEqual([
      { id: neuss },
      { id: dormagen },
    ]);
    expect((await list({ municipalityAgs: '05162024' })).items).toEqual([{ id: neuss }]);
    const page1 = await list({ programId: other }, 1);
    expect(page1).toEqual({ items: [{ id: neuss }], pageInfo: { hasNextPage: true, endCursor: expect.any(String) } });
    expect((await list({ programId: other }, 1, page1.pageInfo.endCursor)).items).toEqual([{ id: dormagen }]);
  });
});
