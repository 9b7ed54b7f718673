import type { Identity } from './identity';

/** Who made a change, as the verified identity names them; every write stores it. */
export interface Actor {
  subject: string;
  organizationId: string | null;
}

export function actorOf(identity: Identity): Actor {
  return { subject: identity.subject, organizationId: identity.organizationId };
}
