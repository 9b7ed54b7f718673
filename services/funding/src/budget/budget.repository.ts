import { type Actor, createdStamp } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { PageRequest } from '../common/keyset';
import { inAreas } from '../common/scope';
import { Budget } from './budget.entity';
import type { BudgetLineKind, BudgetPlan, FundingSource } from './budget.enums';

export interface BudgetFilter {
  municipalityAgs?: string | null;
  fiscalYear?: number | null;
  programId?: string | null;
  budgetProduct?: string | null;
  source?: FundingSource | null;
}

export interface NewBudget {
  id: string;
  municipalityAgs: string;
  fiscalYear: number;
  budgetProduct: string;
  plan: BudgetPlan;
  lineKind: BudgetLineKind;
  source: FundingSource;
  programId: string | null;
  title: string;
  amountCents: number;
  financingSecured: boolean;
  councilPaperNumber: string | null;
  councilCommittee: string | null;
  councilDecisionDate: string | null;
}

/** The only place that reads and writes budget lines. */
export class BudgetRepository {
  constructor(private readonly manager: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<Budget[]> {
    return this.manager.getRepository(Budget).findBy({ id: In([...ids]) });
  }

  /** Locks the line until the transaction ends: allocations from one line queue up behind each other. */
  findForUpdate(id: string): Promise<Budget | null> {
    return this.manager.getRepository(Budget).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(budget: NewBudget, actor: Actor): Promise<void> {
    await this.manager.getRepository(Budget).insert({ ...budget, ...createdStamp(actor) });
  }

  /**
   * Sorted by fiscal year, municipality, product, id. A Kreis AGS (5 digits) matches the Kreis's own
   * lines and those of its member municipalities (whose AGS starts with it). Only lines of the
   * municipalities in `scope` (the caller's) are listed.
   */
  page(filter: BudgetFilter, page: PageRequest, scope: readonly string[]): Promise<Budget[]> {
    const qb = this.manager.getRepository(Budget).createQueryBuilder('b');
    const visible = inAreas('b.municipality_ags', scope, 'scope');
    qb.where(visible.sql, visible.params);
    if (filter.municipalityAgs) {
      const area = inAreas('b.municipality_ags', [filter.municipalityAgs], 'filter');
      qb.andWhere(area.sql, area.params);
    }
    if (filter.fiscalYear != null) qb.andWhere('b.fiscal_year = :year', { year: filter.fiscalYear });
    if (filter.programId) qb.andWhere('b.program_id = :programId', { programId: filter.programId });
    if (filter.budgetProduct) qb.andWhere('b.budget_product = :product', { product: filter.budgetProduct });
    if (filter.source) qb.andWhere('b.source = :source', { source: filter.source });
    if (page.after) {
      qb.andWhere('(b.fiscal_year, b.municipality_ags, b.budget_product, b.id) > (:y, :a, :p, CAST(:i AS uuid))', {
        y: page.after[0],
        a: page.after[1],
        p: page.after[2],
        i: page.after[3],
      });
    }
    return qb
      .orderBy('b.fiscal_year', 'ASC')
      .addOrderBy('b.municipality_ags', 'ASC')
      .addOrderBy('b.budget_product', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(page.limit + 1)
      .getMany();
  }
}
