import { agsInScope, hasRole, type Identity, type Role, requireAgsInScope, requireRole } from '@gk/shared';

/** Who may read the names and positions of core-group representatives (staff contacts). */
export const STAFF_NAME_READERS: readonly Role[] = ['NETWORK_COORDINATOR', 'CORE_GROUP', 'ADMIN'];

/** Who may register and change organisations; a coordinator only within their municipalities. */
export const ORGANIZATION_WRITERS: readonly Role[] = ['NETWORK_COORDINATOR', 'ADMIN'];

/** Who may build and run alliances, always within the alliance's lead municipality. */
export const ALLIANCE_WRITERS: readonly Role[] = ['NETWORK_COORDINATOR'];

export const REGISTER_ORGANIZATION = 'Registering an organisation';
export const UPDATE_ORGANIZATION = 'Changing an organisation';
export const CHANGE_ALLIANCE = 'Changing an alliance';
export const READ_INDICATORS = "Reading the core group's indicators";

/** Who may read the indicators: aggregates for the municipalities in scope are the core group's. */
export const INDICATOR_READERS: readonly Role[] = ['CORE_GROUP'];

/**
 * The network's access rules. Reads of reference data are open to every authenticated role; writes
 * are checked in two steps: the role before anything is read, the municipality once the row is known.
 */
export class NetworkAccess {
  constructor(private readonly identity: Identity) {}

  requireStaffNames(field: string): void {
    requireRole(this.identity, STAFF_NAME_READERS, `Reading ${field}`);
  }

  requireOrganizationWriter(action: string): void {
    requireRole(this.identity, ORGANIZATION_WRITERS, action);
  }

  /** An administrator works across the state; a coordinator only where the organisation is based. */
  requireOrganizationIn(ags: string, action: string): void {
    if (hasRole(this.identity, 'ADMIN')) return;
    requireAgsInScope(this.identity, ags, action);
  }

  requireAllianceWriter(): void {
    requireRole(this.identity, ALLIANCE_WRITERS, CHANGE_ALLIANCE);
  }

  /** The alliance's lead municipality (a Kreis spans its members) must be in the coordinator's scope. */
  requireAllianceLeadIn(leadAgs: string): void {
    requireAgsInScope(this.identity, leadAgs, CHANGE_ALLIANCE);
  }

  /** Indicators are the core group's, and of an area only when it is in scope (leave `ags` out to check the role). */
  requireIndicatorReader(ags?: string): void {
    requireRole(this.identity, INDICATOR_READERS, READ_INDICATORS);
    if (ags !== undefined) requireAgsInScope(this.identity, ags, READ_INDICATORS);
  }

  /** Whether an area (or its Kreis) is in the caller's scope: lists of areas are cut to it. */
  inScope(ags: string): boolean {
    return agsInScope(this.identity, ags);
  }
}
