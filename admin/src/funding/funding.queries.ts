import { graphql } from '../graphql';

/** What a list of funding applications shows in a row, for finance officers and providers alike. */
export const FundingApplicationRowFragment = graphql(`
  fragment FundingApplicationRow on FundingApplication {
    id
    title
    status
    requested
    approvedAmount
    allocated
    periodStart
    periodEnd
    program {
      id
      name
    }
  }
`);

export const FundingOverviewQuery = graphql(`
  query FundingOverview($ags: String!, $fiscalYear: Int!) {
    municipality(ags: $ags) {
      ags
      name
      fundingOverview(fiscalYear: $fiscalYear) {
        fiscalYear
        planned
        allocated
        spent
        stateShare
        ownShare
        otherShare
        byBudgetProduct {
          budgetProduct
          planned
          allocated
          spent
        }
        bySource {
          source
          allocated
          spent
        }
        byProgramme {
          program {
            id
            name
          }
          allocated
          spent
        }
      }
    }
  }
`);

export const BudgetsQuery = graphql(`
  query Budgets($first: Int, $after: String, $filter: BudgetFilter) {
    budgets(first: $first, after: $after, filter: $filter) {
      items {
        id
        title
        fiscalYear
        budgetProduct
        source
        amount
        allocated
        remaining
        program {
          id
          name
        }
        allocations {
          id
          amount
          spent
          remaining
          offer {
            id
            title
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const FundingApplicationsQuery = graphql(`
  query FundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {
    fundingApplications(first: $first, after: $after, filter: $filter) {
      items {
        ...FundingApplicationRow
        applicant {
          id
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

export const FundingApplicationQuery = graphql(`
  query FundingApplication($id: ID!) {
    fundingApplication(id: $id) {
      id
      title
      status
      requested
      ownShare
      totalCost
      approvedAmount
      approvedOn
      allocated
      periodStart
      periodEnd
      applicant {
        id
        name
      }
      program {
        id
        name
      }
      municipality {
        ags
        name
      }
      allocations {
        id
        fiscalYear
        amount
        spent
        remaining
        purpose
        offer {
          id
          title
        }
      }
    }
  }
`);

export const FundingAllocationQuery = graphql(`
  query FundingAllocation($id: ID!) {
    fundingAllocation(id: $id) {
      id
      fiscalYear
      amount
      spent
      remaining
      purpose
      offer {
        id
        title
      }
      budget {
        id
        title
      }
      application {
        id
        title
      }
      expenditures {
        id
        amount
        purpose
        spentOn
      }
    }
  }
`);

export const RecordExpenditureMutation = graphql(`
  mutation RecordExpenditure($input: RecordExpenditureInput!) {
    recordExpenditure(input: $input) {
      id
      amount
      purpose
      spentOn
    }
  }
`);

export const SubmitFundingApplicationMutation = graphql(`
  mutation SubmitFundingApplication($id: ID!) {
    submitFundingApplication(id: $id) {
      id
      status
    }
  }
`);

export const WithdrawFundingApplicationMutation = graphql(`
  mutation WithdrawFundingApplication($id: ID!) {
    withdrawFundingApplication(id: $id) {
      id
      status
    }
  }
`);

export const RejectFundingApplicationMutation = graphql(`
  mutation RejectFundingApplication($id: ID!) {
    rejectFundingApplication(id: $id) {
      id
      status
    }
  }
`);

export const ReopenFundingApplicationMutation = graphql(`
  mutation ReopenFundingApplication($id: ID!) {
    reopenFundingApplication(id: $id) {
      id
      status
    }
  }
`);

export const ApproveFundingApplicationMutation = graphql(`
  mutation ApproveFundingApplication($input: ApproveFundingApplicationInput!) {
    approveFundingApplication(input: $input) {
      id
      status
      approvedAmount
      approvedOn
    }
  }
`);
