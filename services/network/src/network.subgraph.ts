import type { SubgraphDefinition } from '@gk/shared';
import { AgreementParty } from './agreement/agreement-party.entity';
import { ProcedureAgreement } from './agreement/agreement.entity';
import { Alliance } from './alliance/alliance.entity';
import { ALLIANCE_EXISTS } from './alliance/alliance.service';
import { CoreGroupMembership } from './core-group/core-group-membership.entity';
import { CORE_GROUP_OVERLAP, MEMBERSHIP_ALREADY_ENDED } from './core-group/core-group.service';
import { loadNetworkDemoData } from './demo/network.demo';
import { ForumParticipant } from './forum/forum-participant.entity';
import { AllianceForum } from './forum/forum.entity';
import { networkMigrations } from './migrations';
import { Municipality } from './municipality/municipality.entity';
import { createNetworkScope, type NetworkScope } from './network.context';
import { buildNetworkSchema } from './network.schema';
import { Organization } from './organization/organization.entity';
import { AlliancePriority } from './priority/priority.entity';
import { AllianceStandingTask } from './standing-task/standing-task.entity';

/** The network subgraph as the platform runs it: the alliance lead office's slice. */
export const networkSubgraph: SubgraphDefinition<NetworkScope> = {
  name: 'network',
  entities: [
    Municipality,
    Organization,
    Alliance,
    CoreGroupMembership,
    AllianceForum,
    ForumParticipant,
    AlliancePriority,
    ProcedureAgreement,
    AgreementParty,
    AllianceStandingTask,
  ],
  migrations: networkMigrations,
  buildSchema: buildNetworkSchema,
  createScope: createNetworkScope,
  loadDemoData: loadNetworkDemoData,
  errorCodes: [ALLIANCE_EXISTS, CORE_GROUP_OVERLAP, MEMBERSHIP_ALREADY_ENDED],
};
