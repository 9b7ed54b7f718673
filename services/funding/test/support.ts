import type { GraphQLResponse, TestSubgraph } from '@gk/shared/testing';
import { actingAs, dataOf } from '@gk/shared/testing';
import { financeRheine } from '@gk/fixtures';

/** The one error of a refused operation, without its location. */
export function errorOf(res: GraphQLResponse): { message: string; extensions?: Record<string, unknown> } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors ?? [];
  return { message: error.message, extensions: error.extensions };
}

let counter = 0;

export async function createProgram(s: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<string> {
  counter += 1;
  const res = await s.query<{ createFundingProgram: { id: string } }>(
    `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }`,
    {
      input: {
        name: `Programm ${counter}`,
        funder: 'LAND_NRW',
        periodStart: '2019-01-01',
        periodEnd: '2022-12-31',
        maxFundingRateBasisPoints: 8000,
        targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
        ...overrides,
      },
    },
    financeRheine,
  );
  return dataOf(res).createFundingProgram.id;
}

export async function createBudget(s: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await s.query<{ createBudget: { id: string } }>(
    `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
    {
      input: {
        municipalityAgs: '05566076',
        fiscalYear: 2019,
        budgetProduct: '8101',
        plan: 'RESULT_PLAN',
        lineKind: 'AUFWENDUNGEN',
        source: 'INTEGRATIONSPAUSCHALE',
        title: 'Eigenanteil',
        amount: '20000.00',
        financingSecured: true,
        ...overrides,
      },
    },
    financeRheine,
  );
  return dataOf(res).createBudget.id;
}

export async function createApplication(
  s: TestSubgraph,
  programId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await s.query<{ createFundingApplication: { id: string } }>(
    `mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id } }`,
    {
      input: {
        applicantOrganizationId: '11111111-1111-4111-8111-111111111111',
        programId,
        municipalityAgs: '05566076',
        title: 'Maßnahme',
        periodStart: '2019-01-01',
        periodEnd: '2019-12-31',
        requested: '80000.00',
        ownShare: '20000.00',
        ...overrides,
      },
    },
    financeRheine,
  );
  return dataOf(res).createFundingApplication.id;
}

export async function approvedApplication(
  s: TestSubgraph,
  programId: string,
  approvedAmount: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await createApplication(s, programId, overrides);
  dataOf(await s.query(`mutation($id: ID!) { submitFundingApplication(id: $id) { status } }`, { id }, financeRheine));
  dataOf(
    await s.query(
      `mutation($input: ApproveFundingApplicationInput!) { approveFundingApplication(input: $input) { status } }`,
      { input: { id, approvedAmount, approvedOn: '2019-04-15' } },
      financeRheine,
    ),
  );
  return id;
}

export async function allocate(
  s: TestSubgraph,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ allocateFunding: { id: string; amount: string } }>> {
  return s.query(
    `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id amount } }`,
    { input },
    financeRheine,
  );
}

export async function spend(
  s: TestSubgraph,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ recordExpenditure: { id: string; amount: string } }>> {
  return s.query(
    `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id amount } }`,
    { input },
    financeRheine,
  );
}

export const OFFER_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const OFFER_B = 'aaaaaaaa-0000-4000-8000-000000000002';
export const OFFER_C = 'aaaaaaaa-0000-4000-8000-000000000003';

export { actingAs, dataOf };
