import type { SubgraphDefinition } from '@gk/shared';
import { AgreementParty } from './agreement/agreement-party.entity';
import { ProcedureAgreement } from './agreement/agreement.entity';
import { Alliance } from './alliance/alliance.entity';
import { CoreGroupMembership } from './core-group/core-group-membership.entity';
import { loadNetworkDemoData } from './demo/network.demo';
import { ForumParticipant } from './forum/forum-participant.entity';
import { AllianceForum } from './forum/forum.entity';
import { networkMigrations } from './migrations';
import { Municipality } from './municipality/municipality.entity';
import { createNetworkScope, type NetworkScope } from './network.context';
import { NETWORK_ERROR_CODES } from './network.errors';
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
  errorCodes: NETWORK_ERROR_CODES,
};
