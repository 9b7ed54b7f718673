import { registerEnumType } from 'type-graphql';

/** Lifecycle of an offer: PLANNED -> OPEN -> RUNNING -> FINISHED, or CANCELLED from any state before FINISHED. */
export enum OfferStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

/** States in which an offer takes applications and enrollments (late entry into a running offer is common). */
export const OFFER_STATUSES_TAKING_ENROLLMENTS: readonly OfferStatus[] = [OfferStatus.OPEN, OfferStatus.RUNNING];
/** States in which an offer counts as supply (seat figures, gaps). */
export const OFFER_STATUSES_OF_SUPPLY: readonly OfferStatus[] = [
  OfferStatus.PLANNED,
  OfferStatus.OPEN,
  OfferStatus.RUNNING,
];

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'Where an offer stands in its lifecycle: planned, open for enrollment, running, finished or cancelled.',
  valuesConfig: {
    PLANNED: { description: 'Planned; visible, but not yet taking enrollments.' },
    OPEN: { description: 'Open: takes applications and enrollments.' },
    RUNNING: { description: 'Running; still takes applications and enrollments while seats are free (late entry).' },
    FINISHED: { description: 'Finished; outcomes can still be recorded, no new enrollments.' },
    CANCELLED: {
      description: 'Cancelled; takes no enrollments. Its open applications and enrollments were withdrawn.',
    },
  },
});
