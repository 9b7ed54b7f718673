import { type Actor, createdStamp } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '../common/keyset';
import { FundingProgram } from './funding-program.entity';
import type { Funder, FundingTargetRule } from './funding-program.enums';

export interface FundingProgramFilter {
  funder?: Funder | null;
  fiscalYear?: number | null;
}

export interface NewFundingProgram {
  id: string;
  name: string;
  funder: Funder;
  periodStart: string;
  periodEnd: string | null;
  maxFundingRateBasisPoints: number;
  targetRule: FundingTargetRule;
}

/** The only place that reads and writes funding programmes. Programmes are public reference data: no scope filter. */
export class FundingProgramRepository {
  constructor(private readonly manager: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<FundingProgram[]> {
    return this.manager.getRepository(FundingProgram).findBy({ id: In([...ids]) });
  }

  /** Locks the programme so its rate cannot change under an application being checked against it. */
  findForShare(id: string): Promise<FundingProgram | null> {
    return this.manager.getRepository(FundingProgram).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  existsByName(name: string): Promise<boolean> {
    return this.manager.getRepository(FundingProgram).exists({ where: { name } });
  }

  async insert(program: NewFundingProgram, actor: Actor): Promise<void> {
    await this.manager.getRepository(FundingProgram).insert({ ...program, ...createdStamp(actor) });
  }

  /** Sorted by name, then id; `after` is the (name, id) of the previous page's last row. */
  page(filter: FundingProgramFilter, page: PageRequest): Promise<FundingProgram[]> {
    const qb = this.manager.getRepository(FundingProgram).createQueryBuilder('p');
    if (filter.funder) qb.andWhere('p.funder = :funder', { funder: filter.funder });
    if (filter.fiscalYear != null) {
      qb.andWhere(
        'p.period_start <= make_date(:year, 12, 31) AND ' +
          '(p.period_end IS NULL OR p.period_end >= make_date(:year, 1, 1))',
        { year: filter.fiscalYear },
      );
    }
    if (page.after)
      qb.andWhere('(p.name, p.id) > (:afterName, CAST(:afterId AS uuid))', {
        afterName: page.after[0],
        afterId: page.after[1],
      });
    return qb
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(page.limit + 1)
      .getMany();
  }
}
