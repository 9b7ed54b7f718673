import { graphql } from '../graphql';

export const ProviderOffersQuery = graphql(`
  query ProviderOffers($first: Int, $after: String, $filter: OfferFilterInput) {
    offers(first: $first, after: $after, filter: $filter) {
      items {
        id
        title
        category
        status
        startDate
        endDate
        seats
        municipality {
          ags
          name
        }
        figures {
          seats
          taken
          free
          applicants
          occupancy
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ProviderFundingApplicationsQuery = graphql(`
  query ProviderFundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {
    fundingApplications(first: $first, after: $after, filter: $filter) {
      items {
        ...FundingApplicationRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const OfferDetailQuery = graphql(`
  query OfferDetail($id: ID!) {
    offer(id: $id) {
      id
      title
      description
      category
      status
      startDate
      endDate
      seats
      hoursPerWeek
      targetOutcome
      municipality {
        ags
        name
      }
      provider {
        id
        name
      }
      figures {
        seats
        taken
        free
        applicants
        occupancy
        completionRate
        transitionRate
      }
      funding {
        allocated
        spent
        remaining
      }
      enrollments {
        id
        status
        outcome
        appliedOn
        enrolledOn
        endedOn
        reason
        person {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      title
      status
    }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      id
      title
      seats
      startDate
      endDate
    }
  }
`);

export const OpenOfferMutation = graphql(`
  mutation OpenOffer($input: OfferStatusChangeInput!) {
    openOffer(input: $input) {
      id
      status
    }
  }
`);

export const StartOfferMutation = graphql(`
  mutation StartOffer($input: OfferStatusChangeInput!) {
    startOffer(input: $input) {
      id
      status
    }
  }
`);

export const FinishOfferMutation = graphql(`
  mutation FinishOffer($input: OfferStatusChangeInput!) {
    finishOffer(input: $input) {
      id
      status
    }
  }
`);

export const CancelOfferMutation = graphql(`
  mutation CancelOffer($input: CancelOfferInput!) {
    cancelOffer(input: $input) {
      id
      status
    }
  }
`);

export const RecordEnrollmentOutcomeMutation = graphql(`
  mutation RecordEnrollmentOutcome($input: RecordEnrollmentOutcomeInput!) {
    recordEnrollmentOutcome(input: $input) {
      id
      status
      outcome
      endedOn
    }
  }
`);
