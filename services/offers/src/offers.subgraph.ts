import type { SubgraphDefinition } from '@gk/shared';
import { loadOffersDemoData } from './demo/offers.demo';
import { Enrollment } from './enrollment/enrollment.entity';
import { offersMigrations } from './migrations';
import { Offer } from './offer/offer.entity';
import { createOffersScope, type OffersScope } from './offers.context';
import { buildOffersSchema } from './offers.schema';

/** The offers subgraph as the platform runs it: the providers' slice. */
export const offersSubgraph: SubgraphDefinition<OffersScope> = {
  name: 'offers',
  entities: [Offer, Enrollment],
  migrations: offersMigrations,
  buildSchema: buildOffersSchema,
  createScope: createOffersScope,
  loadDemoData: loadOffersDemoData,
};
