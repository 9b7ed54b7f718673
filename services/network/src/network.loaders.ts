import { createAgreementLoaders } from './agreement/agreement.loader';
import { createAllianceLoaders } from './alliance/alliance.loader';
import { createCoreGroupLoaders } from './core-group/core-group.loader';
import type { NetworkRepositories } from './network.store';
import { createForumLoaders } from './forum/forum.loader';
import { createMunicipalityLoaders } from './municipality/municipality.loader';
import { createOrganizationLoaders } from './organization/organization.loader';
import { createPriorityLoaders } from './priority/priority.loader';
import { createStandingTaskLoaders } from './standing-task/standing-task.loader';

/** One DataLoader per relation and per entity reference, made anew for every request. */
export function createNetworkLoaders(repositories: NetworkRepositories) {
  return {
    municipalities: createMunicipalityLoaders(repositories.municipalities),
    organizations: createOrganizationLoaders(repositories.organizations),
    alliances: createAllianceLoaders(repositories.alliances),
    coreGroup: createCoreGroupLoaders(repositories.coreGroup),
    forums: createForumLoaders(repositories.forums),
    priorities: createPriorityLoaders(repositories.priorities),
    agreements: createAgreementLoaders(repositories.agreements),
    standingTasks: createStandingTaskLoaders(repositories.standingTasks),
  };
}

export type NetworkLoaders = ReturnType<typeof createNetworkLoaders>;
