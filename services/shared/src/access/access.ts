import { ForbiddenError } from '../errors/domain-error';
import type { Identity, Role } from '../auth/identity';
import { agsInScope } from '../auth/identity';

/*
 * The permission vocabulary of every subgraph. A refusal names the action (the operation or field, as
 * the client wrote it) and what it needs or is limited to, never a person or a value: it is safe to
 * send to the client and to log. Two forms only:
 *   "<action> needs <what the caller lacks>."           (a role, an organisation, a consent)
 *   "<action> is limited to <the reach the caller has>." (own organisation, areas in scope)
 */

/** "<action> needs <what>.": the caller lacks a role, an organisation or a consent. */
export function needs(action: string, what: string): ForbiddenError {
  return new ForbiddenError(`${action} needs ${what}.`);
}

/** "<action> is limited to <reach>.": the caller may do it, but not here. */
export function limitedTo(action: string, reach: string): ForbiddenError {
  return new ForbiddenError(`${action} is limited to ${reach}.`);
}

/** Refuses unless the user holds one of the roles. */
export function requireRole(identity: Identity, roles: readonly Role[], action: string): void {
  if (!identity.roles.some((r) => roles.includes(r))) throw needs(action, `one of the roles ${roles.join(', ')}`);
}

/** Refuses unless the municipality (or its Kreis) is in the user's scope. */
export function requireAgsInScope(identity: Identity, ags: string, action: string): void {
  if (!agsInScope(identity, ags)) throw limitedTo(action, 'the municipalities in your scope');
}

/** Refuses unless the user acts for the given organisation. */
export function requireOwnOrganization(
  identity: Identity,
  organizationId: string | null | undefined,
  action: string,
): void {
  if (!identity.organizationId || identity.organizationId !== organizationId)
    throw limitedTo(action, 'your own organisation');
}

/** The gateway's own identity for system work such as erasure sweeps; never issued to a user. */
export const SYSTEM_SUBJECT = 'system:gateway';

export function isSystem(identity: Identity): boolean {
  return identity.subject === SYSTEM_SUBJECT;
}

/** Refuses everyone but the gateway's system identity (erasure sweeps, enrollment facts). */
export function requireSystem(identity: Identity, action: string): void {
  if (!isSystem(identity)) throw limitedTo(action, "the gateway's system identity");
}
