import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { NetworkAccess } from './access/network-access';
import { AgreementService } from './agreement/agreement.service';
import { AllianceService } from './alliance/alliance.service';
import { actorOf } from './common/actor';
import type { ServiceDeps } from './common/service-deps';
import { CoreGroupService } from './core-group/core-group.service';
import { CoverageService } from './coverage/coverage.service';
import { NetworkStore } from './database/network-store';
import { ForumService } from './forum/forum.service';
import { IndicatorsService } from './indicators/indicators.service';
import { MunicipalityService } from './municipality/municipality.service';
import { createNetworkLoaders } from './network.loaders';
import { OrganizationService } from './organization/organization.service';
import { PriorityService } from './priority/priority.service';
import { StandingTaskService } from './standing-task/standing-task.service';

/** Everything one request of the network subgraph may use: loaders and services, made per request. */
export function createNetworkScope(dataSource: DataSource, identity: Identity) {
  const store = new NetworkStore(dataSource);
  const loaders = createNetworkLoaders(store.read);
  const deps: ServiceDeps = { store, loaders, identity, access: new NetworkAccess(identity), actor: actorOf(identity) };
  const alliances = new AllianceService(deps);
  const coverage = new CoverageService(deps);
  return {
    loaders,
    access: deps.access,
    municipalities: new MunicipalityService(deps),
    organizations: new OrganizationService(deps),
    alliances,
    coreGroup: new CoreGroupService(deps),
    forums: new ForumService(deps),
    priorities: new PriorityService(deps),
    agreements: new AgreementService(deps),
    standingTasks: new StandingTaskService(deps),
    coverage,
    indicators: new IndicatorsService(deps, alliances, coverage),
  };
}

export type NetworkScope = ReturnType<typeof createNetworkScope>;
export type NetworkContext = SubgraphContext<NetworkScope>;
