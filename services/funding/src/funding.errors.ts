/** Domain error codes of the funding subgraph; listed in the subgraph definition so they reach clients. */
export const FundingErrorCode = {
  BUDGET_EXHAUSTED: 'BUDGET_EXHAUSTED',
  APPLICATION_EXHAUSTED: 'APPLICATION_EXHAUSTED',
  ALLOCATION_EXHAUSTED: 'ALLOCATION_EXHAUSTED',
  APPLICATION_NOT_APPROVED: 'APPLICATION_NOT_APPROVED',
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
} as const;

export const FUNDING_ERROR_CODES: readonly string[] = Object.values(FundingErrorCode);
