/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a forum (Bündnisforum) is a standing working group or a single event. */
export type AllianceForumKind =
  /** A single event such as a conference or a network meeting. */
  | 'EVENT'
  /** A working group meeting over a period. */
  | 'WORKING_GROUP';

/** Where work on a priority of the alliance stands. */
export type AlliancePriorityStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Given up or overtaken by events. */
  | 'DROPPED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Agreed, work not yet begun. */
  | 'OPEN';

/** The standing tasks of an alliance's core group. */
export type AllianceStandingTaskKind =
  /** Act as multipliers in the partner organisations. */
  | 'ACT_AS_MULTIPLIERS'
  /** Coordinate the survey of needs. */
  | 'COORDINATE_NEEDS_SURVEY'
  /** Develop procedure agreements between the agencies. */
  | 'DEVELOP_PROCEDURE_AGREEMENTS'
  /** Gather knowledge of the target group's living situation. */
  | 'KNOW_LIVING_SITUATION'
  /** Make existing structures and offers transparent. */
  | 'MAKE_OFFERS_TRANSPARENT'
  /** Plan local offers. */
  | 'PLAN_LOCAL_OFFERS'
  /** Set the alliance's priorities. */
  | 'SET_PRIORITIES';

/** Where the core group stands with a standing task. */
export type AllianceStandingTaskStatus =
  /** Done, or established as routine. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'NOT_STARTED';

/** The receiving side's answer to a requested referral. */
export type AnswerReferralInput = {
  /** Accept or decline. */
  answer: PersonReferralAnswer;
  /** Why it is declined, at most 500 characters; required to decline. */
  reason?: string | null | undefined;
  /** Id of the referral. */
  referralId: string | number;
};

/** The decision to grant an application. */
export type ApproveFundingApplicationInput = {
  /** Amount granted: more than zero, at most the requested amount. */
  approvedAmount: string;
  /** Date of the grant notice (Zuwendungsbescheid). */
  approvedOn: string;
  /** The submitted application. */
  id: string | number;
};

/** The four areas an alliance core group draws its members from. */
export type Area =
  /** Arbeit und Wirtschaft. */
  | 'ARBEIT_UND_WIRTSCHAFT'
  /** Bildung. */
  | 'BILDUNG'
  /** Migration und Integration. */
  | 'MIGRATION_UND_INTEGRATION'
  /** Soziales. */
  | 'SOZIALES';

/** Benefit regime (Rechtskreis) a person receives benefits under. A change is a Rechtskreiswechsel. */
export type BenefitRegime =
  /** Asylbewerberleistungsgesetz. */
  | 'ASYLBLG'
  /** No benefits. */
  | 'NONE'
  /** SGB II, basic income support for jobseekers (Jobcenter). */
  | 'SGB_II'
  /** SGB III, employment promotion (Agentur für Arbeit). */
  | 'SGB_III'
  /** SGB XII, social assistance (Sozialamt). */
  | 'SGB_XII';

/** Narrows the list of budget lines; every given condition must hold. */
export type BudgetFilter = {
  /** Only lines of this budget product ("8101", "8102" or "8103"). */
  budgetProduct?: string | null | undefined;
  /** Only lines of this fiscal year. */
  fiscalYear?: number | null | undefined;
  /** Only lines of this municipality. A Kreis (5 digits) includes the lines of its member municipalities. */
  municipalityAgs?: string | null | undefined;
  /** Only lines of this funding programme. */
  programId?: string | number | null | undefined;
  /** Only lines with this source. */
  source?: FundingSource | null | undefined;
};

/** Cancels an offer. Its open applications and enrollments are withdrawn with the reason. */
export type CancelOfferInput = {
  /** Id of the offer. */
  offerId: string | number;
  /** Why the offer is cancelled (1 to 2000 characters); recorded on the withdrawn enrollments. */
  reason: string;
};

/** Language level on the Common European Framework of Reference (CEFR), A1 lowest to C2 highest. */
export type CefrLevel =
  /** Breakthrough. */
  | 'A1'
  /** Waystage. */
  | 'A2'
  /** Threshold. */
  | 'B1'
  /** Vantage. */
  | 'B2'
  /** Effective operational proficiency. */
  | 'C1'
  /** Mastery. */
  | 'C2';

/** How far a representative may commit their organisation in the core group. */
export type CoreGroupDecisionAuthority =
  /** Advises; may not commit the organisation. */
  | 'ADVISORY'
  /** May commit the organisation in the core group. */
  | 'FULL'
  /** Commits subject to approval by the organisation's management. */
  | 'WITH_RESERVATION';

/** A new offer. It starts in status PLANNED; open it to take enrollments. */
export type CreateOfferInput = {
  /** What kind of offer it is. */
  category: OfferCategory;
  /** Description, up to 5000 characters. */
  description?: string | null | undefined;
  /** Who the offer admits; omitted: the target group defaults. */
  eligibility?: OfferEligibilityRulesInput | null | undefined;
  /** Last day; not before startDate. */
  endDate: string;
  /** Hours per week, 1 to 60; omit for offers without fixed hours. */
  hoursPerWeek?: number | null | undefined;
  /** AGS of the municipality where the offer takes place: 8 digits, or 5 for an offer of a whole Kreis. */
  municipalityAgs: string;
  /** Id of the organisation that runs the offer (network subgraph). */
  providerId: string | number;
  /** Number of seats, 1 to 10000. */
  seats: number;
  /** First day. */
  startDate: string;
  /** The German level the offer leads to; required when targetOutcome is LANGUAGE_LEVEL, not allowed otherwise. */
  targetGermanLevel?: CefrLevel | null | undefined;
  /** The result the offer aims at. */
  targetOutcome: OfferTargetOutcome;
  /** Title, 1 to 300 characters. */
  title: string;
};

/** A referral of a person to another organisation or to an offer. Give exactly one of `toOrganizationId` and `toOfferId`. */
export type CreateReferralInput = {
  /** Referring organisation; defaults to the caller's organisation. */
  fromOrganizationId?: string | number | null | undefined;
  /** Short working note for the receiving side, at most 500 characters. */
  note?: string | null | undefined;
  /** Id of the person. */
  personId: string | number;
  /** What the referral is for. */
  purpose: PersonDataPurpose;
  /** Offer (of the offers subgraph) the person is referred to. */
  toOfferId?: string | number | null | undefined;
  /** Receiving organisation; needs an active consent or legal basis for it and the purpose. */
  toOrganizationId?: string | number | null | undefined;
};

/** Gives a person a seat: turns the person's open application into an enrollment, or enrolls directly. Eligibility (on the facts the persons subgraph holds) and a free seat are checked in the same transaction that takes the seat. */
export type EnrollInOfferInput = {
  /** Day the person starts, not in the future and not before the application; default today. */
  enrolledOn?: string | null | undefined;
  /** Id of the offer. */
  offerId: string | number;
  /**
   * Ignored: eligibility is decided on the facts the persons subgraph holds, asked at the moment of the write. Accepted (and still validated) for clients that send it.
   * @deprecated Ignored: the offers subgraph asks the persons subgraph for the facts. Leave it out.
   */
  person?: EnrollmentPersonFactsInput | null | undefined;
  /** Id of the person (persons subgraph). */
  personId: string | number;
};

/** The result of an enrollment that ended. */
export type EnrollmentOutcome =
  /** Left the offer before its end. */
  | 'DROPPED_OUT'
  /** Completed without progress towards a next stage. */
  | 'NO_PROGRESS'
  /** Progressed to a next stage (next course, training, employment) without the full target. */
  | 'PROGRESSED'
  /** The target qualification, degree or language level was achieved. */
  | 'QUALIFICATION_ACHIEVED';

/** Deprecated and ignored: a person's facts as the client claimed them. Eligibility is decided on the facts the persons subgraph holds. */
export type EnrollmentPersonFactsInput = {
  /** Age in full years today. */
  age: number;
  /** Benefit regime valid today; omit or null when none is recorded. */
  benefitRegime?: BenefitRegime | null | undefined;
  /** German level (CEFR); omit or null when not assessed. */
  germanLevel?: CefrLevel | null | undefined;
  /** Residence status valid today; omit or null when none is recorded. */
  residenceStatus?: ResidenceStatus | null | undefined;
};

/** Where a person stands in an offer (Teilnahme). */
export type EnrollmentStatus =
  /** Applied; no seat taken yet. */
  | 'APPLIED'
  /** Finished the offer. */
  | 'COMPLETED'
  /** Left the offer before its end. */
  | 'DROPPED_OUT'
  /** Takes part; holds a seat. */
  | 'ENROLLED'
  /** The provider turned the application down. */
  | 'REJECTED'
  /** The person or their case manager withdrew the application or enrollment. */
  | 'WITHDRAWN';

/** Who funds a programme. */
export type Funder =
  /** The federal government (Bund). */
  | 'BUND'
  /** The European Social Fund Plus (ESF Plus). */
  | 'ESF_PLUS'
  /** A foundation (Stiftung). */
  | 'FOUNDATION'
  /** A municipality from its own budget. */
  | 'KOMMUNE'
  /** The Land North Rhine-Westphalia (Landesförderung). */
  | 'LAND_NRW'
  /** Any other funder. */
  | 'OTHER';

/** Narrows the list of funding applications; every given condition must hold. */
export type FundingApplicationFilter = {
  /** Only applications of this organisation. */
  applicantOrganizationId?: string | number | null | undefined;
  /** Only applications whose period overlaps this fiscal (calendar) year. */
  fiscalYear?: number | null | undefined;
  /** Only applications for this municipality. A Kreis (5 digits) includes its member municipalities. */
  municipalityAgs?: string | null | undefined;
  /** Only applications to this programme. */
  programId?: string | number | null | undefined;
  /** Only applications in this status. */
  status?: FundingApplicationStatus | null | undefined;
};

/** Where a funding application (Mittelantrag) stands. Approved, rejected and withdrawn are final. */
export type FundingApplicationStatus =
  /** Granted (Zuwendungsbescheid) with an approved amount and date; money can be allocated from it. */
  | 'APPROVED'
  /** Being written; can be changed, submitted or withdrawn. */
  | 'DRAFT'
  /** Refused by the funder. */
  | 'REJECTED'
  /** Submitted to the funder; awaits a decision. Can be sent back to draft or withdrawn. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

/** Where money comes from. Integrationspauschale and own funds make up the own share; state funding is the state share. */
export type FundingSource =
  /** European Social Fund (ESF Plus). */
  | 'ESF'
  /** Federal funding (Bund). */
  | 'FEDERAL_FUNDING'
  /** A foundation (Stiftung). */
  | 'FOUNDATION'
  /** The Integrationspauschale the municipality passes on from its own budget (own share). */
  | 'INTEGRATIONSPAUSCHALE'
  /** Any other source. */
  | 'OTHER'
  /** Other own funds of the municipality (own share). */
  | 'OWN_FUNDS'
  /** Funding of the Land NRW (Landesförderung, state share). */
  | 'STATE_FUNDING';

/** A consent of the person, or a statutory basis, for data to go to one organisation. */
export type GrantConsentInput = {
  /** Where the evidence is kept (file number of the signed form, or the statute), at most 200 characters; required for a consent. */
  evidenceReference?: string | null | undefined;
  /** What allows the transfer. */
  legalBasis?: PersonConsentLegalBasis;
  /** Version of the data protection notice given to the person, at most 50 characters; required for a consent. */
  noticeVersion?: string | null | undefined;
  /** Id of the receiving organisation. */
  organizationId: string | number;
  /** Id of the person. */
  personId: string | number;
  /** Purposes covered, at least one. */
  purposes: Array<PersonDataPurpose>;
};

/** Kind of a municipality in NRW. */
export type MunicipalityKind =
  /** A Kreis (district); AGS of 5 digits. Its members are kreisangehörige Kommunen. */
  | 'KREIS'
  /** A kreisangehörige Kommune (town belonging to a Kreis); AGS of 8 digits. */
  | 'KREISANGEHOERIGE_KOMMUNE'
  /** A kreisfreie Stadt (city outside any Kreis); AGS of 8 digits. */
  | 'KREISFREIE_STADT';

/** Category of a need (Bedarf) recorded for a person. */
export type NeedCategory =
  /** Childcare, so that an offer can be taken up. */
  | 'CHILDCARE'
  /** Employment. */
  | 'EMPLOYMENT'
  /** Health, including mental health. */
  | 'HEALTH'
  /** Housing. */
  | 'HOUSING'
  /** German language. */
  | 'LANGUAGE'
  /** A volunteer mentor or sponsor. */
  | 'MENTORING'
  /** Any other need. */
  | 'OTHER'
  /** Counselling on residence law and prospects. */
  | 'RESIDENCE_COUNSELLING'
  /** A school degree (Hauptschulabschluss, Fachoberschulreife). */
  | 'SCHOOL_DEGREE'
  /** Vocational orientation and preparation. */
  | 'VOCATIONAL_PREPARATION'
  /** A vocational training place. */
  | 'VOCATIONAL_TRAINING';

/** What kind of offer or measure it is. */
export type OfferCategory =
  /** Counselling (JMD, migration or refugee counselling). */
  | 'COUNSELLING'
  /** Support into employment (activation, coaching, placement). */
  | 'EMPLOYMENT_SUPPORT'
  /** German language course (integration course, job-related language course). */
  | 'LANGUAGE_COURSE'
  /** Volunteer mentoring or sponsorship. */
  | 'MENTORING'
  /** Partial or full qualification outside a regular training. */
  | 'QUALIFICATION'
  /** Course leading to a school degree (Hauptschulabschluss, Fachoberschulreife). */
  | 'SCHOOL_DEGREE_COURSE'
  /** Vocational preparation (Ausbildungsvorbereitung, Berufsorientierung). */
  | 'VOCATIONAL_PREPARATION'
  /** Vocational training or its entry stage (Ausbildung, Einstiegsqualifizierung). */
  | 'VOCATIONAL_TRAINING'
  /** Youth welfare service (SGB VIII). */
  | 'YOUTH_WELFARE';

/** Who an offer admits. Omitted parts keep their defaults: ages 18 to 27, every status, every regime, no minimum level. */
export type OfferEligibilityRulesInput = {
  /** Admitted benefit regimes; empty or omitted admits every regime. */
  benefitRegimes?: Array<BenefitRegime> | null | undefined;
  /** Highest admitted age (0 to 99), not below minAge; default 27. */
  maxAge?: number | null | undefined;
  /** Lowest admitted age (0 to 99); default 18. */
  minAge?: number | null | undefined;
  /** Minimum German level; omit or null for none. */
  minGermanLevel?: CefrLevel | null | undefined;
  /** Admitted residence statuses; empty or omitted admits every status. */
  residenceStatuses?: Array<ResidenceStatus> | null | undefined;
};

/** Narrows the list of offers; every given criterion must hold. */
export type OfferFilterInput = {
  /** Only offers of this category. */
  category?: OfferCategory | null | undefined;
  /** AGS: offers in this municipality, or in this Kreis and its member municipalities for a 5-digit AGS. */
  municipalityAgs?: string | null | undefined;
  /** Only offers of this provider. */
  providerId?: string | number | null | undefined;
  /** Only offers in this status. */
  status?: OfferStatus | null | undefined;
};

/** Where an offer stands in its lifecycle: planned, open for enrollment, running, finished or cancelled. */
export type OfferStatus =
  /** Cancelled; takes no enrollments. Its open applications and enrollments were withdrawn. */
  | 'CANCELLED'
  /** Finished; outcomes can still be recorded, no new enrollments. */
  | 'FINISHED'
  /** Open: takes applications and enrollments. */
  | 'OPEN'
  /** Planned; visible, but not yet taking enrollments. */
  | 'PLANNED'
  /** Running; still takes applications and enrollments while seats are free (late entry). */
  | 'RUNNING';

/** The offer whose status changes. */
export type OfferStatusChangeInput = {
  /** Id of the offer. */
  offerId: string | number;
};

/** The result an offer aims at. */
export type OfferTargetOutcome =
  /** Employment. */
  | 'EMPLOYMENT'
  /** Fachoberschulreife (mittlerer Schulabschluss). */
  | 'FACHOBERSCHULREIFE'
  /** Hauptschulabschluss (after class 9 or 10). */
  | 'HAUPTSCHULABSCHLUSS'
  /** A German language level; the level is given in `targetGermanLevel`. */
  | 'LANGUAGE_LEVEL'
  /** Stabilisation and orientation (counselling, mentoring, youth welfare) as the ground for a next step. */
  | 'STABILISATION'
  /** Entry into vocational training (Ausbildung). */
  | 'TRAINING_PLACE'
  /** A vocational qualification or a certified part of one. */
  | 'VOCATIONAL_QUALIFICATION';

/** Which organisations to list; every given condition must hold. */
export type OrganizationFilter = {
  /** Only organisations based in this municipality; for a Kreis, also those based in its member municipalities. */
  ags?: string | null | undefined;
  /** Only organisations belonging to this area. */
  area?: Area | null | undefined;
  /** Only organisations of this kind. */
  kind?: OrganizationKind | null | undefined;
  /** Only organisations whose name contains this text (ignoring case), 1 to 100 characters. */
  nameContains?: string | null | undefined;
};

/** What kind of agency or provider an organisation is. */
export type OrganizationKind =
  /** Adult education: Volkshochschule, Weiterbildungskolleg. */
  | 'ADULT_EDUCATION'
  /** Agentur für Arbeit (employment agency, SGB III). */
  | 'AGENTUR_FUER_ARBEIT'
  /** Ausländerbehörde (immigration office). */
  | 'AUSLAENDERBEHOERDE'
  /** Berufskolleg (vocational college). */
  | 'BERUFSKOLLEG'
  /** Chamber of industry and commerce or of crafts (IHK, HWK). */
  | 'CHAMBER'
  /** An employer or training company. */
  | 'EMPLOYER'
  /** Jobcenter (basic income support for jobseekers, SGB II). */
  | 'JOBCENTER'
  /** Jugendamt (youth welfare office, SGB VIII). */
  | 'JUGENDAMT'
  /** Jugendmigrationsdienst (youth migration service, JMD). */
  | 'JUGENDMIGRATIONSDIENST'
  /** Kommunales Integrationszentrum or its integration management (KIM). */
  | 'KOMMUNALES_INTEGRATIONSZENTRUM'
  /** Migration counselling for adults (MBE). */
  | 'MIGRATION_COUNSELLING'
  /** Any other organisation. */
  | 'OTHER'
  /** Refugee counselling (Flüchtlingsberatung). */
  | 'REFUGEE_COUNSELLING'
  /** A general school. */
  | 'SCHOOL'
  /** School supervision (Schulamt, Bezirksregierung). */
  | 'SCHOOL_SUPERVISION'
  /** Sozialamt (social welfare office: AsylbLG, SGB XII). */
  | 'SOZIALAMT'
  /** A volunteer initiative (mentoring, sponsorship). */
  | 'VOLUNTEER_INITIATIVE'
  /** A provider of youth welfare services. */
  | 'YOUTH_WELFARE_PROVIDER';

/** What allows the data to go to the receiving organisation. */
export type PersonConsentLegalBasis =
  /** The person's written consent (Art. 6(1)(a), 9(2)(a) GDPR, §67b SGB X); needs an evidence reference and the notice version. */
  | 'CONSENT'
  /** Another statutory basis, named in the evidence reference. */
  | 'OTHER_STATUTE'
  /** Transfer between public social agencies for their statutory tasks (§69 SGB X). */
  | 'SGB_X_69';

/** Purpose for which a person's data may go to another organisation. */
export type PersonDataPurpose =
  /** Counselling of the person by the receiving organisation. */
  | 'COUNSELLING'
  /** Enrolling the person in an offer of the receiving organisation. */
  | 'ENROLLMENT'
  /** Handing the case over so that the receiving organisation takes it up. */
  | 'REFERRAL'
  /** Reporting (for example to a funding body) by the receiving organisation. */
  | 'REPORTING';

/** Narrows the list of persons; all given conditions must hold. */
export type PersonFilterInput = {
  /** Current benefit regime is one of these. */
  benefitRegimes?: Array<BenefitRegime> | null | undefined;
  /** Case-managing organisation. */
  caseManagingOrganizationId?: string | number | null | undefined;
  /** In (true) or outside (false) the target group, aged 18 to 27, on `targetGroupOn`. */
  inTargetGroup?: boolean | null | undefined;
  /** AGS of the municipality of residence; a 5-digit Kreis AGS covers all its Gemeinden. */
  municipalityAgs?: string | null | undefined;
  /** Part of the given or family name, 2 to 100 characters, case-insensitive. */
  nameContains?: string | null | undefined;
  /** Has a need of this category (with `needStatus`, in that status). */
  needCategory?: NeedCategory | null | undefined;
  /** Has a need in this status (with `needCategory`, of that category). */
  needStatus?: PersonNeedStatus | null | undefined;
  /** Current residence status is one of these. */
  residenceStatuses?: Array<ResidenceStatus> | null | undefined;
  /** Date for `inTargetGroup`; today (Europe/Berlin) when left out. */
  targetGroupOn?: string | null | undefined;
};

/** Gender as the person states it (optional). */
export type PersonGender =
  /** Diverse (divers). */
  | 'DIVERSE'
  /** Female (weiblich). */
  | 'FEMALE'
  /** Male (männlich). */
  | 'MALE'
  /** The person chose not to say (keine Angabe). */
  | 'UNSPECIFIED';

/** A goal agreed with the person in the case management. */
export type PersonGoal =
  /** Take up employment. */
  | 'EMPLOYMENT'
  /** Reach the Fachoberschulreife. */
  | 'FACHOBERSCHULREIFE'
  /** Reach a higher German level. */
  | 'LANGUAGE_LEVEL'
  /** Reach a first school degree (Erster or Erweiterter Erster Schulabschluss). */
  | 'SCHOOL_DEGREE'
  /** Reach a vocational qualification. */
  | 'VOCATIONAL_QUALIFICATION';

/** The benefit regime a person is under when registered. */
export type PersonInitialBenefitRegimeInput = {
  /** The benefit regime. */
  regime: BenefitRegime;
  /** Since when it applies; not in the future. */
  validFrom: string;
};

/** The residence status a person holds when registered. */
export type PersonInitialResidenceStatusInput = {
  /** The residence status. */
  status: ResidenceStatus;
  /** Since when it is valid; not in the future. */
  validFrom: string;
};

/** Where a need stands. OPEN needs are the demand the analytics compares with free seats. */
export type PersonNeedStatus =
  /** Closed without being met (no longer relevant, person moved away). Final. */
  | 'CLOSED'
  /** Something is arranged (a referral, an enrollment) but the need is not met yet. */
  | 'IN_PROGRESS'
  /** The need is met. Final. */
  | 'MET'
  /** Recorded, nothing arranged yet. */
  | 'OPEN';

/** The receiving side's answer to a requested referral. */
export type PersonReferralAnswer =
  /** Take the person on. */
  | 'ACCEPTED'
  /** Decline; a reason is required. */
  | 'DECLINED';

/** Lifecycle of a referral: REQUESTED, then ACCEPTED or DECLINED; an accepted one ends COMPLETED or CANCELLED; a requested one may be CANCELLED. */
export type PersonReferralStatus =
  /** The receiving side took the person on. */
  | 'ACCEPTED'
  /** Called off before completion; the reason says why. Final. */
  | 'CANCELLED'
  /** Done as intended. Final. */
  | 'COMPLETED'
  /** The receiving side declined; the reason says why. Final. */
  | 'DECLINED'
  /** Sent, not answered yet. */
  | 'REQUESTED';

/** Highest school degree (Schulabschluss) on the NRW list. */
export type PersonSchoolDegree =
  /** Allgemeine Hochschulreife (Abitur). */
  | 'ABITUR'
  /** Erster Schulabschluss (formerly Hauptschulabschluss after class 9). */
  | 'ERSTER_SCHULABSCHLUSS'
  /** Erweiterter Erster Schulabschluss (formerly Hauptschulabschluss after class 10). */
  | 'ERWEITERTER_ERSTER_SCHULABSCHLUSS'
  /** Fachhochschulreife. */
  | 'FACHHOCHSCHULREIFE'
  /** Fachoberschulreife / Mittlerer Schulabschluss (MSA), the aim of "Gemeinsam klappt's". */
  | 'FACHOBERSCHULREIFE'
  /** Abschluss des Bildungsgangs Lernen or Geistige Entwicklung (Förderschule). */
  | 'FOERDERSCHULABSCHLUSS'
  /** A foreign school degree not (yet) recognised. */
  | 'FOREIGN_NOT_RECOGNISED'
  /** A foreign school degree recognised as equivalent to a German one. */
  | 'FOREIGN_RECOGNISED'
  /** No school degree. */
  | 'NONE';

/** A vocational qualification (Berufsabschluss) as recorded. */
export type PersonVocationalQualificationInput = {
  /** DQR level 1 to 8 of the highest qualification held; null when none. */
  dqrLevel?: number | null | undefined;
  /** Whether the highest qualification was gained abroad. */
  foreign?: boolean;
  /** For a foreign qualification: whether it is recognised in Germany; null while undecided. Must be null for a German one. */
  foreignRecognised?: boolean | null | undefined;
  /** Whether the person is in vocational training now. */
  inTraining?: boolean;
};

/** Age bands of the target group (age in full years on the reference date). */
export type PersonsAgeBand =
  /** 18 to 20 years. */
  | 'AGE_18_20'
  /** 21 to 24 years. */
  | 'AGE_21_24'
  /** 25 to 27 years. */
  | 'AGE_25_27';

/** A signed procedure agreement between organisations of the alliance. */
export type RecordAgreementInput = {
  /** Id of the alliance. */
  allianceId: string | number;
  /** Ids of the organisations that are parties: at least two, at most 50, each once; each must be a known organisation. */
  partyIds: Array<string | number>;
  /** Day it was signed. */
  signedOn: string;
  /** What the parties agreed, 1 to 5000 characters. No personal data of the target group. */
  summary: string;
  /** Title, 1 to 300 characters. */
  title: string;
};

/** Records how a running enrollment ended. DROPPED_OUT ends it as dropped out, every other outcome as completed. */
export type RecordEnrollmentOutcomeInput = {
  /** Day the enrollment ended, not in the future and never before the person's start or the offer's start; default today. */
  endedOn?: string | null | undefined;
  /** Id of the enrollment in status ENROLLED. */
  enrollmentId: string | number;
  /** The result. */
  outcome: EnrollmentOutcome;
  /** Why, for example the next stage reached or the reason for dropping out (1 to 2000 characters); no health or other special-category data. */
  reason?: string | null | undefined;
};

/** Money spent against an allocation. */
export type RecordExpenditureInput = {
  /** The allocation the money is spent from. */
  allocationId: string | number;
  /** Amount, more than zero; at most what is left of the allocation. */
  amount: string;
  /** What the money was spent on. No personal data: name the cost, not the person. */
  purpose: string;
  /** Date the money was spent; within the allocation's fiscal year. */
  spentOn: string;
};

/** A need to record for a person. */
export type RecordNeedInput = {
  /** What is needed. */
  category: NeedCategory;
  /** Short working note, at most 500 characters; no health details. */
  note?: string | null | undefined;
  /** Id of the person. */
  personId: string | number;
  /** Initial status: OPEN or IN_PROGRESS. */
  status?: PersonNeedStatus;
};

/** A person to register with the case management. */
export type RegisterPersonInput = {
  /** Date of arrival in Germany; not in the future, not before the date of birth. */
  arrivalDate?: string | null | undefined;
  /** Benefit regime applying now; starts the benefit regime history. */
  benefitRegime?: PersonInitialBenefitRegimeInput | null | undefined;
  /** Organisation whose case management looks after the person; defaults to the caller's organisation. */
  caseManagingOrganizationId?: string | number | null | undefined;
  /** Register even though a person with the same name, date of birth and municipality exists (a namesake). Leave false first: the answer then names the probable duplicates instead. */
  confirmNotDuplicate?: boolean;
  /** Country of origin, ISO 3166-1 alpha-2 (SY) or alpha-3 (SYR), in capitals. */
  countryOfOrigin?: string | null | undefined;
  /** Date of birth; not in the future. */
  dateOfBirth: string;
  /** Family name, 1 to 100 characters. */
  familyName: string;
  /** Gender as the person states it. */
  gender?: PersonGender | null | undefined;
  /** German level, if assessed. */
  germanLevel?: CefrLevel | null | undefined;
  /** Whether the German level is certified; needs a German level. */
  germanLevelCertified?: boolean;
  /** Given name, 1 to 100 characters. */
  givenName: string;
  /** Goals agreed with the person. */
  goals?: Array<PersonGoal> | null | undefined;
  /** Languages as ISO 639 codes in lower case (ar, fa, prs), at most 10. */
  languages?: Array<string> | null | undefined;
  /** AGS of the municipality of residence: 8 digits (a Gemeinde). */
  municipalityAgs: string;
  /** Residence status held now; starts the residence status history. */
  residenceStatus?: PersonInitialResidenceStatusInput | null | undefined;
  /** Highest school degree. */
  schoolDegree?: PersonSchoolDegree | null | undefined;
  /** Vocational qualification, if any. */
  vocationalQualification?: PersonVocationalQualificationInput | null | undefined;
};

/** Residence status of a person under German law. */
export type ResidenceStatus =
  /** Aufenthaltserlaubnis zur Berufsausbildung für ausreisepflichtige Ausländer (§16g AufenthG). */
  | 'AE_16G'
  /** Aufenthaltserlaubnis bei gut integrierten Jugendlichen und jungen Volljährigen (§25a AufenthG). */
  | 'AE_25A'
  /** Chancen-Aufenthaltsrecht (§104c AufenthG). */
  | 'AE_104C'
  /** Another Aufenthaltserlaubnis or settlement permit. */
  | 'AE_OTHER'
  /** Ausbildungsduldung (§60c AufenthG): Duldung for vocational training. */
  | 'AUSBILDUNGSDULDUNG'
  /** Beschäftigungsduldung (§60d AufenthG): Duldung for employment. */
  | 'BESCHAEFTIGUNGSDULDUNG'
  /** Duldung (§60a AufenthG): deportation suspended. */
  | 'DULDUNG'
  /** Duldung für Personen mit ungeklärter Identität (§60b AufenthG). */
  | 'DULDUNG_60B'
  /** Aufenthaltsgestattung (§55 AsylG): asylum procedure running. */
  | 'GESTATTUNG';

/** A forum to schedule for an alliance. */
export type ScheduleForumInput = {
  /** Id of the alliance. */
  allianceId: string | number;
  /** Last day, if any; not before startsOn. */
  endsOn?: string | null | undefined;
  /** Working group or single event. */
  kind: AllianceForumKind;
  /** Organisations already known to take part (at most 100, each once). */
  participantIds?: Array<string | number>;
  /** Day of the event, or first meeting day. */
  startsOn: string;
  /** Title, 1 to 300 characters. */
  title: string;
  /** What the forum works on, 1 to 2000 characters. */
  topic: string;
};

/** Changes to an offer that is not finished or cancelled. Omitted fields stay as they are; null clears an optional field. */
export type UpdateOfferInput = {
  /** What kind of offer it is. */
  category?: OfferCategory | null | undefined;
  /** Description, up to 5000 characters. */
  description?: string | null | undefined;
  /** New eligibility rules; omitted parts keep their current values. Enrollments already made stay. */
  eligibility?: OfferEligibilityRulesInput | null | undefined;
  /** Last day; not before the first. */
  endDate?: string | null | undefined;
  /** Hours per week, 1 to 60; null clears it. */
  hoursPerWeek?: number | null | undefined;
  /** Id of the offer. */
  offerId: string | number;
  /** Number of seats, 1 to 10000; never fewer than the seats taken. */
  seats?: number | null | undefined;
  /** First day. */
  startDate?: string | null | undefined;
  /** The German level the offer leads to (with targetOutcome LANGUAGE_LEVEL only). */
  targetGermanLevel?: CefrLevel | null | undefined;
  /** The result the offer aims at. */
  targetOutcome?: OfferTargetOutcome | null | undefined;
  /** Title, 1 to 300 characters. */
  title?: string | null | undefined;
};

/** The new state of one of an alliance's standing tasks. */
export type UpdateStandingTaskInput = {
  /** Id of the alliance. */
  allianceId: string | number;
  /** A short note, 1 to 2000 characters; null or left out removes the note. */
  note?: string | null | undefined;
  /** Its new status. */
  status: AllianceStandingTaskStatus;
  /** Which task. */
  task: AllianceStandingTaskKind;
};

export type AdminOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind, municipality: { name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminFundingProgramsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminFundingProgramsQuery = { fundingPrograms: { items: Array<{ id: string, name: string, funder: Funder, periodStart: string, periodEnd: string | null, maxFundingRateBasisPoints: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type DashboardAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAreasQuery = { municipalities: Array<{ ags: string, name: string, kind: MunicipalityKind }> };

export type DashboardQueryVariables = Exact<{
  ags: string;
  referenceDate?: string | null | undefined;
  fromYear: number;
}>;


export type DashboardQuery = { municipality: { ags: string, name: string, kind: MunicipalityKind, indicators: { referenceDate: string, targetGroup: { total: { value: number | null, suppressed: boolean }, byResidenceStatus: Array<{ residenceStatus: ResidenceStatus | null, persons: { value: number | null, suppressed: boolean } }>, byAgeBand: Array<{ ageBand: PersonsAgeBand, persons: { value: number | null, suppressed: boolean } }>, byBenefitRegime: Array<{ benefitRegime: BenefitRegime | null, persons: { value: number | null, suppressed: boolean } }>, openNeedsByCategory: Array<{ category: NeedCategory, openNeeds: { value: number | null, suppressed: boolean } }> } | null, offerLandscape: Array<{ category: OfferCategory, offers: number, seats: number, enrolled: { value: number | null, suppressed: boolean }, free: { value: number | null, suppressed: boolean }, occupancyRate: { value: number | null, suppressed: boolean } }> | null, gaps: Array<{ needCategory: NeedCategory, offerCategories: Array<OfferCategory>, shortfall: number | null, isGap: boolean | null, demand: { value: number | null, suppressed: boolean }, supply: { value: number | null, suppressed: boolean } }> | null, measureCareers: { threshold: number, flaggedPersons: { value: number | null, suppressed: boolean } } | null, duplicateCandidates: Array<{ category: OfferCategory, overlapFrom: string, overlapUntil: string, first: { id: string, title: string }, second: { id: string, title: string } }> | null, participation: { fiscalYear: number, enrolledPersons: { value: number | null, suppressed: boolean }, completedQualifications: { value: number | null, suppressed: boolean } } | null, money: { fiscalYear: number, planned: string, allocated: string, spent: string, stateShare: string, ownShare: string, costPerEnrolledPerson: string | null, costPerCompletedQualification: string | null } | null, alliances: Array<{ alliance: { id: string, name: string }, coverage: { complete: boolean, missingAreas: Array<Area>, missingExpectedAgencies: Array<OrganizationKind> } }> } | null, quarterlyIndicators: Array<{ referenceDate: string, gaps: Array<{ needCategory: NeedCategory, shortfall: number | null, isGap: boolean | null, demand: { value: number | null, suppressed: boolean }, supply: { value: number | null, suppressed: boolean } }> | null }> | null } | null };

export type StateIndicatorsQueryVariables = Exact<{
  referenceDate?: string | null | undefined;
  kind?: MunicipalityKind | null | undefined;
}>;


export type StateIndicatorsQuery = { stateIndicators: Array<{ ags: string, referenceDate: string, municipality: { ags: string, name: string, kind: MunicipalityKind }, targetGroup: { total: { value: number | null, suppressed: boolean } } | null, gaps: Array<{ needCategory: NeedCategory, shortfall: number | null, isGap: boolean | null }> | null, measureCareers: { flaggedPersons: { value: number | null, suppressed: boolean } } | null }> };

export type FundingApplicationRowFragment = { id: string, title: string, status: FundingApplicationStatus, requested: string, approvedAmount: string | null, allocated: string, periodStart: string, periodEnd: string, program: { id: string, name: string } };

export type FundingOverviewQueryVariables = Exact<{
  ags: string;
  fiscalYear: number;
}>;


export type FundingOverviewQuery = { municipality: { ags: string, name: string, fundingOverview: { fiscalYear: number, planned: string, allocated: string, spent: string, stateShare: string, ownShare: string, otherShare: string, byBudgetProduct: Array<{ budgetProduct: string, planned: string, allocated: string, spent: string }>, bySource: Array<{ source: FundingSource, allocated: string, spent: string }>, byProgramme: Array<{ allocated: string, spent: string, program: { id: string, name: string } }> } | null } | null };

export type BudgetsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BudgetFilter | null | undefined;
}>;


export type BudgetsQuery = { budgets: { items: Array<{ id: string, title: string, fiscalYear: number, budgetProduct: string, source: FundingSource, amount: string, allocated: string, remaining: string, program: { id: string, name: string } | null, allocations: Array<{ id: string, amount: string, spent: string, remaining: string, offer: { id: string, title: string } }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type FundingApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FundingApplicationFilter | null | undefined;
}>;


export type FundingApplicationsQuery = { fundingApplications: { items: Array<{ id: string, title: string, status: FundingApplicationStatus, requested: string, approvedAmount: string | null, allocated: string, periodStart: string, periodEnd: string, applicant: { id: string, name: string }, program: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type FundingApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type FundingApplicationQuery = { fundingApplication: { id: string, title: string, status: FundingApplicationStatus, requested: string, ownShare: string, totalCost: string, approvedAmount: string | null, approvedOn: string | null, allocated: string, periodStart: string, periodEnd: string, applicant: { id: string, name: string }, program: { id: string, name: string }, municipality: { ags: string, name: string }, allocations: Array<{ id: string, fiscalYear: number, amount: string, spent: string, remaining: string, purpose: string | null, offer: { id: string, title: string } }> | null } | null };

export type FundingAllocationQueryVariables = Exact<{
  id: string | number;
}>;


export type FundingAllocationQuery = { fundingAllocation: { id: string, fiscalYear: number, amount: string, spent: string, remaining: string, purpose: string | null, offer: { id: string, title: string }, budget: { id: string, title: string } | null, application: { id: string, title: string } | null, expenditures: Array<{ id: string, amount: string, purpose: string, spentOn: string }> | null } | null };

export type RecordExpenditureMutationVariables = Exact<{
  input: RecordExpenditureInput;
}>;


export type RecordExpenditureMutation = { recordExpenditure: { id: string, amount: string, purpose: string, spentOn: string } };

export type SubmitFundingApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitFundingApplicationMutation = { submitFundingApplication: { id: string, status: FundingApplicationStatus } };

export type WithdrawFundingApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawFundingApplicationMutation = { withdrawFundingApplication: { id: string, status: FundingApplicationStatus } };

export type RejectFundingApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectFundingApplicationMutation = { rejectFundingApplication: { id: string, status: FundingApplicationStatus } };

export type ReopenFundingApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenFundingApplicationMutation = { reopenFundingApplication: { id: string, status: FundingApplicationStatus } };

export type ApproveFundingApplicationMutationVariables = Exact<{
  input: ApproveFundingApplicationInput;
}>;


export type ApproveFundingApplicationMutation = { approveFundingApplication: { id: string, status: FundingApplicationStatus, approvedAmount: string | null, approvedOn: string | null } };

export type AlliancesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlliancesQuery = { alliances: { nodes: Array<{ id: string, name: string, startDate: string, leadMunicipality: { ags: string, name: string }, leadOffice: { id: string, name: string }, coverage: { complete: boolean, missingAreas: Array<Area>, missingExpectedAgencies: Array<OrganizationKind> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AllianceQueryVariables = Exact<{
  id: string | number;
}>;


export type AllianceQuery = { alliance: { id: string, name: string, startDate: string, leadMunicipality: { ags: string, name: string }, leadOffice: { id: string, name: string }, spannedMunicipalities: Array<{ ags: string, name: string }>, coverage: { asOf: string, complete: boolean, missingAreas: Array<Area>, missingExpectedAgencies: Array<OrganizationKind>, presentExpectedAgencies: Array<OrganizationKind>, representedAreas: Array<Area> }, coreGroup: Array<{ id: string, area: Area, decisionAuthority: CoreGroupDecisionAuthority, representativeName: string | null, representativeRole: string | null, validFrom: string, organization: { id: string, name: string } }>, forums: Array<{ id: string, title: string, kind: AllianceForumKind, topic: string, startsOn: string, endsOn: string | null, participants: Array<{ id: string, name: string }> }>, agreements: Array<{ id: string, title: string, summary: string, signedOn: string, parties: Array<{ id: string, name: string }> }>, priorities: Array<{ id: string, rank: number, title: string, status: AlliancePriorityStatus, dueOn: string | null }>, standingTasks: Array<{ task: AllianceStandingTaskKind, status: AllianceStandingTaskStatus, note: string | null }> } | null };

export type NetworkOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type NetworkOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, kind: OrganizationKind, areas: Array<Area>, municipality: { ags: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ScheduleForumMutationVariables = Exact<{
  input: ScheduleForumInput;
}>;


export type ScheduleForumMutation = { scheduleForum: { id: string, title: string, startsOn: string } };

export type RecordAgreementMutationVariables = Exact<{
  input: RecordAgreementInput;
}>;


export type RecordAgreementMutation = { recordAgreement: { id: string, title: string, signedOn: string } };

export type UpdateStandingTaskMutationVariables = Exact<{
  input: UpdateStandingTaskInput;
}>;


export type UpdateStandingTaskMutation = { updateStandingTask: { task: AllianceStandingTaskKind, status: AllianceStandingTaskStatus, note: string | null } };

export type ProviderOffersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OfferFilterInput | null | undefined;
}>;


export type ProviderOffersQuery = { offers: { items: Array<{ id: string, title: string, category: OfferCategory, status: OfferStatus, startDate: string, endDate: string, seats: number, municipality: { ags: string, name: string }, figures: { seats: number, taken: number | null, free: number | null, applicants: number | null, occupancy: number | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProviderFundingApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FundingApplicationFilter | null | undefined;
}>;


export type ProviderFundingApplicationsQuery = { fundingApplications: { items: Array<{ id: string, title: string, status: FundingApplicationStatus, requested: string, approvedAmount: string | null, allocated: string, periodStart: string, periodEnd: string, program: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type OfferDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferDetailQuery = { offer: { id: string, title: string, description: string, category: OfferCategory, status: OfferStatus, startDate: string, endDate: string, seats: number, hoursPerWeek: number | null, targetOutcome: OfferTargetOutcome, municipality: { ags: string, name: string }, provider: { id: string, name: string }, figures: { seats: number, taken: number | null, free: number | null, applicants: number | null, occupancy: number | null, completionRate: number | null, transitionRate: number | null }, funding: { allocated: string, spent: string, remaining: string } | null, enrollments: Array<{ id: string, status: EnrollmentStatus, outcome: EnrollmentOutcome | null, appliedOn: string, enrolledOn: string | null, endedOn: string | null, reason: string | null, person: { id: string, givenName: string | null, familyName: string | null } | null }> | null } | null };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, title: string, status: OfferStatus } };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, title: string, seats: number, startDate: string, endDate: string } };

export type OpenOfferMutationVariables = Exact<{
  input: OfferStatusChangeInput;
}>;


export type OpenOfferMutation = { openOffer: { id: string, status: OfferStatus } };

export type StartOfferMutationVariables = Exact<{
  input: OfferStatusChangeInput;
}>;


export type StartOfferMutation = { startOffer: { id: string, status: OfferStatus } };

export type FinishOfferMutationVariables = Exact<{
  input: OfferStatusChangeInput;
}>;


export type FinishOfferMutation = { finishOffer: { id: string, status: OfferStatus } };

export type CancelOfferMutationVariables = Exact<{
  input: CancelOfferInput;
}>;


export type CancelOfferMutation = { cancelOffer: { id: string, status: OfferStatus } };

export type RecordEnrollmentOutcomeMutationVariables = Exact<{
  input: RecordEnrollmentOutcomeInput;
}>;


export type RecordEnrollmentOutcomeMutation = { recordEnrollmentOutcome: { id: string, status: EnrollmentStatus, outcome: EnrollmentOutcome | null, endedOn: string | null } };

export type PersonsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilterInput | null | undefined;
}>;


export type PersonsListQuery = { persons: { items: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, currentResidenceStatus: ResidenceStatus | null, currentBenefitRegime: BenefitRegime | null, municipality: { ags: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonDetailQuery = { person: { id: string, version: number | null, givenName: string | null, familyName: string | null, dateOfBirth: string | null, age: number | null, germanLevel: CefrLevel | null, currentResidenceStatus: ResidenceStatus | null, currentBenefitRegime: BenefitRegime | null, laterRegistrationsElsewhere: number | null, municipality: { ags: string, name: string } | null, caseManagingOrganization: { id: string, name: string } | null, residenceStatusHistory: Array<{ id: string, status: ResidenceStatus, validFrom: string, validUntil: string | null }> | null, benefitRegimeHistory: Array<{ id: string, regime: BenefitRegime, validFrom: string, validUntil: string | null }> | null, needs: Array<{ id: string, category: NeedCategory, status: PersonNeedStatus, note: string | null, recordedAt: string }> | null, consents: Array<{ id: string, active: boolean, purposes: Array<PersonDataPurpose>, legalBasis: PersonConsentLegalBasis, grantedAt: string, revokedAt: string | null, organization: { id: string, name: string } }> | null, referrals: Array<{ id: string, status: PersonReferralStatus, purpose: PersonDataPurpose, requestedAt: string, note: string | null, reason: string | null, fromOrganization: { id: string, name: string }, toOrganization: { id: string, name: string } | null, toOffer: { id: string, title: string } | null }> | null, enrollments: Array<{ id: string, status: EnrollmentStatus, appliedOn: string, enrolledOn: string | null, endedOn: string | null, offer: { id: string, title: string } }> | null, measureCareer: { length: number, threshold: number, reachesThreshold: boolean } | null, eligibleOffers: Array<{ id: string, title: string, startDate: string, provider: { id: string, name: string } }> } | null };

export type OrganizationChoicesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OrganizationChoicesQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type RecordNeedMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordNeedMutation = { recordNeed: { id: string, category: NeedCategory, status: PersonNeedStatus } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, active: boolean } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, active: boolean, revokedAt: string | null } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, status: PersonReferralStatus } };

export type AnswerReferralMutationVariables = Exact<{
  input: AnswerReferralInput;
}>;


export type AnswerReferralMutation = { answerReferral: { id: string, status: PersonReferralStatus } };

export type EnrollInOfferMutationVariables = Exact<{
  input: EnrollInOfferInput;
}>;


export type EnrollInOfferMutation = { enrollInOffer: { id: string, status: EnrollmentStatus, offer: { id: string, title: string } } };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { person: { id: string } | null, probableDuplicates: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, municipality: { name: string } | null }> } };

export type DataSubjectQueryVariables = Exact<{
  personId: string | number;
}>;


export type DataSubjectQuery = { dataSubject: { personId: string, erasure: { requestedAt: string, complete: boolean, pendingSubgraphs: Array<string> } | null, personsAccessLog: Array<{ occurredAt: string, subject: string, organizationId: string | null, roles: Array<string>, purpose: string | null, action: string, entity: string, fields: Array<string> }>, offersAccessLog: Array<{ occurredAt: string, subject: string, organizationId: string | null, roles: Array<string>, purpose: string | null, action: string, entity: string, fields: Array<string> }> } | null };

export type ErasePersonMutationVariables = Exact<{
  personId: string | number;
}>;


export type ErasePersonMutation = { erasePerson: { personId: string, requestedAt: string, complete: boolean, pendingSubgraphs: Array<string> } };

export const FundingApplicationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FundingApplicationRowFragment, unknown>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const AdminFundingProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFundingPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funder"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRateBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminFundingProgramsQuery, AdminFundingProgramsQueryVariables>;
export const DashboardAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<DashboardAreasQuery, DashboardAreasQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ags"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referenceDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referenceDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referenceDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byResidenceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byBenefitRegime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitRegime"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeedsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerLandscape"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"free"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"offerCategories"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureCareers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flaggedPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"second"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapFrom"}},{"kind":"Field","name":{"kind":"Name","value":"overlapUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedQualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"ownShare"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEnrolledPerson"}},{"kind":"Field","name":{"kind":"Name","value":"costPerCompletedQualification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingAreas"}},{"kind":"Field","name":{"kind":"Name","value":"missingExpectedAgencies"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarterlyIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const StateIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referenceDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referenceDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referenceDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureCareers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flaggedPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateIndicatorsQuery, StateIndicatorsQueryVariables>;
export const FundingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ags"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fundingOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"ownShare"}},{"kind":"Field","name":{"kind":"Name","value":"otherShare"}},{"kind":"Field","name":{"kind":"Name","value":"byBudgetProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetProduct"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingOverviewQuery, FundingOverviewQueryVariables>;
export const BudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"budgetProduct"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetsQuery, BudgetsQueryVariables>;
export const FundingApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingApplicationRow"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FundingApplicationsQuery, FundingApplicationsQueryVariables>;
export const FundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"ownShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingApplicationQuery, FundingApplicationQueryVariables>;
export const FundingAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenditures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"spentOn"}}]}}]}}]}}]} as unknown as DocumentNode<FundingAllocationQuery, FundingAllocationQueryVariables>;
export const RecordExpenditureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpenditure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpenditureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpenditure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"spentOn"}}]}}]}}]} as unknown as DocumentNode<RecordExpenditureMutation, RecordExpenditureMutationVariables>;
export const SubmitFundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitFundingApplicationMutation, SubmitFundingApplicationMutationVariables>;
export const WithdrawFundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawFundingApplicationMutation, WithdrawFundingApplicationMutationVariables>;
export const RejectFundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectFundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectFundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectFundingApplicationMutation, RejectFundingApplicationMutationVariables>;
export const ReopenFundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenFundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenFundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReopenFundingApplicationMutation, ReopenFundingApplicationMutationVariables>;
export const ApproveFundingApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveFundingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveFundingApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFundingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}}]}}]}}]} as unknown as DocumentNode<ApproveFundingApplicationMutation, ApproveFundingApplicationMutationVariables>;
export const AlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"leadMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingAreas"}},{"kind":"Field","name":{"kind":"Name","value":"missingExpectedAgencies"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AlliancesQuery, AlliancesQueryVariables>;
export const AllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"leadMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spannedMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missingAreas"}},{"kind":"Field","name":{"kind":"Name","value":"missingExpectedAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"presentExpectedAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"representedAreas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coreGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standingTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AllianceQuery, AllianceQueryVariables>;
export const NetworkOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkOrganizationsQuery, NetworkOrganizationsQueryVariables>;
export const ScheduleForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<ScheduleForumMutation, ScheduleForumMutationVariables>;
export const RecordAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]} as unknown as DocumentNode<RecordAgreementMutation, RecordAgreementMutationVariables>;
export const UpdateStandingTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandingTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandingTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandingTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpdateStandingTaskMutation, UpdateStandingTaskMutationVariables>;
export const ProviderOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOffersQuery, ProviderOffersQueryVariables>;
export const ProviderFundingApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderFundingApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingApplicationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProviderFundingApplicationsQuery, ProviderFundingApplicationsQueryVariables>;
export const OfferDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"transitionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferDetailQuery, OfferDetailQueryVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const OpenOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferStatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenOfferMutation, OpenOfferMutationVariables>;
export const StartOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferStatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartOfferMutation, StartOfferMutationVariables>;
export const FinishOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferStatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinishOfferMutation, FinishOfferMutationVariables>;
export const CancelOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelOfferMutation, CancelOfferMutationVariables>;
export const RecordEnrollmentOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEnrollmentOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEnrollmentOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEnrollmentOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<RecordEnrollmentOutcomeMutation, RecordEnrollmentOutcomeMutationVariables>;
export const PersonsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"currentResidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentBenefitRegime"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PersonsListQuery, PersonsListQueryVariables>;
export const PersonDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseManagingOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentResidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentBenefitRegime"}},{"kind":"Field","name":{"kind":"Name","value":"laterRegistrationsElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitRegimeHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureCareer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reachesThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetailQuery, PersonDetailQueryVariables>;
export const OrganizationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationChoicesQuery, OrganizationChoicesQueryVariables>;
export const RecordNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordNeedMutation, RecordNeedMutationVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const AnswerReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerReferralMutation, AnswerReferralMutationVariables>;
export const EnrollInOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollInOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollInOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollInOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollInOfferMutation, EnrollInOfferMutationVariables>;
export const RegisterPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probableDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const DataSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"erasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSubgraphs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offersAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<DataSubjectQuery, DataSubjectQueryVariables>;
export const ErasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSubgraphs"}}]}}]}}]} as unknown as DocumentNode<ErasePersonMutation, ErasePersonMutationVariables>;