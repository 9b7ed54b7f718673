import { createdStamp, updatedStamp, type Actor } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { NeedCategory } from '@gk/shared';
import { PersonNeed } from './need.entity';
import type { PersonNeedStatus } from './need-status.enum';

/** The only place that reads and writes needs. */
export class NeedRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(PersonNeed);
  }

  ofPersons(personIds: readonly string[]): Promise<PersonNeed[]> {
    return this.repo.find({ where: { personId: In([...personIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<PersonNeed[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findForUpdate(id: string): Promise<PersonNeed | null> {
    return this.repo.createQueryBuilder('n').where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async insert(
    id: string,
    personId: string,
    category: NeedCategory,
    status: PersonNeedStatus,
    note: string | null,
    actor: Actor,
  ): Promise<void> {
    await this.repo.insert({
      id,
      personId,
      category,
      status,
      note,
      ...createdStamp(actor),
      version: 1,
    });
  }

  async update(id: string, changes: { status?: PersonNeedStatus; note?: string | null }, actor: Actor): Promise<void> {
    await this.repo.update(
      { id },
      {
        ...changes,
        ...updatedStamp(actor),
        version: () => 'version + 1',
      },
    );
  }
}
