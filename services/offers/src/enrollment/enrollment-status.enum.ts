import { registerEnumType } from 'type-graphql';

export enum EnrollmentStatus {
  APPLIED = 'APPLIED',
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Where a person stands in an offer (Teilnahme).',
  valuesConfig: {
    APPLIED: { description: 'Applied; no seat taken yet.' },
    ENROLLED: { description: 'Takes part; holds a seat.' },
    COMPLETED: { description: 'Finished the offer.' },
    DROPPED_OUT: { description: 'Left the offer before its end.' },
    REJECTED: { description: 'The provider turned the application down.' },
    WITHDRAWN: { description: 'The person or their case manager withdrew the application or enrollment.' },
  },
});
