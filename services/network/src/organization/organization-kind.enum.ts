import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  JOBCENTER = 'JOBCENTER',
  AGENTUR_FUER_ARBEIT = 'AGENTUR_FUER_ARBEIT',
  AUSLAENDERBEHOERDE = 'AUSLAENDERBEHOERDE',
  SOZIALAMT = 'SOZIALAMT',
  JUGENDAMT = 'JUGENDAMT',
  SCHOOL_SUPERVISION = 'SCHOOL_SUPERVISION',
  SCHOOL = 'SCHOOL',
  BERUFSKOLLEG = 'BERUFSKOLLEG',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  JUGENDMIGRATIONSDIENST = 'JUGENDMIGRATIONSDIENST',
  MIGRATION_COUNSELLING = 'MIGRATION_COUNSELLING',
  REFUGEE_COUNSELLING = 'REFUGEE_COUNSELLING',
  KOMMUNALES_INTEGRATIONSZENTRUM = 'KOMMUNALES_INTEGRATIONSZENTRUM',
  CHAMBER = 'CHAMBER',
  EMPLOYER = 'EMPLOYER',
  YOUTH_WELFARE_PROVIDER = 'YOUTH_WELFARE_PROVIDER',
  VOLUNTEER_INITIATIVE = 'VOLUNTEER_INITIATIVE',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of agency or provider an organisation is.',
  valuesConfig: {
    JOBCENTER: { description: 'Jobcenter (basic income support for jobseekers, SGB II).' },
    AGENTUR_FUER_ARBEIT: { description: 'Agentur für Arbeit (employment agency, SGB III).' },
    AUSLAENDERBEHOERDE: { description: 'Ausländerbehörde (immigration office).' },
    SOZIALAMT: { description: 'Sozialamt (social welfare office: AsylbLG, SGB XII).' },
    JUGENDAMT: { description: 'Jugendamt (youth welfare office, SGB VIII).' },
    SCHOOL_SUPERVISION: { description: 'School supervision (Schulamt, Bezirksregierung).' },
    SCHOOL: { description: 'A general school.' },
    BERUFSKOLLEG: { description: 'Berufskolleg (vocational college).' },
    ADULT_EDUCATION: { description: 'Adult education: Volkshochschule, Weiterbildungskolleg.' },
    JUGENDMIGRATIONSDIENST: { description: 'Jugendmigrationsdienst (youth migration service, JMD).' },
    MIGRATION_COUNSELLING: { description: 'Migration counselling for adults (MBE).' },
    REFUGEE_COUNSELLING: { description: 'Refugee counselling (Flüchtlingsberatung).' },
    KOMMUNALES_INTEGRATIONSZENTRUM: {
      description: 'Kommunales Integrationszentrum or its integration management (KIM).',
    },
    CHAMBER: { description: 'Chamber of industry and commerce or of crafts (IHK, HWK).' },
    EMPLOYER: { description: 'An employer or training company.' },
    YOUTH_WELFARE_PROVIDER: { description: 'A provider of youth welfare services.' },
    VOLUNTEER_INITIATIVE: { description: 'A volunteer initiative (mentoring, sponsorship).' },
    OTHER: { description: 'Any other organisation.' },
  },
});
