import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { FundingProgram } from './funding-program.entity';
import type { FundingProgramRepository } from './funding-program.repository';

export function createFundingProgramLoaders(repository: FundingProgramRepository) {
  return {
    byId: new DataLoader<string, FundingProgram | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (p) => p.id),
    ),
  };
}
