/** The operation behind the CSV export: every indicator of every area in the caller's scope. */
export const INDICATORS_EXPORT_QUERY = /* GraphQL */ `
  query IndicatorsExport($referenceDate: Date, $kind: MunicipalityKind) {
    stateIndicators(referenceDate: $referenceDate, kind: $kind) {
      ags
      referenceDate
      municipality { name }
      alliances { alliance { name } coverage { missingAreas missingExpectedAgencies complete } }
    }
  }
`;
