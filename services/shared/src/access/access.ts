import { ForbiddenError } from '../errors/domain-error';
import type { Identity, Role } from '../auth/identity';
import { agsInScope } from '../auth/identity';

/**
 * Refuses unless the user holds one of the roles. The message names the roles that may, never a
 * person or a value: it is safe to send to the client and to log.
 */
export function requireRole(identity: Identity, roles: readonly Role[], action: string): void {
  if (!identity.roles.some((r) => roles.includes(r))) {
    throw new ForbiddenError(`${action} needs one of the roles ${roles.join(', ')}.`);
  }
}

/** Refuses unless the municipality (or its Kreis) is in the user's scope. */
export function requireAgsInScope(identity: Identity, ags: string, action: string): void {
  if (!agsInScope(identity, ags)) throw new ForbiddenError(`${action} is limited to the municipalities in your scope.`);
}

/** Refuses unless the user acts for the given organisation. */
export function requireOwnOrganization(identity: Identity, organizationId: string | null | undefined, action: string): void {
  if (!identity.organizationId || identity.organizationId !== organizationId) {
    throw new ForbiddenError(`${action} is limited to your own organisation.`);
  }
}

/** The gateway's own identity for system work such as erasure sweeps; never issued to a user. */
export const SYSTEM_SUBJECT = 'system:gateway';

export function isSystem(identity: Identity): boolean {
  return identity.subject === SYSTEM_SUBJECT;
}
