import { registerEnumType } from 'type-graphql';

/** What an offer leads to. */
export enum OfferTargetOutcome {
  HAUPTSCHULABSCHLUSS = 'HAUPTSCHULABSCHLUSS',
  FACHOBERSCHULREIFE = 'FACHOBERSCHULREIFE',
  VOCATIONAL_QUALIFICATION = 'VOCATIONAL_QUALIFICATION',
  LANGUAGE_LEVEL = 'LANGUAGE_LEVEL',
  TRAINING_PLACE = 'TRAINING_PLACE',
  EMPLOYMENT = 'EMPLOYMENT',
  STABILISATION = 'STABILISATION',
}

registerEnumType(OfferTargetOutcome, {
  name: 'OfferTargetOutcome',
  description: 'The result an offer aims at.',
  valuesConfig: {
    HAUPTSCHULABSCHLUSS: { description: 'Hauptschulabschluss (after class 9 or 10).' },
    FACHOBERSCHULREIFE: { description: 'Fachoberschulreife (mittlerer Schulabschluss).' },
    VOCATIONAL_QUALIFICATION: { description: 'A vocational qualification or a certified part of one.' },
    LANGUAGE_LEVEL: { description: 'A German language level; the level is given in `targetGermanLevel`.' },
    TRAINING_PLACE: { description: 'Entry into vocational training (Ausbildung).' },
    EMPLOYMENT: { description: 'Employment.' },
    STABILISATION: {
      description:
        'Stabilisation and orientation (counselling, mentoring, youth welfare) as the ground for a next step.',
    },
  },
});
