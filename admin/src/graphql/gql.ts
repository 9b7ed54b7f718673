/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AdminOrganizations($first: Int, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        municipality {\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.AdminOrganizationsDocument;
  '\n  query AdminFundingPrograms($first: Int, $after: String) {\n    fundingPrograms(first: $first, after: $after) {\n      items {\n        id\n        name\n        funder\n        periodStart\n        periodEnd\n        maxFundingRateBasisPoints\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.AdminFundingProgramsDocument;
  '\n  query DashboardAreas {\n    municipalities {\n      ags\n      name\n      kind\n    }\n  }\n': typeof types.DashboardAreasDocument;
  '\n  query Dashboard($ags: String!, $referenceDate: Date, $fromYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      kind\n      indicators(referenceDate: $referenceDate) {\n        referenceDate\n        targetGroup {\n          total {\n            value\n            suppressed\n          }\n          byResidenceStatus {\n            residenceStatus\n            persons {\n              value\n              suppressed\n            }\n          }\n          byAgeBand {\n            ageBand\n            persons {\n              value\n              suppressed\n            }\n          }\n          byBenefitRegime {\n            benefitRegime\n            persons {\n              value\n              suppressed\n            }\n          }\n          openNeedsByCategory {\n            category\n            openNeeds {\n              value\n              suppressed\n            }\n          }\n        }\n        offerLandscape {\n          category\n          offers\n          seats\n          enrolled {\n            value\n            suppressed\n          }\n          free {\n            value\n            suppressed\n          }\n          occupancyRate {\n            value\n            suppressed\n          }\n        }\n        gaps {\n          needCategory\n          offerCategories\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n        measureCareers {\n          flaggedPersons {\n            value\n            suppressed\n          }\n          threshold\n        }\n        duplicateCandidates {\n          category\n          first {\n            id\n            title\n          }\n          second {\n            id\n            title\n          }\n          overlapFrom\n          overlapUntil\n        }\n        participation {\n          fiscalYear\n          enrolledPersons {\n            value\n            suppressed\n          }\n          completedQualifications {\n            value\n            suppressed\n          }\n        }\n        money {\n          fiscalYear\n          planned\n          allocated\n          spent\n          stateShare\n          ownShare\n          costPerEnrolledPerson\n          costPerCompletedQualification\n        }\n        alliances {\n          alliance {\n            id\n            name\n          }\n          coverage {\n            complete\n            missingAreas\n            missingExpectedAgencies\n          }\n        }\n      }\n      quarterlyIndicators(fromYear: $fromYear) {\n        referenceDate\n        gaps {\n          needCategory\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query StateIndicators($referenceDate: Date, $kind: MunicipalityKind) {\n    stateIndicators(referenceDate: $referenceDate, kind: $kind) {\n      ags\n      referenceDate\n      municipality {\n        ags\n        name\n        kind\n      }\n      targetGroup {\n        total {\n          value\n          suppressed\n        }\n      }\n      gaps {\n        needCategory\n        shortfall\n        isGap\n      }\n      measureCareers {\n        flaggedPersons {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n': typeof types.StateIndicatorsDocument;
  '\n  query FundingOverview($ags: String!, $fiscalYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      fundingOverview(fiscalYear: $fiscalYear) {\n        fiscalYear\n        planned\n        allocated\n        spent\n        stateShare\n        ownShare\n        otherShare\n        byBudgetProduct {\n          budgetProduct\n          planned\n          allocated\n          spent\n        }\n        bySource {\n          source\n          allocated\n          spent\n        }\n        byProgramme {\n          program {\n            id\n            name\n          }\n          allocated\n          spent\n        }\n      }\n    }\n  }\n': typeof types.FundingOverviewDocument;
  '\n  query Budgets($first: Int, $after: String, $filter: BudgetFilter) {\n    budgets(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        fiscalYear\n        budgetProduct\n        source\n        amount\n        allocated\n        remaining\n        program {\n          id\n          name\n        }\n        allocations {\n          id\n          amount\n          spent\n          remaining\n          offer {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.BudgetsDocument;
  '\n  query FundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        applicant {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.FundingApplicationsDocument;
  '\n  query FundingApplication($id: ID!) {\n    fundingApplication(id: $id) {\n      id\n      title\n      status\n      requested\n      ownShare\n      totalCost\n      approvedAmount\n      approvedOn\n      allocated\n      periodStart\n      periodEnd\n      applicant {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      municipality {\n        ags\n        name\n      }\n      allocations {\n        id\n        fiscalYear\n        amount\n        spent\n        remaining\n        purpose\n        offer {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.FundingApplicationDocument;
  '\n  query FundingAllocation($id: ID!) {\n    fundingAllocation(id: $id) {\n      id\n      fiscalYear\n      amount\n      spent\n      remaining\n      purpose\n      offer {\n        id\n        title\n      }\n      budget {\n        id\n        title\n      }\n      application {\n        id\n        title\n      }\n      expenditures {\n        id\n        amount\n        purpose\n        spentOn\n      }\n    }\n  }\n': typeof types.FundingAllocationDocument;
  '\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      amount\n      purpose\n      spentOn\n    }\n  }\n': typeof types.RecordExpenditureDocument;
  '\n  mutation SubmitFundingApplication($id: ID!) {\n    submitFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.SubmitFundingApplicationDocument;
  '\n  mutation WithdrawFundingApplication($id: ID!) {\n    withdrawFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawFundingApplicationDocument;
  '\n  mutation RejectFundingApplication($id: ID!) {\n    rejectFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RejectFundingApplicationDocument;
  '\n  mutation ReopenFundingApplication($id: ID!) {\n    reopenFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ReopenFundingApplicationDocument;
  '\n  mutation ApproveFundingApplication($input: ApproveFundingApplicationInput!) {\n    approveFundingApplication(input: $input) {\n      id\n      status\n      approvedAmount\n      approvedOn\n    }\n  }\n': typeof types.ApproveFundingApplicationDocument;
  '\n  query Alliances($first: Int, $after: String) {\n    alliances(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        startDate\n        leadMunicipality {\n          ags\n          name\n        }\n        leadOffice {\n          id\n          name\n        }\n        coverage {\n          complete\n          missingAreas\n          missingExpectedAgencies\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.AlliancesDocument;
  '\n  query Alliance($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      startDate\n      leadMunicipality {\n        ags\n        name\n      }\n      leadOffice {\n        id\n        name\n      }\n      spannedMunicipalities {\n        ags\n        name\n      }\n      coverage {\n        asOf\n        complete\n        missingAreas\n        missingExpectedAgencies\n        presentExpectedAgencies\n        representedAreas\n      }\n      coreGroup {\n        id\n        area\n        decisionAuthority\n        representativeName\n        representativeRole\n        validFrom\n        organization {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        title\n        kind\n        topic\n        startsOn\n        endsOn\n        participants {\n          id\n          name\n        }\n      }\n      agreements {\n        id\n        title\n        summary\n        signedOn\n        parties {\n          id\n          name\n        }\n      }\n      priorities {\n        id\n        rank\n        title\n        status\n        dueOn\n      }\n      standingTasks {\n        task\n        status\n        note\n      }\n    }\n  }\n': typeof types.AllianceDocument;
  '\n  query NetworkOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        areas\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.NetworkOrganizationsDocument;
  '\n  mutation ScheduleForum($input: ScheduleForumInput!) {\n    scheduleForum(input: $input) {\n      id\n      title\n      startsOn\n    }\n  }\n': typeof types.ScheduleForumDocument;
  '\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      id\n      title\n      signedOn\n    }\n  }\n': typeof types.RecordAgreementDocument;
  '\n  mutation UpdateStandingTask($input: UpdateStandingTaskInput!) {\n    updateStandingTask(input: $input) {\n      task\n      status\n      note\n    }\n  }\n': typeof types.UpdateStandingTaskDocument;
  '\n  query ProviderOffers($first: Int, $after: String, $filter: OfferFilterInput) {\n    offers(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        category\n        status\n        startDate\n        endDate\n        seats\n        municipality {\n          ags\n          name\n        }\n        figures {\n          seats\n          taken\n          free\n          applicants\n          occupancy\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ProviderOffersDocument;
  '\n  query ProviderFundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ProviderFundingApplicationsDocument;
  '\n  query OfferDetail($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      startDate\n      endDate\n      seats\n      hoursPerWeek\n      targetOutcome\n      municipality {\n        ags\n        name\n      }\n      provider {\n        id\n        name\n      }\n      figures {\n        seats\n        taken\n        free\n        applicants\n        occupancy\n        completionRate\n        transitionRate\n      }\n      funding {\n        allocated\n        spent\n        remaining\n      }\n      enrollments {\n        id\n        status\n        outcome\n        appliedOn\n        enrolledOn\n        endedOn\n        reason\n        person {\n          id\n          givenName\n          familyName\n        }\n      }\n    }\n  }\n': typeof types.OfferDetailDocument;
  '\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n': typeof types.CreateOfferDocument;
  '\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      seats\n      startDate\n      endDate\n    }\n  }\n': typeof types.UpdateOfferDocument;
  '\n  mutation OpenOffer($input: OfferStatusChangeInput!) {\n    openOffer(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.OpenOfferDocument;
  '\n  mutation StartOffer($input: OfferStatusChangeInput!) {\n    startOffer(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.StartOfferDocument;
  '\n  mutation FinishOffer($input: OfferStatusChangeInput!) {\n    finishOffer(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.FinishOfferDocument;
  '\n  mutation CancelOffer($input: CancelOfferInput!) {\n    cancelOffer(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CancelOfferDocument;
  '\n  mutation RecordEnrollmentOutcome($input: RecordEnrollmentOutcomeInput!) {\n    recordEnrollmentOutcome(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n': typeof types.RecordEnrollmentOutcomeDocument;
  '\n  query PersonsList($first: Int, $after: String, $filter: PersonFilterInput) {\n    persons(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        currentResidenceStatus\n        currentBenefitRegime\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PersonsListDocument;
  '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      dateOfBirth\n      age\n      germanLevel\n      municipality {\n        ags\n        name\n      }\n      caseManagingOrganization {\n        id\n        name\n      }\n      currentResidenceStatus\n      currentBenefitRegime\n      laterRegistrationsElsewhere\n      residenceStatusHistory {\n        id\n        status\n        validFrom\n        validUntil\n      }\n      benefitRegimeHistory {\n        id\n        regime\n        validFrom\n        validUntil\n      }\n      needs {\n        id\n        category\n        status\n        note\n        recordedAt\n      }\n      consents {\n        id\n        active\n        purposes\n        legalBasis\n        grantedAt\n        revokedAt\n        organization {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        status\n        purpose\n        requestedAt\n        note\n        reason\n        fromOrganization {\n          id\n          name\n        }\n        toOrganization {\n          id\n          name\n        }\n        toOffer {\n          id\n          title\n        }\n      }\n      enrollments {\n        id\n        status\n        appliedOn\n        enrolledOn\n        endedOn\n        offer {\n          id\n          title\n        }\n      }\n      measureCareer {\n        length\n        threshold\n        reachesThreshold\n      }\n      eligibleOffers {\n        id\n        title\n        startDate\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PersonDetailDocument;
  '\n  query OrganizationChoices($first: Int) {\n    organizations(first: $first) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.OrganizationChoicesDocument;
  '\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      id\n      category\n      status\n    }\n  }\n': typeof types.RecordNeedDocument;
  '\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      active\n    }\n  }\n': typeof types.GrantConsentDocument;
  '\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n': typeof types.RevokeConsentDocument;
  '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CreateReferralDocument;
  '\n  mutation AnswerReferral($input: AnswerReferralInput!) {\n    answerReferral(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.AnswerReferralDocument;
  '\n  mutation EnrollInOffer($input: EnrollInOfferInput!) {\n    enrollInOffer(input: $input) {\n      id\n      status\n      offer {\n        id\n        title\n      }\n    }\n  }\n': typeof types.EnrollInOfferDocument;
  '\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      person {\n        id\n      }\n      probableDuplicates {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        municipality {\n          name\n        }\n      }\n    }\n  }\n': typeof types.RegisterPersonDocument;
  '\n  query DataSubject($personId: ID!) {\n    dataSubject(personId: $personId) {\n      personId\n      erasure {\n        requestedAt\n        complete\n        pendingSubgraphs\n      }\n      personsAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n      offersAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n    }\n  }\n': typeof types.DataSubjectDocument;
  '\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) {\n      personId\n      requestedAt\n      complete\n      pendingSubgraphs\n    }\n  }\n': typeof types.ErasePersonDocument;
};
const documents: Documents = {
  '\n  query AdminOrganizations($first: Int, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        municipality {\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.AdminOrganizationsDocument,
  '\n  query AdminFundingPrograms($first: Int, $after: String) {\n    fundingPrograms(first: $first, after: $after) {\n      items {\n        id\n        name\n        funder\n        periodStart\n        periodEnd\n        maxFundingRateBasisPoints\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.AdminFundingProgramsDocument,
  '\n  query DashboardAreas {\n    municipalities {\n      ags\n      name\n      kind\n    }\n  }\n':
    types.DashboardAreasDocument,
  '\n  query Dashboard($ags: String!, $referenceDate: Date, $fromYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      kind\n      indicators(referenceDate: $referenceDate) {\n        referenceDate\n        targetGroup {\n          total {\n            value\n            suppressed\n          }\n          byResidenceStatus {\n            residenceStatus\n            persons {\n              value\n              suppressed\n            }\n          }\n          byAgeBand {\n            ageBand\n            persons {\n              value\n              suppressed\n            }\n          }\n          byBenefitRegime {\n            benefitRegime\n            persons {\n              value\n              suppressed\n            }\n          }\n          openNeedsByCategory {\n            category\n            openNeeds {\n              value\n              suppressed\n            }\n          }\n        }\n        offerLandscape {\n          category\n          offers\n          seats\n          enrolled {\n            value\n            suppressed\n          }\n          free {\n            value\n            suppressed\n          }\n          occupancyRate {\n            value\n            suppressed\n          }\n        }\n        gaps {\n          needCategory\n          offerCategories\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n        measureCareers {\n          flaggedPersons {\n            value\n            suppressed\n          }\n          threshold\n        }\n        duplicateCandidates {\n          category\n          first {\n            id\n            title\n          }\n          second {\n            id\n            title\n          }\n          overlapFrom\n          overlapUntil\n        }\n        participation {\n          fiscalYear\n          enrolledPersons {\n            value\n            suppressed\n          }\n          completedQualifications {\n            value\n            suppressed\n          }\n        }\n        money {\n          fiscalYear\n          planned\n          allocated\n          spent\n          stateShare\n          ownShare\n          costPerEnrolledPerson\n          costPerCompletedQualification\n        }\n        alliances {\n          alliance {\n            id\n            name\n          }\n          coverage {\n            complete\n            missingAreas\n            missingExpectedAgencies\n          }\n        }\n      }\n      quarterlyIndicators(fromYear: $fromYear) {\n        referenceDate\n        gaps {\n          needCategory\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query StateIndicators($referenceDate: Date, $kind: MunicipalityKind) {\n    stateIndicators(referenceDate: $referenceDate, kind: $kind) {\n      ags\n      referenceDate\n      municipality {\n        ags\n        name\n        kind\n      }\n      targetGroup {\n        total {\n          value\n          suppressed\n        }\n      }\n      gaps {\n        needCategory\n        shortfall\n        isGap\n      }\n      measureCareers {\n        flaggedPersons {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n':
    types.StateIndicatorsDocument,
  '\n  query FundingOverview($ags: String!, $fiscalYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      fundingOverview(fiscalYear: $fiscalYear) {\n        fiscalYear\n        planned\n        allocated\n        spent\n        stateShare\n        ownShare\n        otherShare\n        byBudgetProduct {\n          budgetProduct\n          planned\n          allocated\n          spent\n        }\n        bySource {\n          source\n          allocated\n          spent\n        }\n        byProgramme {\n          program {\n            id\n            name\n          }\n          allocated\n          spent\n        }\n      }\n    }\n  }\n':
    types.FundingOverviewDocument,
  '\n  query Budgets($first: Int, $after: String, $filter: BudgetFilter) {\n    budgets(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        fiscalYear\n        budgetProduct\n        source\n        amount\n        allocated\n        remaining\n        program {\n          id\n          name\n        }\n        allocations {\n          id\n          amount\n          spent\n          remaining\n          offer {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.BudgetsDocument,
  '\n  query FundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        applicant {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.FundingApplicationsDocument,
  '\n  query FundingApplication($id: ID!) {\n    fundingApplication(id: $id) {\n      id\n      title\n      status\n      requested\n      ownShare\n      totalCost\n      approvedAmount\n      approvedOn\n      allocated\n      periodStart\n      periodEnd\n      applicant {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      municipality {\n        ags\n        name\n      }\n      allocations {\n        id\n        fiscalYear\n        amount\n        spent\n        remaining\n        purpose\n        offer {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.FundingApplicationDocument,
  '\n  query FundingAllocation($id: ID!) {\n    fundingAllocation(id: $id) {\n      id\n      fiscalYear\n      amount\n      spent\n      remaining\n      purpose\n      offer {\n        id\n        title\n      }\n      budget {\n        id\n        title\n      }\n      application {\n        id\n        title\n      }\n      expenditures {\n        id\n        amount\n        purpose\n        spentOn\n      }\n    }\n  }\n':
    types.FundingAllocationDocument,
  '\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      amount\n      purpose\n      spentOn\n    }\n  }\n':
    types.RecordExpenditureDocument,
  '\n  mutation SubmitFundingApplication($id: ID!) {\n    submitFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.SubmitFundingApplicationDocument,
  '\n  mutation WithdrawFundingApplication($id: ID!) {\n    withdrawFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawFundingApplicationDocument,
  '\n  mutation RejectFundingApplication($id: ID!) {\n    rejectFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RejectFundingApplicationDocument,
  '\n  mutation ReopenFundingApplication($id: ID!) {\n    reopenFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ReopenFundingApplicationDocument,
  '\n  mutation ApproveFundingApplication($input: ApproveFundingApplicationInput!) {\n    approveFundingApplication(input: $input) {\n      id\n      status\n      approvedAmount\n      approvedOn\n    }\n  }\n':
    types.ApproveFundingApplicationDocument,
  '\n  query Alliances($first: Int, $after: String) {\n    alliances(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        startDate\n        leadMunicipality {\n          ags\n          name\n        }\n        leadOffice {\n          id\n          name\n        }\n        coverage {\n          complete\n          missingAreas\n          missingExpectedAgencies\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.AlliancesDocument,
  '\n  query Alliance($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      startDate\n      leadMunicipality {\n        ags\n        name\n      }\n      leadOffice {\n        id\n        name\n      }\n      spannedMunicipalities {\n        ags\n        name\n      }\n      coverage {\n        asOf\n        complete\n        missingAreas\n        missingExpectedAgencies\n        presentExpectedAgencies\n        representedAreas\n      }\n      coreGroup {\n        id\n        area\n        decisionAuthority\n        representativeName\n        representativeRole\n        validFrom\n        organization {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        title\n        kind\n        topic\n        startsOn\n        endsOn\n        participants {\n          id\n          name\n        }\n      }\n      agreements {\n        id\n        title\n        summary\n        signedOn\n        parties {\n          id\n          name\n        }\n      }\n      priorities {\n        id\n        rank\n        title\n        status\n        dueOn\n      }\n      standingTasks {\n        task\n        status\n        note\n      }\n    }\n  }\n':
    types.AllianceDocument,
  '\n  query NetworkOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        areas\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.NetworkOrganizationsDocument,
  '\n  mutation ScheduleForum($input: ScheduleForumInput!) {\n    scheduleForum(input: $input) {\n      id\n      title\n      startsOn\n    }\n  }\n':
    types.ScheduleForumDocument,
  '\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      id\n      title\n      signedOn\n    }\n  }\n':
    types.RecordAgreementDocument,
  '\n  mutation UpdateStandingTask($input: UpdateStandingTaskInput!) {\n    updateStandingTask(input: $input) {\n      task\n      status\n      note\n    }\n  }\n':
    types.UpdateStandingTaskDocument,
  '\n  query ProviderOffers($first: Int, $after: String, $filter: OfferFilterInput) {\n    offers(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        category\n        status\n        startDate\n        endDate\n        seats\n        municipality {\n          ags\n          name\n        }\n        figures {\n          seats\n          taken\n          free\n          applicants\n          occupancy\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ProviderOffersDocument,
  '\n  query ProviderFundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ProviderFundingApplicationsDocument,
  '\n  query OfferDetail($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      startDate\n      endDate\n      seats\n      hoursPerWeek\n      targetOutcome\n      municipality {\n        ags\n        name\n      }\n      provider {\n        id\n        name\n      }\n      figures {\n        seats\n        taken\n        free\n        applicants\n        occupancy\n        completionRate\n        transitionRate\n      }\n      funding {\n        allocated\n        spent\n        remaining\n      }\n      enrollments {\n        id\n        status\n        outcome\n        appliedOn\n        enrolledOn\n        endedOn\n        reason\n        person {\n          id\n          givenName\n          familyName\n        }\n      }\n    }\n  }\n':
    types.OfferDetailDocument,
  '\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n':
    types.CreateOfferDocument,
  '\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      seats\n      startDate\n      endDate\n    }\n  }\n':
    types.UpdateOfferDocument,
  '\n  mutation OpenOffer($input: OfferStatusChangeInput!) {\n    openOffer(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.OpenOfferDocument,
  '\n  mutation StartOffer($input: OfferStatusChangeInput!) {\n    startOffer(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.StartOfferDocument,
  '\n  mutation FinishOffer($input: OfferStatusChangeInput!) {\n    finishOffer(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.FinishOfferDocument,
  '\n  mutation CancelOffer($input: CancelOfferInput!) {\n    cancelOffer(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CancelOfferDocument,
  '\n  mutation RecordEnrollmentOutcome($input: RecordEnrollmentOutcomeInput!) {\n    recordEnrollmentOutcome(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n':
    types.RecordEnrollmentOutcomeDocument,
  '\n  query PersonsList($first: Int, $after: String, $filter: PersonFilterInput) {\n    persons(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        currentResidenceStatus\n        currentBenefitRegime\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PersonsListDocument,
  '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      dateOfBirth\n      age\n      germanLevel\n      municipality {\n        ags\n        name\n      }\n      caseManagingOrganization {\n        id\n        name\n      }\n      currentResidenceStatus\n      currentBenefitRegime\n      laterRegistrationsElsewhere\n      residenceStatusHistory {\n        id\n        status\n        validFrom\n        validUntil\n      }\n      benefitRegimeHistory {\n        id\n        regime\n        validFrom\n        validUntil\n      }\n      needs {\n        id\n        category\n        status\n        note\n        recordedAt\n      }\n      consents {\n        id\n        active\n        purposes\n        legalBasis\n        grantedAt\n        revokedAt\n        organization {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        status\n        purpose\n        requestedAt\n        note\n        reason\n        fromOrganization {\n          id\n          name\n        }\n        toOrganization {\n          id\n          name\n        }\n        toOffer {\n          id\n          title\n        }\n      }\n      enrollments {\n        id\n        status\n        appliedOn\n        enrolledOn\n        endedOn\n        offer {\n          id\n          title\n        }\n      }\n      measureCareer {\n        length\n        threshold\n        reachesThreshold\n      }\n      eligibleOffers {\n        id\n        title\n        startDate\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PersonDetailDocument,
  '\n  query OrganizationChoices($first: Int) {\n    organizations(first: $first) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.OrganizationChoicesDocument,
  '\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      id\n      category\n      status\n    }\n  }\n':
    types.RecordNeedDocument,
  '\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      active\n    }\n  }\n':
    types.GrantConsentDocument,
  '\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n':
    types.RevokeConsentDocument,
  '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CreateReferralDocument,
  '\n  mutation AnswerReferral($input: AnswerReferralInput!) {\n    answerReferral(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.AnswerReferralDocument,
  '\n  mutation EnrollInOffer($input: EnrollInOfferInput!) {\n    enrollInOffer(input: $input) {\n      id\n      status\n      offer {\n        id\n        title\n      }\n    }\n  }\n':
    types.EnrollInOfferDocument,
  '\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      person {\n        id\n      }\n      probableDuplicates {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        municipality {\n          name\n        }\n      }\n    }\n  }\n':
    types.RegisterPersonDocument,
  '\n  query DataSubject($personId: ID!) {\n    dataSubject(personId: $personId) {\n      personId\n      erasure {\n        requestedAt\n        complete\n        pendingSubgraphs\n      }\n      personsAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n      offersAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n    }\n  }\n':
    types.DataSubjectDocument,
  '\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) {\n      personId\n      requestedAt\n      complete\n      pendingSubgraphs\n    }\n  }\n':
    types.ErasePersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOrganizations($first: Int, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        municipality {\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganizations($first: Int, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        municipality {\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminFundingPrograms($first: Int, $after: String) {\n    fundingPrograms(first: $first, after: $after) {\n      items {\n        id\n        name\n        funder\n        periodStart\n        periodEnd\n        maxFundingRateBasisPoints\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminFundingPrograms($first: Int, $after: String) {\n    fundingPrograms(first: $first, after: $after) {\n      items {\n        id\n        name\n        funder\n        periodStart\n        periodEnd\n        maxFundingRateBasisPoints\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardAreas {\n    municipalities {\n      ags\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query DashboardAreas {\n    municipalities {\n      ags\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($ags: String!, $referenceDate: Date, $fromYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      kind\n      indicators(referenceDate: $referenceDate) {\n        referenceDate\n        targetGroup {\n          total {\n            value\n            suppressed\n          }\n          byResidenceStatus {\n            residenceStatus\n            persons {\n              value\n              suppressed\n            }\n          }\n          byAgeBand {\n            ageBand\n            persons {\n              value\n              suppressed\n            }\n          }\n          byBenefitRegime {\n            benefitRegime\n            persons {\n              value\n              suppressed\n            }\n          }\n          openNeedsByCategory {\n            category\n            openNeeds {\n              value\n              suppressed\n            }\n          }\n        }\n        offerLandscape {\n          category\n          offers\n          seats\n          enrolled {\n            value\n            suppressed\n          }\n          free {\n            value\n            suppressed\n          }\n          occupancyRate {\n            value\n            suppressed\n          }\n        }\n        gaps {\n          needCategory\n          offerCategories\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n        measureCareers {\n          flaggedPersons {\n            value\n            suppressed\n          }\n          threshold\n        }\n        duplicateCandidates {\n          category\n          first {\n            id\n            title\n          }\n          second {\n            id\n            title\n          }\n          overlapFrom\n          overlapUntil\n        }\n        participation {\n          fiscalYear\n          enrolledPersons {\n            value\n            suppressed\n          }\n          completedQualifications {\n            value\n            suppressed\n          }\n        }\n        money {\n          fiscalYear\n          planned\n          allocated\n          spent\n          stateShare\n          ownShare\n          costPerEnrolledPerson\n          costPerCompletedQualification\n        }\n        alliances {\n          alliance {\n            id\n            name\n          }\n          coverage {\n            complete\n            missingAreas\n            missingExpectedAgencies\n          }\n        }\n      }\n      quarterlyIndicators(fromYear: $fromYear) {\n        referenceDate\n        gaps {\n          needCategory\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($ags: String!, $referenceDate: Date, $fromYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      kind\n      indicators(referenceDate: $referenceDate) {\n        referenceDate\n        targetGroup {\n          total {\n            value\n            suppressed\n          }\n          byResidenceStatus {\n            residenceStatus\n            persons {\n              value\n              suppressed\n            }\n          }\n          byAgeBand {\n            ageBand\n            persons {\n              value\n              suppressed\n            }\n          }\n          byBenefitRegime {\n            benefitRegime\n            persons {\n              value\n              suppressed\n            }\n          }\n          openNeedsByCategory {\n            category\n            openNeeds {\n              value\n              suppressed\n            }\n          }\n        }\n        offerLandscape {\n          category\n          offers\n          seats\n          enrolled {\n            value\n            suppressed\n          }\n          free {\n            value\n            suppressed\n          }\n          occupancyRate {\n            value\n            suppressed\n          }\n        }\n        gaps {\n          needCategory\n          offerCategories\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n        measureCareers {\n          flaggedPersons {\n            value\n            suppressed\n          }\n          threshold\n        }\n        duplicateCandidates {\n          category\n          first {\n            id\n            title\n          }\n          second {\n            id\n            title\n          }\n          overlapFrom\n          overlapUntil\n        }\n        participation {\n          fiscalYear\n          enrolledPersons {\n            value\n            suppressed\n          }\n          completedQualifications {\n            value\n            suppressed\n          }\n        }\n        money {\n          fiscalYear\n          planned\n          allocated\n          spent\n          stateShare\n          ownShare\n          costPerEnrolledPerson\n          costPerCompletedQualification\n        }\n        alliances {\n          alliance {\n            id\n            name\n          }\n          coverage {\n            complete\n            missingAreas\n            missingExpectedAgencies\n          }\n        }\n      }\n      quarterlyIndicators(fromYear: $fromYear) {\n        referenceDate\n        gaps {\n          needCategory\n          demand {\n            value\n            suppressed\n          }\n          supply {\n            value\n            suppressed\n          }\n          shortfall\n          isGap\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StateIndicators($referenceDate: Date, $kind: MunicipalityKind) {\n    stateIndicators(referenceDate: $referenceDate, kind: $kind) {\n      ags\n      referenceDate\n      municipality {\n        ags\n        name\n        kind\n      }\n      targetGroup {\n        total {\n          value\n          suppressed\n        }\n      }\n      gaps {\n        needCategory\n        shortfall\n        isGap\n      }\n      measureCareers {\n        flaggedPersons {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StateIndicators($referenceDate: Date, $kind: MunicipalityKind) {\n    stateIndicators(referenceDate: $referenceDate, kind: $kind) {\n      ags\n      referenceDate\n      municipality {\n        ags\n        name\n        kind\n      }\n      targetGroup {\n        total {\n          value\n          suppressed\n        }\n      }\n      gaps {\n        needCategory\n        shortfall\n        isGap\n      }\n      measureCareers {\n        flaggedPersons {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingOverview($ags: String!, $fiscalYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      fundingOverview(fiscalYear: $fiscalYear) {\n        fiscalYear\n        planned\n        allocated\n        spent\n        stateShare\n        ownShare\n        otherShare\n        byBudgetProduct {\n          budgetProduct\n          planned\n          allocated\n          spent\n        }\n        bySource {\n          source\n          allocated\n          spent\n        }\n        byProgramme {\n          program {\n            id\n            name\n          }\n          allocated\n          spent\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingOverview($ags: String!, $fiscalYear: Int!) {\n    municipality(ags: $ags) {\n      ags\n      name\n      fundingOverview(fiscalYear: $fiscalYear) {\n        fiscalYear\n        planned\n        allocated\n        spent\n        stateShare\n        ownShare\n        otherShare\n        byBudgetProduct {\n          budgetProduct\n          planned\n          allocated\n          spent\n        }\n        bySource {\n          source\n          allocated\n          spent\n        }\n        byProgramme {\n          program {\n            id\n            name\n          }\n          allocated\n          spent\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Budgets($first: Int, $after: String, $filter: BudgetFilter) {\n    budgets(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        fiscalYear\n        budgetProduct\n        source\n        amount\n        allocated\n        remaining\n        program {\n          id\n          name\n        }\n        allocations {\n          id\n          amount\n          spent\n          remaining\n          offer {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Budgets($first: Int, $after: String, $filter: BudgetFilter) {\n    budgets(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        fiscalYear\n        budgetProduct\n        source\n        amount\n        allocated\n        remaining\n        program {\n          id\n          name\n        }\n        allocations {\n          id\n          amount\n          spent\n          remaining\n          offer {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        applicant {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        applicant {\n          id\n          name\n        }\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingApplication($id: ID!) {\n    fundingApplication(id: $id) {\n      id\n      title\n      status\n      requested\n      ownShare\n      totalCost\n      approvedAmount\n      approvedOn\n      allocated\n      periodStart\n      periodEnd\n      applicant {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      municipality {\n        ags\n        name\n      }\n      allocations {\n        id\n        fiscalYear\n        amount\n        spent\n        remaining\n        purpose\n        offer {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingApplication($id: ID!) {\n    fundingApplication(id: $id) {\n      id\n      title\n      status\n      requested\n      ownShare\n      totalCost\n      approvedAmount\n      approvedOn\n      allocated\n      periodStart\n      periodEnd\n      applicant {\n        id\n        name\n      }\n      program {\n        id\n        name\n      }\n      municipality {\n        ags\n        name\n      }\n      allocations {\n        id\n        fiscalYear\n        amount\n        spent\n        remaining\n        purpose\n        offer {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingAllocation($id: ID!) {\n    fundingAllocation(id: $id) {\n      id\n      fiscalYear\n      amount\n      spent\n      remaining\n      purpose\n      offer {\n        id\n        title\n      }\n      budget {\n        id\n        title\n      }\n      application {\n        id\n        title\n      }\n      expenditures {\n        id\n        amount\n        purpose\n        spentOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingAllocation($id: ID!) {\n    fundingAllocation(id: $id) {\n      id\n      fiscalYear\n      amount\n      spent\n      remaining\n      purpose\n      offer {\n        id\n        title\n      }\n      budget {\n        id\n        title\n      }\n      application {\n        id\n        title\n      }\n      expenditures {\n        id\n        amount\n        purpose\n        spentOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      amount\n      purpose\n      spentOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExpenditure($input: RecordExpenditureInput!) {\n    recordExpenditure(input: $input) {\n      id\n      amount\n      purpose\n      spentOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitFundingApplication($id: ID!) {\n    submitFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitFundingApplication($id: ID!) {\n    submitFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawFundingApplication($id: ID!) {\n    withdrawFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawFundingApplication($id: ID!) {\n    withdrawFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectFundingApplication($id: ID!) {\n    rejectFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectFundingApplication($id: ID!) {\n    rejectFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenFundingApplication($id: ID!) {\n    reopenFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenFundingApplication($id: ID!) {\n    reopenFundingApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveFundingApplication($input: ApproveFundingApplicationInput!) {\n    approveFundingApplication(input: $input) {\n      id\n      status\n      approvedAmount\n      approvedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveFundingApplication($input: ApproveFundingApplicationInput!) {\n    approveFundingApplication(input: $input) {\n      id\n      status\n      approvedAmount\n      approvedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Alliances($first: Int, $after: String) {\n    alliances(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        startDate\n        leadMunicipality {\n          ags\n          name\n        }\n        leadOffice {\n          id\n          name\n        }\n        coverage {\n          complete\n          missingAreas\n          missingExpectedAgencies\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Alliances($first: Int, $after: String) {\n    alliances(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        startDate\n        leadMunicipality {\n          ags\n          name\n        }\n        leadOffice {\n          id\n          name\n        }\n        coverage {\n          complete\n          missingAreas\n          missingExpectedAgencies\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Alliance($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      startDate\n      leadMunicipality {\n        ags\n        name\n      }\n      leadOffice {\n        id\n        name\n      }\n      spannedMunicipalities {\n        ags\n        name\n      }\n      coverage {\n        asOf\n        complete\n        missingAreas\n        missingExpectedAgencies\n        presentExpectedAgencies\n        representedAreas\n      }\n      coreGroup {\n        id\n        area\n        decisionAuthority\n        representativeName\n        representativeRole\n        validFrom\n        organization {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        title\n        kind\n        topic\n        startsOn\n        endsOn\n        participants {\n          id\n          name\n        }\n      }\n      agreements {\n        id\n        title\n        summary\n        signedOn\n        parties {\n          id\n          name\n        }\n      }\n      priorities {\n        id\n        rank\n        title\n        status\n        dueOn\n      }\n      standingTasks {\n        task\n        status\n        note\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Alliance($id: ID!) {\n    alliance(id: $id) {\n      id\n      name\n      startDate\n      leadMunicipality {\n        ags\n        name\n      }\n      leadOffice {\n        id\n        name\n      }\n      spannedMunicipalities {\n        ags\n        name\n      }\n      coverage {\n        asOf\n        complete\n        missingAreas\n        missingExpectedAgencies\n        presentExpectedAgencies\n        representedAreas\n      }\n      coreGroup {\n        id\n        area\n        decisionAuthority\n        representativeName\n        representativeRole\n        validFrom\n        organization {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        title\n        kind\n        topic\n        startsOn\n        endsOn\n        participants {\n          id\n          name\n        }\n      }\n      agreements {\n        id\n        title\n        summary\n        signedOn\n        parties {\n          id\n          name\n        }\n      }\n      priorities {\n        id\n        rank\n        title\n        status\n        dueOn\n      }\n      standingTasks {\n        task\n        status\n        note\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        areas\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        areas\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleForum($input: ScheduleForumInput!) {\n    scheduleForum(input: $input) {\n      id\n      title\n      startsOn\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleForum($input: ScheduleForumInput!) {\n    scheduleForum(input: $input) {\n      id\n      title\n      startsOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      id\n      title\n      signedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAgreement($input: RecordAgreementInput!) {\n    recordAgreement(input: $input) {\n      id\n      title\n      signedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStandingTask($input: UpdateStandingTaskInput!) {\n    updateStandingTask(input: $input) {\n      task\n      status\n      note\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStandingTask($input: UpdateStandingTaskInput!) {\n    updateStandingTask(input: $input) {\n      task\n      status\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProviderOffers($first: Int, $after: String, $filter: OfferFilterInput) {\n    offers(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        category\n        status\n        startDate\n        endDate\n        seats\n        municipality {\n          ags\n          name\n        }\n        figures {\n          seats\n          taken\n          free\n          applicants\n          occupancy\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProviderOffers($first: Int, $after: String, $filter: OfferFilterInput) {\n    offers(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        category\n        status\n        startDate\n        endDate\n        seats\n        municipality {\n          ags\n          name\n        }\n        figures {\n          seats\n          taken\n          free\n          applicants\n          occupancy\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProviderFundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProviderFundingApplications($first: Int, $after: String, $filter: FundingApplicationFilter) {\n    fundingApplications(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        title\n        status\n        requested\n        approvedAmount\n        allocated\n        periodStart\n        periodEnd\n        program {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfferDetail($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      startDate\n      endDate\n      seats\n      hoursPerWeek\n      targetOutcome\n      municipality {\n        ags\n        name\n      }\n      provider {\n        id\n        name\n      }\n      figures {\n        seats\n        taken\n        free\n        applicants\n        occupancy\n        completionRate\n        transitionRate\n      }\n      funding {\n        allocated\n        spent\n        remaining\n      }\n      enrollments {\n        id\n        status\n        outcome\n        appliedOn\n        enrolledOn\n        endedOn\n        reason\n        person {\n          id\n          givenName\n          familyName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfferDetail($id: ID!) {\n    offer(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      startDate\n      endDate\n      seats\n      hoursPerWeek\n      targetOutcome\n      municipality {\n        ags\n        name\n      }\n      provider {\n        id\n        name\n      }\n      figures {\n        seats\n        taken\n        free\n        applicants\n        occupancy\n        completionRate\n        transitionRate\n      }\n      funding {\n        allocated\n        spent\n        remaining\n      }\n      enrollments {\n        id\n        status\n        outcome\n        appliedOn\n        enrolledOn\n        endedOn\n        reason\n        person {\n          id\n          givenName\n          familyName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      id\n      title\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      seats\n      startDate\n      endDate\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      id\n      title\n      seats\n      startDate\n      endDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenOffer($input: OfferStatusChangeInput!) {\n    openOffer(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenOffer($input: OfferStatusChangeInput!) {\n    openOffer(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartOffer($input: OfferStatusChangeInput!) {\n    startOffer(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation StartOffer($input: OfferStatusChangeInput!) {\n    startOffer(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FinishOffer($input: OfferStatusChangeInput!) {\n    finishOffer(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation FinishOffer($input: OfferStatusChangeInput!) {\n    finishOffer(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelOffer($input: CancelOfferInput!) {\n    cancelOffer(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelOffer($input: CancelOfferInput!) {\n    cancelOffer(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEnrollmentOutcome($input: RecordEnrollmentOutcomeInput!) {\n    recordEnrollmentOutcome(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEnrollmentOutcome($input: RecordEnrollmentOutcomeInput!) {\n    recordEnrollmentOutcome(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonsList($first: Int, $after: String, $filter: PersonFilterInput) {\n    persons(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        currentResidenceStatus\n        currentBenefitRegime\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonsList($first: Int, $after: String, $filter: PersonFilterInput) {\n    persons(first: $first, after: $after, filter: $filter) {\n      items {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        currentResidenceStatus\n        currentBenefitRegime\n        municipality {\n          ags\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      dateOfBirth\n      age\n      germanLevel\n      municipality {\n        ags\n        name\n      }\n      caseManagingOrganization {\n        id\n        name\n      }\n      currentResidenceStatus\n      currentBenefitRegime\n      laterRegistrationsElsewhere\n      residenceStatusHistory {\n        id\n        status\n        validFrom\n        validUntil\n      }\n      benefitRegimeHistory {\n        id\n        regime\n        validFrom\n        validUntil\n      }\n      needs {\n        id\n        category\n        status\n        note\n        recordedAt\n      }\n      consents {\n        id\n        active\n        purposes\n        legalBasis\n        grantedAt\n        revokedAt\n        organization {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        status\n        purpose\n        requestedAt\n        note\n        reason\n        fromOrganization {\n          id\n          name\n        }\n        toOrganization {\n          id\n          name\n        }\n        toOffer {\n          id\n          title\n        }\n      }\n      enrollments {\n        id\n        status\n        appliedOn\n        enrolledOn\n        endedOn\n        offer {\n          id\n          title\n        }\n      }\n      measureCareer {\n        length\n        threshold\n        reachesThreshold\n      }\n      eligibleOffers {\n        id\n        title\n        startDate\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      givenName\n      familyName\n      dateOfBirth\n      age\n      germanLevel\n      municipality {\n        ags\n        name\n      }\n      caseManagingOrganization {\n        id\n        name\n      }\n      currentResidenceStatus\n      currentBenefitRegime\n      laterRegistrationsElsewhere\n      residenceStatusHistory {\n        id\n        status\n        validFrom\n        validUntil\n      }\n      benefitRegimeHistory {\n        id\n        regime\n        validFrom\n        validUntil\n      }\n      needs {\n        id\n        category\n        status\n        note\n        recordedAt\n      }\n      consents {\n        id\n        active\n        purposes\n        legalBasis\n        grantedAt\n        revokedAt\n        organization {\n          id\n          name\n        }\n      }\n      referrals {\n        id\n        status\n        purpose\n        requestedAt\n        note\n        reason\n        fromOrganization {\n          id\n          name\n        }\n        toOrganization {\n          id\n          name\n        }\n        toOffer {\n          id\n          title\n        }\n      }\n      enrollments {\n        id\n        status\n        appliedOn\n        enrolledOn\n        endedOn\n        offer {\n          id\n          title\n        }\n      }\n      measureCareer {\n        length\n        threshold\n        reachesThreshold\n      }\n      eligibleOffers {\n        id\n        title\n        startDate\n        provider {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationChoices($first: Int) {\n    organizations(first: $first) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationChoices($first: Int) {\n    organizations(first: $first) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      id\n      category\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) {\n      id\n      category\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeConsent($id: ID!) {\n    revokeConsent(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerReferral($input: AnswerReferralInput!) {\n    answerReferral(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerReferral($input: AnswerReferralInput!) {\n    answerReferral(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrollInOffer($input: EnrollInOfferInput!) {\n    enrollInOffer(input: $input) {\n      id\n      status\n      offer {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EnrollInOffer($input: EnrollInOfferInput!) {\n    enrollInOffer(input: $input) {\n      id\n      status\n      offer {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      person {\n        id\n      }\n      probableDuplicates {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        municipality {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      person {\n        id\n      }\n      probableDuplicates {\n        id\n        givenName\n        familyName\n        dateOfBirth\n        municipality {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DataSubject($personId: ID!) {\n    dataSubject(personId: $personId) {\n      personId\n      erasure {\n        requestedAt\n        complete\n        pendingSubgraphs\n      }\n      personsAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n      offersAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DataSubject($personId: ID!) {\n    dataSubject(personId: $personId) {\n      personId\n      erasure {\n        requestedAt\n        complete\n        pendingSubgraphs\n      }\n      personsAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n      offersAccessLog {\n        occurredAt\n        subject\n        organizationId\n        roles\n        purpose\n        action\n        entity\n        fields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) {\n      personId\n      requestedAt\n      complete\n      pendingSubgraphs\n    }\n  }\n',
): (typeof documents)['\n  mutation ErasePerson($personId: ID!) {\n    erasePerson(personId: $personId) {\n      personId\n      requestedAt\n      complete\n      pendingSubgraphs\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
