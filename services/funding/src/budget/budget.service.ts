import { Action } from '../access/funding-access';
import { randomUUID } from 'node:crypto';
import { BadUserInputError, NotFoundError } from '@gk/shared';
import { pageRequest, toPage } from '../common/keyset';
import type { FundingServiceDeps } from '../funding.context';
import type { Budget } from './budget.entity';
import type { BudgetFilter } from './budget.types';
import type { CreateBudgetInput } from './create-budget.input';

export class BudgetService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /** Lines of the municipalities in the caller's scope only. */
  async list(filter: BudgetFilter, first: number | null | undefined, after: string | null | undefined) {
    this.deps.access.requireMunicipalReader(Action.READ_BUDGETS);
    const page = pageRequest(first, after, ['n', 's', 's', 'u']);
    const rows = await this.deps.store.read.budgets.page(
      { ...filter, programId: filter.programId?.toLowerCase() },
      page,
      this.deps.access.readableAgs(),
    );
    return toPage(rows, page.limit, (b) => [b.fiscalYear, b.municipalityAgs, b.budgetProduct, b.id]);
  }

  /** One line, refused outside the caller's municipalities; null when unknown. */
  async get(load: () => Promise<Budget | null>): Promise<Budget | null> {
    this.deps.access.requireMunicipalReader(Action.READ_BUDGETS);
    const budget = await load();
    if (budget) this.deps.access.requireReadableIn(budget.municipalityAgs, Action.READ_BUDGETS);
    return budget;
  }

  async create(input: CreateBudgetInput): Promise<Budget> {
    this.deps.access.requireFinanceIn(input.municipalityAgs, Action.CREATE_BUDGET);
    const decision = input.councilDecision ?? null;
    if (decision && Number(decision.date.slice(0, 4)) > input.fiscalYear) {
      throw new BadUserInputError('input.councilDecision.date', 'must not be after the fiscal year it decides on');
    }
    const id = randomUUID();
    await this.deps.store.write(async (tx) => {
      const programId = input.programId?.toLowerCase() ?? null;
      if (programId && (await tx.programs.findByIds([programId])).length === 0)
        throw new NotFoundError('funding programme', 'programId');
      await tx.budgets.insert(
        {
          id,
          municipalityAgs: input.municipalityAgs,
          fiscalYear: input.fiscalYear,
          budgetProduct: input.budgetProduct,
          plan: input.plan,
          lineKind: input.lineKind,
          source: input.source,
          programId,
          title: input.title,
          amountCents: input.amount,
          financingSecured: input.financingSecured,
          councilPaperNumber: decision?.paperNumber ?? null,
          councilCommittee: decision?.committee ?? null,
          councilDecisionDate: decision?.date ?? null,
        },
        this.deps.actor,
      );
    });
    return (await this.deps.store.read.budgets.findByIds([id]))[0];
  }
}
