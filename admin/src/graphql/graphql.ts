/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type PersonsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilterInput | null | undefined;
}>;


export type PersonsListQuery = { persons: { items: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, currentResidenceStatus: ResidenceStatus | null, currentBenefitRegime: BenefitRegime | null, municipality: { ags: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };


export const PersonsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"currentResidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentBenefitRegime"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PersonsListQuery, PersonsListQueryVariables>;