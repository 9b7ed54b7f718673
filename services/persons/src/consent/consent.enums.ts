import { registerEnumType } from 'type-graphql';

/** What shared data may be used for; a consent names one or more. Referrals name one too. */
export enum PersonDataPurpose {
  COUNSELLING = 'COUNSELLING',
  REFERRAL = 'REFERRAL',
  ENROLLMENT = 'ENROLLMENT',
  REPORTING = 'REPORTING',
}

registerEnumType(PersonDataPurpose, {
  name: 'PersonDataPurpose',
  description: "Purpose for which a person's data may go to another organisation.",
  valuesConfig: {
    COUNSELLING: { description: 'Counselling of the person by the receiving organisation.' },
    REFERRAL: { description: 'Handing the case over so that the receiving organisation takes it up.' },
    ENROLLMENT: { description: 'Enrolling the person in an offer of the receiving organisation.' },
    REPORTING: { description: 'Reporting (for example to a funding body) by the receiving organisation.' },
  },
});

export enum PersonConsentLegalBasis {
  CONSENT = 'CONSENT',
  SGB_X_69 = 'SGB_X_69',
  OTHER_STATUTE = 'OTHER_STATUTE',
}

registerEnumType(PersonConsentLegalBasis, {
  name: 'PersonConsentLegalBasis',
  description: 'What allows the data to go to the receiving organisation.',
  valuesConfig: {
    CONSENT: {
      description:
        "The person's written consent (Art. 6(1)(a), 9(2)(a) GDPR, §67b SGB X); needs an evidence " +
        'reference and the notice version.',
    },
    SGB_X_69: { description: 'Transfer between public social agencies for their statutory tasks (§69 SGB X).' },
    OTHER_STATUTE: { description: 'Another statutory basis, named in the evidence reference.' },
  },
});
