import type { SubgraphDefinition } from '@gk/shared';
import { loadOffersConfig, offersOptions } from './config/offers.config';
import { loadOffersDemoData } from './demo/offers.demo';
import { Enrollment } from './enrollment/enrollment.entity';
import { offersMigrations } from './migrations';
import { Offer } from './offer/offer.entity';
import { createOffersScope, type OffersScope } from './offers.context';
import { OFFERS_ERROR_CODES } from './offers.errors';
import type { OffersOptions } from './offers.options';
import { buildOffersSchema } from './offers.schema';
import { QualityReview } from './quality-review/quality-review.entity';

/** The offers subgraph as the platform runs it: the providers' slice, with its settings. */
export function createOffersSubgraph(options: OffersOptions): SubgraphDefinition<OffersScope> {
  return {
    name: 'offers',
    entities: [Offer, Enrollment, QualityReview],
    migrations: offersMigrations,
    buildSchema: buildOffersSchema,
    createScope: (dataSource, identity, request) => createOffersScope(dataSource, identity, request, options),
    loadDemoData: loadOffersDemoData,
    errorCodes: OFFERS_ERROR_CODES,
  };
}

/** With the default settings, for the compose command and tests. */
export const offersSubgraph = createOffersSubgraph(offersOptions(loadOffersConfig({})));
