import type { Identity, SubgraphDefinition } from '@gk/shared';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';

export const PROVIDER = '0a6f3f5e-5c37-4a36-9f0c-1d8f8a4d2b11';
export const OTHER_PROVIDER = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const CASE_MANAGER: Identity = { subject: 'cm-1', organizationId: 'f1e2d3c4-b5a6-4789-8abc-def012345678', roles: ['CASE_MANAGER'], ags: [] };

/** Staff of a provider organisation: who may run its offers and see their enrollments. */
export function providerStaff(organizationId: string, subject = `staff-${organizationId.slice(0, 4)}`): Identity {
  return { subject, organizationId, roles: ['PROVIDER'], ags: [] };
}

export const PROVIDER_STAFF = providerStaff(PROVIDER, 'provider-1');
export const OTHER_PROVIDER_STAFF = providerStaff(OTHER_PROVIDER, 'provider-2');
export const CORE_GROUP: Identity = { subject: 'core-1', organizationId: '5e5e5e5e-1111-4222-8333-444455556666', roles: ['CORE_GROUP'], ags: ['05566'] };
export const DPO: Identity = { subject: 'dpo-1', organizationId: null, roles: ['DATA_PROTECTION_OFFICER'], ags: [] };

/**
 * The offers subgraph on a fresh database, queried by default as staff of the test provider (most
 * tests run that provider's offers); other roles are passed explicitly.
 */
export async function startOffersTestSubgraph<L>(definition: SubgraphDefinition<L>, options: { loadDemoData?: boolean } = {}): Promise<TestSubgraph> {
  const subgraph = await startTestSubgraph(definition, options);
  const query = subgraph.query.bind(subgraph);
  return { ...subgraph, query: (q, variables, identity = PROVIDER_STAFF) => query(q, variables, identity) };
}

export const OFFER_FIELDS = `id title description category targetOutcome targetGermanLevel startDate endDate hoursPerWeek seats status
  provider { id } municipality { ags }
  eligibility { minAge maxAge residenceStatuses benefitRegimes minGermanLevel }
  figures { seats taken free applicants occupancy completionRate transitionRate }`;

export const ENROLLMENT_FIELDS = 'id status appliedOn enrolledOn endedOn outcome reason person { id } offer { id }';

export const ADULT = { age: 21, germanLevel: 'B1', residenceStatus: 'DULDUNG', benefitRegime: 'ASYLBLG' };

let personCounter = 0;
/** A fresh, valid person id for each call. */
export function newPersonId(): string {
  personCounter += 1;
  return `00000000-0000-4000-8000-${String(personCounter).padStart(12, '0')}`;
}

export function offerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Berufssprachkurs B1',
    category: 'LANGUAGE_COURSE',
    targetOutcome: 'LANGUAGE_LEVEL',
    targetGermanLevel: 'B1',
    providerId: PROVIDER,
    municipalityAgs: '05566076',
    startDate: '2026-01-12',
    endDate: '2026-06-30',
    hoursPerWeek: 16,
    seats: 10,
    ...overrides,
  };
}

/** Creates an offer through the API, as staff of its provider, and moves it to the given status. */
export async function createOffer(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}, status: 'PLANNED' | 'OPEN' | 'RUNNING' = 'OPEN'): Promise<string> {
  const staff = staffFor(overrides);
  const { createOffer: offer } = dataOf(
    await subgraph.query<{ createOffer: { id: string } }>('mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }', { input: offerInput(overrides) }, staff),
  );
  if (status === 'OPEN' || status === 'RUNNING') {
    dataOf(await subgraph.query('mutation($id: ID!) { openOffer(input: { offerId: $id }) { id } }', { id: offer.id }, staff));
  }
  if (status === 'RUNNING') dataOf(await subgraph.query('mutation($id: ID!) { startOffer(input: { offerId: $id }) { id } }', { id: offer.id }, staff));
  return offer.id;
}

/** Staff of the provider an offer input names (the test provider by default). */
export function staffFor(overrides: Record<string, unknown> = {}): Identity {
  const providerId = overrides.providerId;
  return typeof providerId === 'string' && providerId !== PROVIDER ? providerStaff(providerId) : PROVIDER_STAFF;
}

/** Enrolls as a case manager (who may enroll into any offer). */
export async function enroll(subgraph: TestSubgraph, offerId: string, personId: string, person: Record<string, unknown> = ADULT, enrolledOn = '2026-02-01', identity: Identity = CASE_MANAGER) {
  return subgraph.query<{ enrollInOffer: { id: string; status: string } }>(
    `mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`,
    { input: { offerId, personId, enrolledOn, person } },
    identity,
  );
}

/** Applies as a case manager (who may apply for any offer). */
export async function apply(subgraph: TestSubgraph, offerId: string, personId: string, person: Record<string, unknown> = ADULT, appliedOn = '2026-01-05', identity: Identity = CASE_MANAGER) {
  return subgraph.query<{ applyForOffer: { id: string; status: string } }>(
    `mutation($input: ApplyForOfferInput!) { applyForOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`,
    { input: { offerId, personId, appliedOn, person } },
    identity,
  );
}

/** Everything of the offers database that a refused write must leave unchanged. */
export async function snapshot(subgraph: TestSubgraph): Promise<unknown> {
  const ds = subgraph.db.dataSource;
  return {
    offers: await ds.query('SELECT * FROM offer ORDER BY id'),
    enrollments: await ds.query('SELECT * FROM enrollment ORDER BY id'),
    reviews: await ds.query('SELECT * FROM quality_review ORDER BY id'),
  };
}

export { dataOf };
