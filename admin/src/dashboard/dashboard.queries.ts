import { graphql } from '../graphql';

export const DashboardAreasQuery = graphql(`
  query DashboardAreas {
    municipalities {
      ags
      name
      kind
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($ags: String!, $referenceDate: Date, $fromYear: Int!) {
    municipality(ags: $ags) {
      ags
      name
      kind
      indicators(referenceDate: $referenceDate) {
        referenceDate
        targetGroup {
          total {
            value
            suppressed
          }
          byResidenceStatus {
            residenceStatus
            persons {
              value
              suppressed
            }
          }
          byAgeBand {
            ageBand
            persons {
              value
              suppressed
            }
          }
          byBenefitRegime {
            benefitRegime
            persons {
              value
              suppressed
            }
          }
          openNeedsByCategory {
            category
            openNeeds {
              value
              suppressed
            }
          }
        }
        offerLandscape {
          category
          offers
          seats
          enrolled {
            value
            suppressed
          }
          free {
            value
            suppressed
          }
          occupancyRate {
            value
            suppressed
          }
        }
        gaps {
          needCategory
          offerCategories
          demand {
            value
            suppressed
          }
          supply {
            value
            suppressed
          }
          shortfall
          isGap
        }
        measureCareers {
          flaggedPersons {
            value
            suppressed
          }
          threshold
        }
        duplicateCandidates {
          category
          first {
            id
            title
          }
          second {
            id
            title
          }
          overlapFrom
          overlapUntil
        }
        participation {
          fiscalYear
          enrolledPersons {
            value
            suppressed
          }
          completedQualifications {
            value
            suppressed
          }
        }
        money {
          fiscalYear
          planned
          allocated
          spent
          stateShare
          ownShare
          costPerEnrolledPerson
          costPerCompletedQualification
        }
        alliances {
          alliance {
            id
            name
          }
          coverage {
            complete
            missingAreas
            missingExpectedAgencies
          }
        }
      }
      quarterlyIndicators(fromYear: $fromYear) {
        referenceDate
        gaps {
          needCategory
          demand {
            value
            suppressed
          }
          supply {
            value
            suppressed
          }
          shortfall
          isGap
        }
      }
    }
  }
`);

export const StateIndicatorsQuery = graphql(`
  query StateIndicators($referenceDate: Date, $kind: MunicipalityKind) {
    stateIndicators(referenceDate: $referenceDate, kind: $kind) {
      ags
      referenceDate
      municipality {
        ags
        name
        kind
      }
      targetGroup {
        total {
          value
          suppressed
        }
      }
      gaps {
        needCategory
        shortfall
        isGap
      }
      measureCareers {
        flaggedPersons {
          value
          suppressed
        }
      }
    }
  }
`);
