/**
 * The operation behind the CSV export: every indicator of every area in the caller's scope, from all
 * four subgraphs. The first field of each list entry names its rows in the CSV (category, status,
 * ...), so keep it first; protected counts keep both `value` and `suppressed` so withheld cells get
 * their note.
 */
export const INDICATORS_EXPORT_QUERY = /* GraphQL */ `
  query IndicatorsExport($referenceDate: Date, $kind: MunicipalityKind) {
    stateIndicators(referenceDate: $referenceDate, kind: $kind) {
      ags
      referenceDate
      municipality { name }
      alliances {
        alliance { name }
        coverage { representedAreas missingAreas presentExpectedAgencies missingExpectedAgencies complete }
      }
      targetGroup {
        total { value suppressed }
        byResidenceStatus { residenceStatus persons { value suppressed } }
        byBenefitRegime { benefitRegime persons { value suppressed } }
        bySchoolDegree { schoolDegree persons { value suppressed } }
        byAgeBand { ageBand persons { value suppressed } }
        openNeedsByCategory { category openNeeds { value suppressed } }
      }
      offerLandscape {
        category offers seats
        enrolled { value suppressed }
        free { value suppressed }
        occupancyRate { value suppressed }
        completionRate { value suppressed }
        transitionRate { value suppressed }
      }
      gaps { needCategory offerCategories demand { value suppressed } supply { value suppressed } shortfall isGap }
      measureCareers { flaggedPersons { value suppressed } threshold }
      duplicateCandidates { category first { title } second { title } overlapFrom overlapUntil }
      participation { fiscalYear enrolledPersons { value suppressed } completedQualifications { value suppressed } }
      money {
        fiscalYear planned allocated spent stateShare ownShare otherShare
        byProgramme { program { name } allocated spent }
        costPerEnrolledPerson costPerCompletedQualification
      }
    }
  }
`;
