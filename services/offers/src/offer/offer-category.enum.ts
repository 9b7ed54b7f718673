import { registerEnumType } from 'type-graphql';

export enum OfferCategory {
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
  SCHOOL_DEGREE_COURSE = 'SCHOOL_DEGREE_COURSE',
  VOCATIONAL_PREPARATION = 'VOCATIONAL_PREPARATION',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  QUALIFICATION = 'QUALIFICATION',
  EMPLOYMENT_SUPPORT = 'EMPLOYMENT_SUPPORT',
  YOUTH_WELFARE = 'YOUTH_WELFARE',
  MENTORING = 'MENTORING',
  COUNSELLING = 'COUNSELLING',
}

registerEnumType(OfferCategory, {
  name: 'OfferCategory',
  description: 'What kind of offer or measure it is.',
  valuesConfig: {
    LANGUAGE_COURSE: { description: 'German language course (integration course, job-related language course).' },
    SCHOOL_DEGREE_COURSE: {
      description: 'Course leading to a school degree (Hauptschulabschluss, Fachoberschulreife).',
    },
    VOCATIONAL_PREPARATION: { description: 'Vocational preparation (Ausbildungsvorbereitung, Berufsorientierung).' },
    VOCATIONAL_TRAINING: {
      description: 'Vocational training or its entry stage (Ausbildung, Einstiegsqualifizierung).',
    },
    QUALIFICATION: { description: 'Partial or full qualification outside a regular training.' },
    EMPLOYMENT_SUPPORT: { description: 'Support into employment (activation, coaching, placement).' },
    YOUTH_WELFARE: { description: 'Youth welfare service (SGB VIII).' },
    MENTORING: { description: 'Volunteer mentoring or sponsorship.' },
    COUNSELLING: { description: 'Counselling (JMD, migration or refugee counselling).' },
  },
});
