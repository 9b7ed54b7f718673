import type { SubgraphDefinition } from '@gk/shared';
import { Budget } from './budget/budget.entity';
import { loadFundingDemoData } from './demo/funding.demo';
import { createFundingScope, type FundingScope } from './funding.context';
import { buildFundingSchema } from './funding.schema';
import { fundingMigrations } from './migrations';
import { Allocation } from './offer-funding/allocation.entity';
import { FundingProgram } from './program/funding-program.entity';

/** The funding subgraph as the platform runs it: the finance office's slice. */
export const fundingSubgraph: SubgraphDefinition<FundingScope> = {
  name: 'funding',
  entities: [FundingProgram, Budget, Allocation],
  migrations: fundingMigrations,
  buildSchema: buildFundingSchema,
  createScope: createFundingScope,
  loadDemoData: loadFundingDemoData,
};
