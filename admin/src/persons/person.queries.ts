import { graphql } from '../graphql';

export const PersonDetailQuery = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      id
      version
      givenName
      familyName
      dateOfBirth
      age
      germanLevel
      municipality {
        ags
        name
      }
      caseManagingOrganization {
        id
        name
      }
      currentResidenceStatus
      currentBenefitRegime
      laterRegistrationsElsewhere
      residenceStatusHistory {
        id
        status
        validFrom
        validUntil
      }
      benefitRegimeHistory {
        id
        regime
        validFrom
        validUntil
      }
      needs {
        id
        category
        status
        note
        recordedAt
      }
      consents {
        id
        active
        purposes
        legalBasis
        grantedAt
        revokedAt
        organization {
          id
          name
        }
      }
      referrals {
        id
        status
        purpose
        requestedAt
        note
        reason
        fromOrganization {
          id
          name
        }
        toOrganization {
          id
          name
        }
        toOffer {
          id
          title
        }
      }
      enrollments {
        id
        status
        appliedOn
        enrolledOn
        endedOn
        offer {
          id
          title
        }
      }
      measureCareer {
        length
        threshold
        reachesThreshold
      }
      eligibleOffers {
        id
        title
        startDate
        provider {
          id
          name
        }
      }
    }
  }
`);

export const OrganizationChoicesQuery = graphql(`
  query OrganizationChoices($first: Int) {
    organizations(first: $first) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RecordNeedMutation = graphql(`
  mutation RecordNeed($input: RecordNeedInput!) {
    recordNeed(input: $input) {
      id
      category
      status
    }
  }
`);

export const GrantConsentMutation = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
      active
    }
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($id: ID!) {
    revokeConsent(id: $id) {
      id
      active
      revokedAt
    }
  }
`);

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
    }
  }
`);

export const AnswerReferralMutation = graphql(`
  mutation AnswerReferral($input: AnswerReferralInput!) {
    answerReferral(input: $input) {
      id
      status
    }
  }
`);

export const EnrollInOfferMutation = graphql(`
  mutation EnrollInOffer($input: EnrollInOfferInput!) {
    enrollInOffer(input: $input) {
      id
      status
      offer {
        id
        title
      }
    }
  }
`);

export const RegisterPersonMutation = graphql(`
  mutation RegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      person {
        id
      }
      probableDuplicates {
        id
        givenName
        familyName
        dateOfBirth
        municipality {
          name
        }
      }
    }
  }
`);
