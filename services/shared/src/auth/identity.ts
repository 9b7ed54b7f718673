/** Roles of the hub; the identity issue defines what each may see. */
export const ROLES = ['CASE_MANAGER', 'PROVIDER', 'CORE_GROUP', 'FINANCE', 'NETWORK_COORDINATOR', 'DATA_PROTECTION_OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as verified by the gateway and handed to every subgraph. */
export interface Identity {
  /** Subject of the user's token (a pseudonymous user id of the identity provider). */
  subject: string;
  organizationId: string | null;
  roles: Role[];
  /** Municipalities (AGS) in the user's scope. */
  ags: string[];
}

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((r) => roles.includes(r));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
