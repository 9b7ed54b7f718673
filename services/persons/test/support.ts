import type { Identity } from '@gk/shared';
import { demoOrganizationId } from '@gk/fixtures';
import type { TestSubgraph } from '@gk/shared/testing';
import { actingAs } from '@gk/shared/testing';

export const KIM_RHEINE = demoOrganizationId('kim-rheine');
export const JMD_RHEINE = demoOrganizationId('jmd-rheine');
export const JOBCENTER_STEINFURT = demoOrganizationId('jc-steinfurt');
export const KI_RKN = demoOrganizationId('ki-rkn');

export const CASE_MANAGER: Identity = {
  subject: 'cm-rheine-1',
  organizationId: KIM_RHEINE,
  roles: ['CASE_MANAGER'],
  ags: ['05566076'],
};
/** A colleague of CASE_MANAGER in the same organisation. */
export const CASE_MANAGER_2: Identity = {
  subject: 'cm-rheine-2',
  organizationId: KIM_RHEINE,
  roles: ['CASE_MANAGER'],
  ags: ['05566076'],
};
/** A case manager of the same organisation whose area also reaches the Rhein-Kreis Neuss. */
export const CASE_MANAGER_TWO_KREISE: Identity = {
  subject: 'cm-rheine-3',
  organizationId: KIM_RHEINE,
  roles: ['CASE_MANAGER'],
  ags: ['05566', '05162'],
};
export const JMD_WORKER: Identity = {
  subject: 'jmd-rheine-1',
  organizationId: JMD_RHEINE,
  roles: ['PROVIDER'],
  ags: ['05566076'],
};
/** A case manager of the JMD Rheine: another organisation than the one managing the test persons. */
export const JMD_CASE_MANAGER: Identity = {
  subject: 'jmd-rheine-cm',
  organizationId: JMD_RHEINE,
  roles: ['CASE_MANAGER'],
  ags: ['05566076'],
};
export const DPO: Identity = { subject: 'dpo-1', organizationId: null, roles: ['DATA_PROTECTION_OFFICER'], ags: [] };
export const ADMIN: Identity = { subject: 'test-admin', organizationId: null, roles: ['ADMIN'], ags: [] };

/** A case manager of an organisation (the demo persons are managed by several). */
export function caseManagerOf(organizationId: string, ags: string[] = ['05566', '05162']): Identity {
  return { subject: `cm-${organizationId.slice(0, 8)}`, organizationId, roles: ['CASE_MANAGER'], ags };
}

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
  as: Identity = CASE_MANAGER,
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
