import { graphql } from '../graphql';

export const AlliancesQuery = graphql(`
  query Alliances($first: Int, $after: String) {
    alliances(first: $first, after: $after) {
      nodes {
        id
        name
        startDate
        leadMunicipality {
          ags
          name
        }
        leadOffice {
          id
          name
        }
        coverage {
          complete
          missingAreas
          missingExpectedAgencies
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AllianceQuery = graphql(`
  query Alliance($id: ID!) {
    alliance(id: $id) {
      id
      name
      startDate
      leadMunicipality {
        ags
        name
      }
      leadOffice {
        id
        name
      }
      spannedMunicipalities {
        ags
        name
      }
      coverage {
        asOf
        complete
        missingAreas
        missingExpectedAgencies
        presentExpectedAgencies
        representedAreas
      }
      coreGroup {
        id
        area
        decisionAuthority
        representativeName
        representativeRole
        validFrom
        organization {
          id
          name
        }
      }
      forums {
        id
        title
        kind
        topic
        startsOn
        endsOn
        participants {
          id
          name
        }
      }
      agreements {
        id
        title
        summary
        signedOn
        parties {
          id
          name
        }
      }
      priorities {
        id
        rank
        title
        status
        dueOn
      }
      standingTasks {
        task
        status
        note
      }
    }
  }
`);

export const NetworkOrganizationsQuery = graphql(`
  query NetworkOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        kind
        areas
        municipality {
          ags
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ScheduleForumMutation = graphql(`
  mutation ScheduleForum($input: ScheduleForumInput!) {
    scheduleForum(input: $input) {
      id
      title
      startsOn
    }
  }
`);

export const RecordAgreementMutation = graphql(`
  mutation RecordAgreement($input: RecordAgreementInput!) {
    recordAgreement(input: $input) {
      id
      title
      signedOn
    }
  }
`);

export const UpdateStandingTaskMutation = graphql(`
  mutation UpdateStandingTask($input: UpdateStandingTaskInput!) {
    updateStandingTask(input: $input) {
      task
      status
      note
    }
  }
`);
