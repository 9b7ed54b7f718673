import { type ConstraintErrors, type RequestAudit, Store } from '@gk/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AgreementRepository } from './agreement/agreement.repository';
import { AllianceRepository } from './alliance/alliance.repository';
import { CoreGroupRepository } from './core-group/core-group.repository';
import { ForumRepository } from './forum/forum.repository';
import { MunicipalityRepository } from './municipality/municipality.repository';
import { allianceExists, coreGroupOverlap } from './network.errors';
import { OrganizationRepository } from './organization/organization.repository';
import { PriorityRepository } from './priority/priority.repository';
import { StandingTaskRepository } from './standing-task/standing-task.repository';

/** Every repository of the network database, bound to one connection or transaction. */
export function repositoriesOf(manager: EntityManager) {
  return {
    municipalities: new MunicipalityRepository(manager),
    organizations: new OrganizationRepository(manager),
    alliances: new AllianceRepository(manager),
    coreGroup: new CoreGroupRepository(manager),
    forums: new ForumRepository(manager),
    priorities: new PriorityRepository(manager),
    agreements: new AgreementRepository(manager),
    standingTasks: new StandingTaskRepository(manager),
  };
}

export type NetworkRepositories = ReturnType<typeof repositoriesOf>;
export type NetworkStore = Store<NetworkRepositories>;

/**
 * The constraints a concurrent write can still hit after the service checked the same rule: each
 * becomes the domain error the service gives itself, never an internal error.
 */
export const NETWORK_CONSTRAINTS: ConstraintErrors = {
  alliance_lead_programme_key: allianceExists,
  core_group_membership_no_overlap: coreGroupOverlap,
};

/** The network database for one request: reads, and writes that land whole with their audit entries. */
export function createNetworkStore(dataSource: DataSource, audit: RequestAudit): NetworkStore {
  return new Store(dataSource, { repositories: repositoriesOf, audit, constraints: NETWORK_CONSTRAINTS });
}
