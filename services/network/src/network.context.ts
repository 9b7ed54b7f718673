import type { DataSource } from 'typeorm';
import {
  type Actor,
  actorOf,
  type Identity,
  type RequestScope,
  type ScopeRequest,
  type SubgraphContext,
} from '@gk/shared';
import { NetworkAccess } from './access/network-access';
import { AgreementService } from './agreement/agreement.service';
import { AllianceService } from './alliance/alliance.service';
import { CoreGroupService } from './core-group/core-group.service';
import { CoverageService } from './coverage/coverage.service';
import { ForumService } from './forum/forum.service';
import { IndicatorsService } from './indicators/indicators.service';
import { MunicipalityService } from './municipality/municipality.service';
import { createNetworkLoaders, type NetworkLoaders } from './network.loaders';
import { createNetworkStore, type NetworkStore } from './network.store';
import { OrganizationService } from './organization/organization.service';
import { PriorityService } from './priority/priority.service';
import { StandingTaskService } from './standing-task/standing-task.service';

/** What every service of a request works with: the store, the request's loaders, the caller's rules and stamp. */
export interface NetworkServiceDeps {
  store: NetworkStore;
  loaders: NetworkLoaders;
  /** The caller's access rules, checked by every write and every restricted read. */
  access: NetworkAccess;
  /** Who a write is stamped with. */
  actor: Actor;
}

function createNetworkServices(deps: NetworkServiceDeps) {
  return {
    municipalities: new MunicipalityService(deps),
    organizations: new OrganizationService(deps),
    alliances: new AllianceService(deps),
    coreGroup: new CoreGroupService(deps),
    forums: new ForumService(deps),
    priorities: new PriorityService(deps),
    agreements: new AgreementService(deps),
    standingTasks: new StandingTaskService(deps),
    coverage: new CoverageService(deps),
    indicators: new IndicatorsService(deps),
  };
}

export type NetworkServices = ReturnType<typeof createNetworkServices>;
export type NetworkScope = RequestScope<NetworkLoaders, NetworkServices, NetworkAccess>;
export type NetworkContext = SubgraphContext<NetworkScope>;

/** Everything one request of the network subgraph may use, made anew for every request. */
export function createNetworkScope(dataSource: DataSource, identity: Identity, request: ScopeRequest): NetworkScope {
  const store = createNetworkStore(dataSource, request.audit);
  const loaders = createNetworkLoaders(store.read);
  const access = new NetworkAccess(identity);
  const services = createNetworkServices({ store, loaders, access, actor: actorOf(identity) });
  return { loaders, services, access };
}
