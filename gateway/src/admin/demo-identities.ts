import { type Role } from '@gk/shared';
import { DEMO_MUNICIPALITIES, DEMO_ORGANIZATIONS, demoOrganizationId } from '@gk/fixtures';

/** A demo identity the development sign-in page offers: one per role, as the README's token commands. */
export interface DemoIdentity {
  key: string;
  role: Role;
  subject: string;
  organizationId: string | null;
  organizationName: string | null;
  ags: string[];
  /** Names of the municipalities in scope, for the sign-in page. */
  areaNames: string[];
}

const demoIdentity = (key: string, role: Role, organizationKey: string | null, ags: string[]): DemoIdentity => {
  const organization = organizationKey ? DEMO_ORGANIZATIONS.find((o) => o.key === organizationKey) : undefined;
  if (organizationKey && !organization) throw new Error(`unknown demo organisation ${organizationKey}`);
  return {
    key,
    role,
    subject: `demo-${key}`,
    organizationId: organization ? demoOrganizationId(organization.key) : null,
    organizationName: organization?.name ?? null,
    ags,
    areaNames: ags.map((a) => DEMO_MUNICIPALITIES.find((m) => m.ags === a)?.name ?? a),
  };
};

/**
 * The identities of the README's token commands, plus a second case management (the
 * Jugendmigrationsdienst Rheine) so consent between two agencies can be tried. A fixed list, never
 * claims chosen by the caller: the development endpoint signs nothing else.
 */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  demoIdentity('case-manager-rheine', 'CASE_MANAGER', 'kim-rheine', ['05566076']),
  demoIdentity('case-manager-jmd-rheine', 'CASE_MANAGER', 'jmd-rheine', ['05566076']),
  demoIdentity('provider-vhs-rheine', 'PROVIDER', 'vhs-rheine', []),
  demoIdentity('core-group', 'CORE_GROUP', null, ['05566', '05162']),
  demoIdentity('finance-rheine', 'FINANCE', null, ['05566076']),
  demoIdentity('network-coordinator-neuss', 'NETWORK_COORDINATOR', null, ['05162']),
  demoIdentity('data-protection-officer', 'DATA_PROTECTION_OFFICER', null, []),
  demoIdentity('admin', 'ADMIN', null, []),
];
