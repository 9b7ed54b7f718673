import DataLoader from 'dataloader';
import { auditEntriesForPersons, type DataAccessRecord, type Identity } from '@gk/shared';
import type { DataSource } from 'typeorm';
import { createConsentLoaders } from './consent/consent.loader';
import { createFiguresLoaders } from './figures/figures.loader';
import { createHistoryLoaders } from './history/person-event.loader';
import { createIndicatorsLoaders } from './indicators/indicators.loader';
import { createNeedLoaders } from './need/need.loader';
import { createPersonLoaders } from './person/person.loader';
import { createReferralLoaders } from './referral/referral.loader';
import { createSituationLoaders } from './situation/situation.loader';
import type { PersonsSettings } from './persons.context';
import type { PersonsStore } from './persons.store';

/** The DataLoaders of one request: one statement per kind of read for everything a response asks. */
export function createPersonsLoaders(
  dataSource: DataSource,
  store: PersonsStore,
  identity: Identity,
  settings: PersonsSettings,
) {
  return {
    persons: createPersonLoaders(store.read),
    situation: createSituationLoaders(store.read),
    needs: createNeedLoaders(store.read),
    consents: createConsentLoaders(store.read),
    referrals: createReferralLoaders(store.read),
    history: createHistoryLoaders(store.read),
    figures: createFiguresLoaders(store.read, identity.organizationId),
    indicators: createIndicatorsLoaders(dataSource, settings.suppressionThreshold, identity.organizationId),
    /** Who read or changed a person's data (GDPR Art. 15): one statement for all persons a request asks about. */
    accessLog: new DataLoader<string, DataAccessRecord[]>((personIds) => auditEntriesForPersons(dataSource, personIds)),
  };
}

export type PersonsLoaders = ReturnType<typeof createPersonsLoaders>;
