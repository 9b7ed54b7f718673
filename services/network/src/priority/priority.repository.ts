import { type EntityManager, In } from 'typeorm';
import { AlliancePriority } from './priority.entity';

export type NewPriority = Omit<AlliancePriority, 'createdAt' | 'updatedAt'>;
export type KeptPriority = Pick<
  AlliancePriority,
  'id' | 'rank' | 'title' | 'status' | 'dueOn' | 'updatedBy' | 'updatedByOrg'
>;

/** The only place that reads and writes priorities. */
export class PriorityRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(AlliancePriority);
  }

  findByAlliances(allianceIds: readonly string[]): Promise<AlliancePriority[]> {
    return this.repo.find({ where: { allianceId: In([...allianceIds]) }, order: { rank: 'ASC' } });
  }

  /**
   * Replaces the alliance's list: rows not kept are deleted, kept rows updated, new rows inserted (unique ranks are
   * checked at commit).
   */
  async replace(allianceId: string, keep: KeptPriority[], add: NewPriority[]): Promise<void> {
    const keptIds = keep.map((p) => p.id);
    const remove = this.repo.createQueryBuilder().delete().where('alliance_id = :allianceId', { allianceId });
    if (keptIds.length > 0) remove.andWhere('id NOT IN (:...keptIds)', { keptIds });
    await remove.execute();
    for (const { id, ...changes } of keep) {
      await this.repo.update({ id, allianceId }, changes);
    }
    if (add.length > 0) await this.repo.insert(add);
  }
}
