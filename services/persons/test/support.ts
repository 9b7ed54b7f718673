import type { Identity } from '@gk/shared';
import { caseManagerRheine, ORG } from '@gk/fixtures';
import type { TestSubgraph } from '@gk/shared/testing';
import { actingAs } from '@gk/shared/testing';

// The shared test identities of @gk/fixtures, under the names these tests have always used.
export {
  admin as ADMIN,
  caseManagerOf,
  caseManagerRheine as CASE_MANAGER,
  /** A colleague of CASE_MANAGER in the same organisation. */
  caseManagerRheine2 as CASE_MANAGER_2,
  dataProtectionOfficer as DPO,
  /** A case manager of the JMD Rheine: another organisation than the one managing the test persons. */
  jmdCaseManagerRheine as JMD_CASE_MANAGER,
  jmdProviderRheine as JMD_WORKER,
} from '@gk/fixtures';

export const KIM_RHEINE = ORG.kimRheine;
export const JMD_RHEINE = ORG.jmdRheine;
export const JOBCENTER_STEINFURT = ORG.jcSteinfurt;
export const KI_RKN = ORG.kiRkn;

/** A case manager of the same organisation whose area also reaches the Rhein-Kreis Neuss. */
export const CASE_MANAGER_TWO_KREISE: Identity = {
  ...caseManagerRheine,
  subject: 'cm-rheine-3',
  ags: ['05566', '05162'],
};

export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

export const REGISTER = `mutation Register($input: RegisterPersonInput!) {
  registerPerson(input: $input) { person { id version } probableDuplicates { id } }
}`;

export function personInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenName: 'Amani',
    familyName: 'Testperson',
    dateOfBirth: '2004-05-17',
    municipalityAgs: '05566076',
    ...overrides,
  };
}

/**
 * Registers a person (as the Rheine case manager unless `as` names a case manager whose area covers
 * the municipality) and returns its id.
 */
export async function registerPerson(
  subgraph: TestSubgraph,
  overrides: Record<string, unknown> = {},
  as: Identity = caseManagerRheine,
): Promise<string> {
  const res = await subgraph.query<{ registerPerson: { person: { id: string } | null } }>(
    REGISTER,
    { input: personInput({ confirmNotDuplicate: true, ...overrides }) },
    as,
  );
  if (!res.data?.registerPerson.person) throw new Error(`registration failed: ${JSON.stringify(res.errors)}`);
  return res.data.registerPerson.person.id;
}

/** Number of rows of a table, to prove that a refused change wrote nothing. */
export async function rowCount(subgraph: TestSubgraph, table: string): Promise<number> {
  const [row] = await subgraph.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n as number;
}

/** Counts of every table of the persons database. */
export async function allRowCounts(subgraph: TestSubgraph): Promise<Record<string, number>> {
  const tables = [
    'person',
    'residence_status_period',
    'benefit_regime_period',
    'need',
    'consent',
    'referral',
    'person_event',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = await rowCount(subgraph, t);
  return counts;
}

export { actingAs };
