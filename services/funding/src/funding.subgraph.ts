import type { SubgraphDefinition } from '@gk/shared';
import { FundingAllocation } from './allocation/allocation.entity';
import { FundingApplication } from './application/funding-application.entity';
import { Budget } from './budget/budget.entity';
import { loadFundingDemoData } from './demo/funding.demo';
import { FundingExpenditure } from './expenditure/expenditure.entity';
import { createFundingScope, type FundingScope } from './funding.context';
import { FUNDING_ERROR_CODES } from './funding.errors';
import { buildFundingSchema } from './funding.schema';
import { fundingMigrations } from './migrations';
import { FundingProgram } from './program/funding-program.entity';

/** The funding subgraph as the platform runs it: the finance office's and funding authority's slice. */
export const fundingSubgraph: SubgraphDefinition<FundingScope> = {
  name: 'funding',
  entities: [FundingProgram, Budget, FundingApplication, FundingAllocation, FundingExpenditure],
  migrations: fundingMigrations,
  buildSchema: buildFundingSchema,
  createScope: createFundingScope,
  loadDemoData: loadFundingDemoData,
  errorCodes: FUNDING_ERROR_CODES,
};
