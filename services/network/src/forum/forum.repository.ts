import { type EntityManager, In } from 'typeorm';
import { type Actor, createdStamp } from '@gk/shared';
import { AllianceForum } from './forum.entity';
import { ForumParticipant } from './forum-participant.entity';

export type NewForum = Omit<AllianceForum, 'createdAt' | 'updatedAt'>;

/** The only place that reads and writes forums and their participants. */
export class ForumRepository {
  constructor(private readonly manager: EntityManager) {}

  private get forums() {
    return this.manager.getRepository(AllianceForum);
  }

  private get participants() {
    return this.manager.getRepository(ForumParticipant);
  }

  findByIds(ids: readonly string[]): Promise<AllianceForum[]> {
    return this.forums.findBy({ id: In([...ids]) });
  }

  findByAlliances(allianceIds: readonly string[]): Promise<AllianceForum[]> {
    return this.forums.find({
      where: { allianceId: In([...allianceIds]) },
      order: { startsOn: 'ASC', title: 'ASC', id: 'ASC' },
    });
  }

  findParticipants(forumIds: readonly string[]): Promise<ForumParticipant[]> {
    return this.participants.find({
      where: { forumId: In([...forumIds]) },
      order: { createdAt: 'ASC', organizationId: 'ASC' },
    });
  }

  findForUpdate(id: string): Promise<AllianceForum | null> {
    return this.forums.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(forum: NewForum): Promise<AllianceForum> {
    await this.forums.insert(forum);
    return this.forums.findOneByOrFail({ id: forum.id });
  }

  /** Adds participants; those already recorded keep their first record. */
  async addParticipants(forumId: string, organizationIds: readonly string[], actor: Actor): Promise<void> {
    if (organizationIds.length === 0) return;
    await this.participants
      .createQueryBuilder()
      .insert()
      .values(
        organizationIds.map((organizationId) => ({
          forumId,
          organizationId,
          ...createdStamp(actor),
        })),
      )
      .orIgnore()
      .execute();
  }
}
