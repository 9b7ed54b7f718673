import { type EntityManager, In } from 'typeorm';
import type { NamePosition } from '../common/name-cursor';
import { Alliance } from './alliance.entity';

export type NewAlliance = Omit<Alliance, 'createdAt' | 'updatedAt' | 'version'>;

/** The only place that reads and writes alliances. */
export class AllianceRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Alliance);
  }

  findByIds(ids: readonly string[]): Promise<Alliance[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findByLeadAgs(ags: readonly string[]): Promise<Alliance[]> {
    return this.repo.find({ where: { leadAgs: In([...ags]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findPage(after: NamePosition | null, limit: number): Promise<Alliance[]> {
    const qb = this.repo.createQueryBuilder('a');
    if (after) qb.where('(a.name, a.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    return qb.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
  }

  /** Locks the alliance row so concurrent changes to its parts (priorities, for one) run one after the other. */
  findForUpdate(id: string): Promise<Alliance | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(alliance: NewAlliance): Promise<Alliance> {
    await this.repo.insert(alliance);
    return this.repo.findOneByOrFail({ id: alliance.id });
  }
}
