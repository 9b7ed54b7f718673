import { providerOf } from '@gk/fixtures';
import { personsSubgraph } from '@gk/persons';
import { delegatedTokenHeader, todayIso, type Identity, type SubgraphDefinition } from '@gk/shared';
import {
  createTestKeys,
  dataOf,
  signTestToken,
  startTestSubgraph,
  type GraphQLResponse,
  type TestSubgraph,
} from '@gk/shared/testing';
import { loadOffersConfig, offersOptions } from '../src/config/offers.config';
import type { OffersOptions } from '../src/offers.options';
import { createOffersSubgraph } from '../src/offers.subgraph';

export const PROVIDER = '0a6f3f5e-5c37-4a36-9f0c-1d8f8a4d2b11';
export const OTHER_PROVIDER = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const CASE_MANAGER: Identity = {
  subject: 'cm-1',
  organizationId: 'f1e2d3c4-b5a6-4789-8abc-def012345678',
  roles: ['CASE_MANAGER'],
  ags: [],
};

export const PROVIDER_STAFF = providerOf(PROVIDER, 'provider-1');
export const OTHER_PROVIDER_STAFF = providerOf(OTHER_PROVIDER, 'provider-2');
export const CORE_GROUP: Identity = {
  subject: 'core-1',
  organizationId: '5e5e5e5e-1111-4222-8333-444455556666',
  roles: ['CORE_GROUP'],
  ags: ['05566'],
};

/**
 * The offers subgraph with its default settings (or some changed), asking the persons subgraph at the URL it is given.
 */
export function offersAskingPersons(
  changes: Partial<OffersOptions> = {},
): (personsUrl: string) => SubgraphDefinition<unknown> {
  return (personsUrl) =>
    createOffersSubgraph({
      ...offersOptions(loadOffersConfig({})),
      ...changes,
      personsUrl,
    }) as SubgraphDefinition<unknown>;
}

/** An offers test subgraph that asks a real persons subgraph during applications and enrollments. */
export interface OffersWithPersons extends TestSubgraph {
  /** The real persons subgraph, on its own fresh database, that offers asks about persons. */
  persons: TestSubgraph;
}

/**
 * The offers subgraph on a fresh database, queried by default as staff of the test provider (most
 * tests run that provider's offers); other roles are passed explicitly.
 *
 * Given a definition that asks persons (`offersAskingPersons()`), the real persons subgraph runs
 * beside it in-process, with the same gateway keys, and every query carries what the gateway sends
 * offers: its token and, for persons, a second token with the same identity. Applications and
 * enrollments need it: offers asks persons whether the person exists, may be enrolled by the user,
 * and for the facts eligibility is decided on.
 */
export async function startOffersTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options?: { loadDemoData?: boolean },
): Promise<TestSubgraph>;
export async function startOffersTestSubgraph(
  definition: (personsUrl: string) => SubgraphDefinition<unknown>,
  options?: { loadDemoData?: boolean },
): Promise<OffersWithPersons>;
export async function startOffersTestSubgraph<L>(
  definition: SubgraphDefinition<L> | ((personsUrl: string) => SubgraphDefinition<unknown>),
  options: { loadDemoData?: boolean } = {},
): Promise<TestSubgraph | OffersWithPersons> {
  if (typeof definition !== 'function') {
    const subgraph = await startTestSubgraph(definition, options);
    const query = subgraph.query.bind(subgraph);
    return { ...subgraph, query: (q, variables, identity = PROVIDER_STAFF) => query(q, variables, identity) };
  }
  const keys = await createTestKeys();
  const persons = await startTestSubgraph(personsSubgraph, { keys });
  let subgraph: TestSubgraph;
  try {
    subgraph = await startTestSubgraph(definition(persons.url), { ...options, keys });
  } catch (error) {
    await persons.close();
    throw error;
  }
  const query = async <T>(
    q: string,
    variables?: Record<string, unknown>,
    identity: Identity = PROVIDER_STAFF,
  ): Promise<GraphQLResponse<T>> => {
    const res = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await signTestToken(keys, 'offers', identity)}`,
        [delegatedTokenHeader('persons')]: await signTestToken(keys, 'persons', identity),
      },
      body: JSON.stringify({ query: q, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    ...subgraph,
    persons,
    query,
    async close() {
      await subgraph.close();
      await persons.close();
    },
  };
}

function hasPersons(subgraph: TestSubgraph): subgraph is OffersWithPersons {
  return 'persons' in subgraph;
}

const DEFAULT_ORGANIZATION_CONSENTS = [PROVIDER, OTHER_PROVIDER];

/**
 * Records the person in the persons subgraph's database with the facts given, as the persons
 * subgraph's own records would hold them: managed by the test case manager's organisation, with
 * consents for ENROLLMENT for the test providers (provider staff enrol only with one). Repeated
 * calls update the facts. Facts that are no valid input (a test of the input's validation) record nothing.
 */
export async function recordPerson(
  subgraph: TestSubgraph,
  personId: string,
  facts: Record<string, unknown> = ADULT,
  consentsFor: readonly string[] = DEFAULT_ORGANIZATION_CONSENTS,
): Promise<void> {
  if (!hasPersons(subgraph) || typeof facts.age !== 'number') return;
  const ds = subgraph.persons.db.dataSource;
  await ds.query(
    `INSERT INTO person (id, given_name, family_name, date_of_birth, german_level, municipality_ags,
                         case_managing_organization_id, current_residence_status, current_benefit_regime,
                         created_by, updated_by)
     VALUES ($1, 'Test', 'Person', $2, $3, '05566076', $4, $5, $6, 'test', 'test')
     ON CONFLICT (id) DO UPDATE SET date_of_birth = EXCLUDED.date_of_birth, german_level = EXCLUDED.german_level,
       current_residence_status = EXCLUDED.current_residence_status,
       current_benefit_regime = EXCLUDED.current_benefit_regime`,
    [
      personId,
      dateOfBirthForAge(facts.age),
      facts.germanLevel ?? null,
      CASE_MANAGER.organizationId,
      facts.residenceStatus ?? null,
      facts.benefitRegime ?? null,
    ],
  );
  for (const organizationId of consentsFor) {
    await ds.query(
      `INSERT INTO consent (person_id, organization_id, purposes, legal_basis, created_by, updated_by)
       SELECT $1, $2, '{ENROLLMENT}', 'SGB_X_69', 'test', 'test'
        WHERE NOT EXISTS (SELECT 1 FROM consent WHERE person_id = $1 AND organization_id = $2 AND revoked_at IS NULL)`,
      [personId, organizationId],
    );
  }
}

/** A date of birth that makes the person `age` full years old today: the birthday a hundred days past. */
function dateOfBirthForAge(age: number): string {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - age);
  date.setUTCDate(date.getUTCDate() - 100);
  return date.toISOString().slice(0, 10);
}

export const OFFER_FIELDS = `id title description category targetOutcome targetGermanLevel startDate endDate
  hoursPerWeek seats status
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
export async function createOffer(
  subgraph: TestSubgraph,
  overrides: Record<string, unknown> = {},
  status: 'PLANNED' | 'OPEN' | 'RUNNING' = 'OPEN',
): Promise<string> {
  const staff = staffFor(overrides);
  const { createOffer: offer } = dataOf(
    await subgraph.query<{ createOffer: { id: string } }>(
      'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      { input: offerInput(overrides) },
      staff,
    ),
  );
  if (status === 'OPEN' || status === 'RUNNING') {
    dataOf(
      await subgraph.query('mutation($id: ID!) { openOffer(input: { offerId: $id }) { id } }', { id: offer.id }, staff),
    );
  }
  if (status === 'RUNNING')
    dataOf(
      await subgraph.query(
        'mutation($id: ID!) { startOffer(input: { offerId: $id }) { id } }',
        { id: offer.id },
        staff,
      ),
    );
  return offer.id;
}

/** Staff of the provider an offer input names (the test provider by default). */
export function staffFor(overrides: Record<string, unknown> = {}): Identity {
  const providerId = overrides.providerId;
  return typeof providerId === 'string' && providerId !== PROVIDER ? providerOf(providerId) : PROVIDER_STAFF;
}

/**
 * Enrolls as the person's case manager. The person is first recorded in persons with the facts
 * given (see recordPerson), which are what eligibility is decided on. The mutation still sends
 * them as the deprecated facts input too, as older clients do; offers ignores it.
 */
export async function enroll(
  subgraph: TestSubgraph,
  offerId: string,
  personId: string,
  person: Record<string, unknown> = ADULT,
  enrolledOn = '2026-02-01',
  identity: Identity = CASE_MANAGER,
) {
  await recordPerson(subgraph, personId, person);
  return subgraph.query<{ enrollInOffer: { id: string; status: string } }>(
    `mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`,
    { input: { offerId, personId, enrolledOn, person } },
    identity,
  );
}

/** Applies as the person's case manager, the person recorded in persons with the facts given (see `enroll`). */
export async function apply(
  subgraph: TestSubgraph,
  offerId: string,
  personId: string,
  person: Record<string, unknown> = ADULT,
  appliedOn = '2026-01-05',
  identity: Identity = CASE_MANAGER,
) {
  await recordPerson(subgraph, personId, person);
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
