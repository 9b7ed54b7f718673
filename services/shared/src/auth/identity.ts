import { agsInArea } from '../ags/ags';

/** Roles of the hub; each one's reach is written down in the README's access table. */
export const ROLES = [
  'CASE_MANAGER',
  'PROVIDER',
  'CORE_GROUP',
  'FINANCE',
  'NETWORK_COORDINATOR',
  'DATA_PROTECTION_OFFICER',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** Why personal data is processed; consent is given per receiving organisation and purpose. */
export const PURPOSES = ['COUNSELLING', 'REFERRAL', 'ENROLLMENT', 'REPORTING'] as const;
export type Purpose = (typeof PURPOSES)[number];

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && (PURPOSES as readonly string[]).includes(value);
}

/** Who is asking, as verified by the gateway and handed to every subgraph. */
export interface Identity {
  /** Subject of the user's token (a pseudonymous user id of the identity provider). */
  subject: string;
  organizationId: string | null;
  roles: Role[];
  /** Municipalities (AGS) in the user's scope. */
  ags: string[];
  /** The purpose the client declared for this request (header `X-Purpose`), if any. */
  purpose?: Purpose | null;
}

/**
 * Whether a municipality lies in the user's scope: named itself, or its Kreis is (a Kreis AGS is
 * the first five digits of its members' AGS).
 */
export function agsInScope(identity: Pick<Identity, 'ags'>, ags: string): boolean {
  return identity.ags.some((area) => agsInArea(area, ags));
}

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((r) => roles.includes(r));
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
