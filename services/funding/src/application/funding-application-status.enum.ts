import { registerEnumType } from 'type-graphql';

export enum FundingApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * The lifecycle: draft -> submitted -> approved or rejected; a draft or a submitted application can
 * be withdrawn, and a submitted one sent back to draft for changes. Approved, rejected and withdrawn
 * are final. The database enforces the same table (trigger funding_application_lifecycle).
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<FundingApplicationStatus, readonly FundingApplicationStatus[]>> = {
  DRAFT: [FundingApplicationStatus.SUBMITTED, FundingApplicationStatus.WITHDRAWN],
  SUBMITTED: [
    FundingApplicationStatus.DRAFT,
    FundingApplicationStatus.APPROVED,
    FundingApplicationStatus.REJECTED,
    FundingApplicationStatus.WITHDRAWN,
  ],
  APPROVED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

registerEnumType(FundingApplicationStatus, {
  name: 'FundingApplicationStatus',
  description: 'Where a funding application (Mittelantrag) stands. Approved, rejected and withdrawn are final.',
  valuesConfig: {
    DRAFT: { description: 'Being written; can be changed, submitted or withdrawn.' },
    SUBMITTED: { description: 'Submitted to the funder; awaits a decision. Can be sent back to draft or withdrawn.' },
    APPROVED: {
      description: 'Granted (Zuwendungsbescheid) with an approved amount and date; money can be allocated from it.',
    },
    REJECTED: { description: 'Refused by the funder.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant.' },
  },
});
