import type { Identity, Role } from '@gk/shared';
import type { BenchFixtures, EnrollPair } from './bench-data';
import type { IndicatorSelection } from './dashboard-query';
import type { OperationId } from './types';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Who sends an operation: the claims of the user token, and the purpose header. */
export interface Actor {
  subject: string;
  roles: Role[];
  organizationId?: string;
  ags: string[];
  purpose?: 'COUNSELLING' | 'REFERRAL' | 'ENROLLMENT' | 'REPORTING';
}

export const identityOf = (actor: Actor): Identity => ({
  subject: actor.subject,
  roles: actor.roles,
  organizationId: actor.organizationId ?? null,
  ags: actor.ags,
  purpose: actor.purpose ?? null,
});

export const OPEN_PERSON = `query OpenPerson($id: ID!) {
  person(id: $id) {
    id givenName familyName dateOfBirth currentResidenceStatus currentBenefitRegime
    residenceStatusHistory { status validFrom validUntil }
    needs { id category status }
    consents { id purposes active organization { id name } }
    enrollments { id status enrolledOn endedOn outcome offer { id title category provider { id name } } }
  }
}`;

export const PROVIDER_OFFERS = `query ProviderOffers($provider: ID!, $first: Int!) {
  offers(first: $first, filter: { providerId: $provider }) {
    items {
      id title category status startDate endDate seats
      figures { seats taken free applicants occupancy }
      enrollments { id status enrolledOn }
      funding { allocated spent remaining }
    }
  }
}`;

export const ENROLL = `mutation Enroll($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { id status } }`;

export const dashboardQuery = (selection: IndicatorSelection, ags: string, referenceDate: string): GraphQLRequest => ({
  query:
    'query Dashboard($ags: String!, $date: Date) { municipality(ags: $ags) { name indicators(referenceDate: $date) { ' +
    `${selection.selection} } } }`,
  variables: { ags, date: referenceDate },
});

export const stateQuery = (selection: IndicatorSelection, referenceDate: string): GraphQLRequest => ({
  query: `query StateGaps($date: Date) { stateIndicators(referenceDate: $date) { ${selection.selection} } }`,
  variables: { date: referenceDate },
});

export const enrollRequest = (pair: EnrollPair): GraphQLRequest => ({
  query: ENROLL,
  variables: { input: { offerId: pair.offerId, personId: pair.personId, person: pair.facts } },
});

/** The subgraph-direct plan of operation 1, the fetches Apollo's query plan makes, by hand. */
export const DIRECT_PERSON = {
  persons: `query($id: ID!) { person(id: $id) {
    id givenName familyName dateOfBirth currentResidenceStatus currentBenefitRegime
    residenceStatusHistory { status validFrom validUntil }
    needs { id category status }
    consents { id purposes active organization { id } }
    enrollmentsVisibleToViewer
  } }`,
  offers: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
    enrollments { id status enrolledOn endedOn outcome offer { id title category provider { id } } }
  } } }`,
  network: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id name } } }`,
};

/** The subgraph-direct plan of operation 2: offers, then funding for the same offers. */
export const DIRECT_OFFERS = {
  offers: `query($provider: ID!, $first: Int!) { offers(first: $first, filter: { providerId: $provider }) { items {
    id title category status startDate endDate seats
    figures { seats taken free applicants occupancy }
    enrollments { id status enrolledOn }
  } } }`,
  funding:
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { funding { allocated spent remaining } ' +
    '} } }',
};

export const OPERATION_TITLES: Record<OperationId, string> = {
  1: 'Case manager opens a person (residence history, needs, consents, enrollments with offers and providers)',
  2: 'Provider lists 50 of its offers (seat figures, enrollments, funding)',
  3: "Core group opens one municipality's dashboard",
  4: 'Core group loads the state-wide gap analysis',
  5: 'Case manager enrolls a person in an offer (write)',
};

export function actors(fixtures: BenchFixtures) {
  return {
    caseManager: {
      subject: 'bench-case-manager',
      roles: ['CASE_MANAGER'],
      organizationId: fixtures.caseManager.organizationId,
      ags: fixtures.caseManager.ags,
      purpose: 'COUNSELLING',
    } satisfies Actor,
    provider: {
      subject: 'bench-provider',
      roles: ['PROVIDER'],
      organizationId: fixtures.provider.organizationId,
      ags: [],
    } satisfies Actor,
    coreGroup: { subject: 'bench-core-group', roles: ['CORE_GROUP'], ags: fixtures.coreGroupAgs } satisfies Actor,
    stateCoreGroup: {
      subject: 'bench-state-core-group',
      roles: ['CORE_GROUP'],
      ags: fixtures.stateAgs,
    } satisfies Actor,
    fewAreasCoreGroup: {
      subject: 'bench-kreis-core-group',
      roles: ['CORE_GROUP'],
      ags: fixtures.fewAreasAgs,
    } satisfies Actor,
    enrollingCaseManager: {
      subject: 'bench-case-manager',
      roles: ['CASE_MANAGER'],
      organizationId: fixtures.caseManager.organizationId,
      ags: fixtures.caseManager.ags,
      purpose: 'ENROLLMENT',
    } satisfies Actor,
  };
}
