import type { Identity } from '@gk/shared';

/** Who did a write, as stored on every row this subgraph writes. */
export interface Actor {
  subject: string;
  organizationId: string | null;
}

export function actorOf(identity: Identity): Actor {
  return { subject: identity.subject, organizationId: identity.organizationId };
}
