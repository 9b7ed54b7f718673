import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { AllianceForum } from './forum.entity';
import type { ForumRepository } from './forum.repository';

export function createForumLoaders(repository: ForumRepository) {
  return {
    byId: new DataLoader<string, AllianceForum | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (f) => f.id),
    ),
    byAlliance: new DataLoader<string, AllianceForum[]>(async (ids) =>
      groupByKey(ids, await repository.findByAlliances(ids), (f) => f.allianceId),
    ),
    /** Ids of the participating organisations per forum. */
    participantIds: new DataLoader<string, string[]>(async (ids) =>
      groupByKey(ids, await repository.findParticipants(ids), (p) => p.forumId).map((rows) =>
        rows.map((p) => p.organizationId),
      ),
    ),
  };
}

export type ForumLoaders = ReturnType<typeof createForumLoaders>;
