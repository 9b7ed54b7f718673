import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { Organization } from './organization.entity';
import type { OrganizationRepository } from './organization.repository';

export function createOrganizationLoaders(repository: OrganizationRepository) {
  return {
    byId: new DataLoader<string, Organization | null>(async (keys) =>
      byKey(keys, await repository.findByIds(keys), (o) => o.id),
    ),
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
