import type { DataSource, EntityManager } from 'typeorm';
import { AgreementRepository } from '../agreement/agreement.repository';
import { AllianceRepository } from '../alliance/alliance.repository';
import { CoreGroupRepository } from '../core-group/core-group.repository';
import { ForumRepository } from '../forum/forum.repository';
import { MunicipalityRepository } from '../municipality/municipality.repository';
import { OrganizationRepository } from '../organization/organization.repository';
import { PriorityRepository } from '../priority/priority.repository';
import { StandingTaskRepository } from '../standing-task/standing-task.repository';

export function createRepositories(manager: EntityManager) {
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

export type NetworkRepositories = ReturnType<typeof createRepositories>;

/** The network database: repositories for reads, and transactions in which every write runs whole or not at all. */
export class NetworkStore {
  readonly read: NetworkRepositories;

  constructor(private readonly dataSource: DataSource) {
    this.read = createRepositories(dataSource.manager);
  }

  write<T>(work: (repositories: NetworkRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(createRepositories(manager)));
  }
}
