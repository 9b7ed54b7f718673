import type { SubgraphDefinition } from '@gk/shared';
import { PERSONS_ERROR_CODES } from './persons.errors';
import { loadPersonsConfig, type PersonsConfig } from './config/persons.config';
import { PersonConsent } from './consent/consent.entity';
import { loadPersonsDemoData } from './demo/persons.demo';
import { PersonHistoryEntry } from './history/person-event.entity';
import { personsMigrations } from './migrations';
import { PersonNeed } from './need/need.entity';
import { Person } from './person/person.entity';
import { createPersonsScope, type PersonsScope, type PersonsSettings } from './persons.context';
import { buildPersonsSchema } from './persons.schema';
import { PersonReferral } from './referral/referral.entity';
import { PersonErasureRequest } from './erasure/erasure-request.entity';
import { PersonBenefitRegimePeriod } from './situation/benefit-regime-period.entity';
import { PersonResidenceStatusPeriod } from './situation/residence-status-period.entity';

/** The persons subgraph as the platform runs it: the case management's slice, with its settings. */
export function createPersonsSubgraph(settings: PersonsSettings | PersonsConfig): SubgraphDefinition<PersonsScope> {
  const { pseudonymKey, maxPageSize, erasurePeers, suppressionThreshold } = settings;
  return {
    name: 'persons',
    entities: [
      Person,
      PersonResidenceStatusPeriod,
      PersonBenefitRegimePeriod,
      PersonNeed,
      PersonConsent,
      PersonReferral,
      PersonHistoryEntry,
      PersonErasureRequest,
    ],
    migrations: personsMigrations,
    buildSchema: buildPersonsSchema,
    createScope: (dataSource, identity, request) =>
      createPersonsScope(dataSource, identity, request, {
        pseudonymKey,
        maxPageSize,
        erasurePeers,
        suppressionThreshold,
      }),
    loadDemoData: loadPersonsDemoData,
    errorCodes: PERSONS_ERROR_CODES,
  };
}

/** The subgraph with default settings, for the compose command (which needs only its schema) and tests. */
export const personsSubgraph = createPersonsSubgraph(loadPersonsConfig({}));
