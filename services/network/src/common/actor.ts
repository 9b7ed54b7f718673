import type { Identity } from '@gk/shared';

/** Who performs a write, as recorded on every row they create or change. */
export interface Actor {
  subject: string;
  organizationId: string | null;
}

export function actorOf(identity: Identity): Actor {
  return { subject: identity.subject, organizationId: identity.organizationId };
}

/** Audit columns for a new row. */
export function createdBy(actor: Actor) {
  return { createdBy: actor.subject, createdByOrg: actor.organizationId, updatedBy: actor.subject, updatedByOrg: actor.organizationId };
}

/** Audit columns for a changed row; `updated_at` is set by the entity's update date column. */
export function updatedBy(actor: Actor) {
  return { updatedBy: actor.subject, updatedByOrg: actor.organizationId };
}
