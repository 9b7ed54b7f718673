import { registerEnumType } from 'type-graphql';

export enum PersonGender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  DIVERSE = 'DIVERSE',
  UNSPECIFIED = 'UNSPECIFIED',
}

registerEnumType(PersonGender, {
  name: 'PersonGender',
  description: 'Gender as the person states it (optional).',
  valuesConfig: {
    FEMALE: { description: 'Female (weiblich).' },
    MALE: { description: 'Male (männlich).' },
    DIVERSE: { description: 'Diverse (divers).' },
    UNSPECIFIED: { description: 'The person chose not to say (keine Angabe).' },
  },
});

/** School degrees of NRW, plus foreign degrees recognised or not. */
export enum PersonSchoolDegree {
  NONE = 'NONE',
  FOERDERSCHULABSCHLUSS = 'FOERDERSCHULABSCHLUSS',
  ERSTER_SCHULABSCHLUSS = 'ERSTER_SCHULABSCHLUSS',
  ERWEITERTER_ERSTER_SCHULABSCHLUSS = 'ERWEITERTER_ERSTER_SCHULABSCHLUSS',
  FACHOBERSCHULREIFE = 'FACHOBERSCHULREIFE',
  FACHHOCHSCHULREIFE = 'FACHHOCHSCHULREIFE',
  ABITUR = 'ABITUR',
  FOREIGN_RECOGNISED = 'FOREIGN_RECOGNISED',
  FOREIGN_NOT_RECOGNISED = 'FOREIGN_NOT_RECOGNISED',
}

registerEnumType(PersonSchoolDegree, {
  name: 'PersonSchoolDegree',
  description: 'Highest school degree (Schulabschluss) on the NRW list.',
  valuesConfig: {
    NONE: { description: 'No school degree.' },
    FOERDERSCHULABSCHLUSS: {
      description: 'Abschluss des Bildungsgangs Lernen or Geistige Entwicklung (Förderschule).',
    },
    ERSTER_SCHULABSCHLUSS: { description: 'Erster Schulabschluss (formerly Hauptschulabschluss after class 9).' },
    ERWEITERTER_ERSTER_SCHULABSCHLUSS: {
      description: 'Erweiterter Erster Schulabschluss (formerly Hauptschulabschluss after class 10).',
    },
    FACHOBERSCHULREIFE: {
      description: 'Fachoberschulreife / Mittlerer Schulabschluss (MSA), the aim of "Gemeinsam klappt\'s".',
    },
    FACHHOCHSCHULREIFE: { description: 'Fachhochschulreife.' },
    ABITUR: { description: 'Allgemeine Hochschulreife (Abitur).' },
    FOREIGN_RECOGNISED: { description: 'A foreign school degree recognised as equivalent to a German one.' },
    FOREIGN_NOT_RECOGNISED: { description: 'A foreign school degree not (yet) recognised.' },
  },
});

export enum PersonGoal {
  FACHOBERSCHULREIFE = 'FACHOBERSCHULREIFE',
  SCHOOL_DEGREE = 'SCHOOL_DEGREE',
  VOCATIONAL_QUALIFICATION = 'VOCATIONAL_QUALIFICATION',
  EMPLOYMENT = 'EMPLOYMENT',
  LANGUAGE_LEVEL = 'LANGUAGE_LEVEL',
}

registerEnumType(PersonGoal, {
  name: 'PersonGoal',
  description: 'A goal agreed with the person in the case management.',
  valuesConfig: {
    FACHOBERSCHULREIFE: { description: 'Reach the Fachoberschulreife.' },
    SCHOOL_DEGREE: { description: 'Reach a first school degree (Erster or Erweiterter Erster Schulabschluss).' },
    VOCATIONAL_QUALIFICATION: { description: 'Reach a vocational qualification.' },
    EMPLOYMENT: { description: 'Take up employment.' },
    LANGUAGE_LEVEL: { description: 'Reach a higher German level.' },
  },
});
