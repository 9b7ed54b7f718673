import type { Actor } from '@gk/shared';

export { actorOf, type Actor } from '@gk/shared';

/** Audit columns for a new row. */
export function createdBy(actor: Actor) {
  return {
    createdBy: actor.subject,
    createdByOrg: actor.organizationId,
    updatedBy: actor.subject,
    updatedByOrg: actor.organizationId,
  };
}

/** Audit columns for a changed row; `updated_at` is set by the entity's update date column. */
export function updatedBy(actor: Actor) {
  return { updatedBy: actor.subject, updatedByOrg: actor.organizationId };
}
