import { registerEnumType } from 'type-graphql';

export enum PersonReferralStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PersonReferralStatus, {
  name: 'PersonReferralStatus',
  description:
    'Lifecycle of a referral: REQUESTED, then ACCEPTED or DECLINED; an accepted one ends ' +
    'COMPLETED or CANCELLED; a requested one may be CANCELLED.',
  valuesConfig: {
    REQUESTED: { description: 'Sent, not answered yet.' },
    ACCEPTED: { description: 'The receiving side took the person on.' },
    DECLINED: { description: 'The receiving side declined; the reason says why. Final.' },
    COMPLETED: { description: 'Done as intended. Final.' },
    CANCELLED: { description: 'Called off before completion; the reason says why. Final.' },
  },
});

export enum PersonReferralAnswer {
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(PersonReferralAnswer, {
  name: 'PersonReferralAnswer',
  description: "The receiving side's answer to a requested referral.",
  valuesConfig: {
    ACCEPTED: { description: 'Take the person on.' },
    DECLINED: { description: 'Decline; a reason is required.' },
  },
});

export enum PersonReferralConclusion {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PersonReferralConclusion, {
  name: 'PersonReferralConclusion',
  description: 'How a referral ends.',
  valuesConfig: {
    COMPLETED: { description: 'Done as intended (only after it was accepted).' },
    CANCELLED: { description: 'Called off (while requested or accepted); a reason is required.' },
  },
});
