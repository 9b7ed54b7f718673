import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { AgreementResolver } from './agreement/agreement.resolver';
import { AllianceResolver, allianceReference } from './alliance/alliance.resolver';
import { CoreGroupResolver } from './core-group/core-group.resolver';
import { ForumResolver } from './forum/forum.resolver';
import {
  AreaIndicatorsResolver,
  areaIndicatorsReference,
  MunicipalityIndicatorsResolver,
} from './indicators/indicators.resolver';
import { MunicipalityResolver, municipalityReference } from './municipality/municipality.resolver';
import { OrganizationResolver, organizationReference } from './organization/organization.resolver';
import { PriorityResolver } from './priority/priority.resolver';
import { StandingTaskResolver } from './standing-task/standing-task.resolver';

export function buildNetworkSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      MunicipalityResolver,
      OrganizationResolver,
      AllianceResolver,
      CoreGroupResolver,
      ForumResolver,
      PriorityResolver,
      AgreementResolver,
      StandingTaskResolver,
      MunicipalityIndicatorsResolver,
      AreaIndicatorsResolver,
    ],
    referenceResolvers: {
      Municipality: municipalityReference,
      Organization: organizationReference,
      Alliance: allianceReference,
      AreaIndicators: areaIndicatorsReference,
    },
  });
}
