import { registerEnumType } from 'type-graphql';

/** What a person needs (Bedarf). Shared: persons records needs, offers and analytics match them to offers. */
export enum NeedCategory {
  LANGUAGE = 'LANGUAGE',
  SCHOOL_DEGREE = 'SCHOOL_DEGREE',
  VOCATIONAL_PREPARATION = 'VOCATIONAL_PREPARATION',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  EMPLOYMENT = 'EMPLOYMENT',
  RESIDENCE_COUNSELLING = 'RESIDENCE_COUNSELLING',
  HOUSING = 'HOUSING',
  HEALTH = 'HEALTH',
  CHILDCARE = 'CHILDCARE',
  MENTORING = 'MENTORING',
  OTHER = 'OTHER',
}

registerEnumType(NeedCategory, {
  name: 'NeedCategory',
  description: 'Category of a need (Bedarf) recorded for a person.',
  valuesConfig: {
    LANGUAGE: { description: 'German language.' },
    SCHOOL_DEGREE: { description: 'A school degree (Hauptschulabschluss, Fachoberschulreife).' },
    VOCATIONAL_PREPARATION: { description: 'Vocational orientation and preparation.' },
    VOCATIONAL_TRAINING: { description: 'A vocational training place.' },
    EMPLOYMENT: { description: 'Employment.' },
    RESIDENCE_COUNSELLING: { description: 'Counselling on residence law and prospects.' },
    HOUSING: { description: 'Housing.' },
    HEALTH: { description: 'Health, including mental health.' },
    CHILDCARE: { description: 'Childcare, so that an offer can be taken up.' },
    MENTORING: { description: 'A volunteer mentor or sponsor.' },
    OTHER: { description: 'Any other need.' },
  },
});
