import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { FundingApplication } from './funding-application.entity';
import type { FundingApplicationRepository } from './funding-application.repository';

export function createFundingApplicationLoaders(repository: FundingApplicationRepository) {
  return {
    byId: new DataLoader<string, FundingApplication | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (a) => a.id),
    ),
  };
}
