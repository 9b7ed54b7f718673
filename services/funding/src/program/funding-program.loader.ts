import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byKey } from '@gk/shared';
import { FundingProgram } from './funding-program.entity';

/** The only place that reads funding programmes. */
export class FundingProgramRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<FundingProgram[]> {
    return this.dataSource.getRepository(FundingProgram).findBy({ id: In([...ids]) });
  }
}

export function createFundingProgramLoaders(repository: FundingProgramRepository) {
  return {
    byId: new DataLoader<string, FundingProgram | null>(async (ids) => byKey(ids, await repository.findByIds(ids), (p) => p.id)),
  };
}
