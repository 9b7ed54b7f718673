import { registerEnumType } from 'type-graphql';

/**
 * Budget products the alliance's money is booked under (Produkt 8101 "Betreuung von Migranten und Migrantinnen" and its
 * neighbours).
 */
export const BUDGET_PRODUCTS = ['8101', '8102', '8103'] as const;
export type BudgetProduct = (typeof BUDGET_PRODUCTS)[number];

export enum BudgetPlan {
  RESULT_PLAN = 'RESULT_PLAN',
  INVESTMENT_PLAN = 'INVESTMENT_PLAN',
}

registerEnumType(BudgetPlan, {
  name: 'BudgetPlan',
  description: 'The part of the municipal budget a line belongs to.',
  valuesConfig: {
    RESULT_PLAN: { description: 'Ergebnisplan: expenses and income of the year.' },
    INVESTMENT_PLAN: { description: 'Investitionsplan (Finanzplan for investments): payments in and out.' },
  },
});

export enum BudgetLineKind {
  AUFWENDUNGEN = 'AUFWENDUNGEN',
  ERTRAEGE = 'ERTRAEGE',
  AUSZAHLUNGEN = 'AUSZAHLUNGEN',
  EINZAHLUNGEN = 'EINZAHLUNGEN',
}

/** Lines that money can be spent from; income lines cannot be allocated to offers. */
export const SPENDABLE_LINE_KINDS: readonly BudgetLineKind[] = [
  BudgetLineKind.AUFWENDUNGEN,
  BudgetLineKind.AUSZAHLUNGEN,
];

registerEnumType(BudgetLineKind, {
  name: 'BudgetLineKind',
  description: 'Kind of a budget line. Only Aufwendungen and Auszahlungen can be allocated to offers.',
  valuesConfig: {
    AUFWENDUNGEN: { description: 'Aufwendungen: expenses of the result plan.' },
    ERTRAEGE: { description: 'Erträge: income of the result plan.' },
    AUSZAHLUNGEN: { description: 'Auszahlungen: payments out.' },
    EINZAHLUNGEN: { description: 'Einzahlungen: payments in.' },
  },
});

export enum FundingSource {
  INTEGRATIONSPAUSCHALE = 'INTEGRATIONSPAUSCHALE',
  OWN_FUNDS = 'OWN_FUNDS',
  STATE_FUNDING = 'STATE_FUNDING',
  FEDERAL_FUNDING = 'FEDERAL_FUNDING',
  ESF = 'ESF',
  FOUNDATION = 'FOUNDATION',
  OTHER = 'OTHER',
}

/** Sources that make up the municipality's own share (Eigenanteil); Landesförderung is the state share. */
export const OWN_SHARE_SOURCES: readonly FundingSource[] = [
  FundingSource.INTEGRATIONSPAUSCHALE,
  FundingSource.OWN_FUNDS,
];
export const STATE_SHARE_SOURCES: readonly FundingSource[] = [FundingSource.STATE_FUNDING];

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description:
    'Where money comes from. Integrationspauschale and own funds make up the own share; state funding is the state ' +
    'share.',
  valuesConfig: {
    INTEGRATIONSPAUSCHALE: {
      description: 'The Integrationspauschale the municipality passes on from its own budget (own share).',
    },
    OWN_FUNDS: { description: 'Other own funds of the municipality (own share).' },
    STATE_FUNDING: { description: 'Funding of the Land NRW (Landesförderung, state share).' },
    FEDERAL_FUNDING: { description: 'Federal funding (Bund).' },
    ESF: { description: 'European Social Fund (ESF Plus).' },
    FOUNDATION: { description: 'A foundation (Stiftung).' },
    OTHER: { description: 'Any other source.' },
  },
});
