import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, ErrorCode } from '@gk/shared';
import { pageRequest, toPage } from '../common/keyset';
import type { FundingServiceDeps } from '../funding.context';
import type { CreateFundingProgramInput } from './create-funding-program.input';
import type { FundingProgram } from './funding-program.entity';
import type { FundingProgramFilter } from './funding-program.types';

export class FundingProgramService {
  constructor(private readonly deps: FundingServiceDeps) {}

  async list(filter: FundingProgramFilter, first: number | null | undefined, after: string | null | undefined) {
    const page = pageRequest(first, after, ['s', 'u']);
    const rows = await this.deps.store.read.programs.page(filter, page);
    return toPage(rows, page.limit, (p) => [p.name, p.id]);
  }

  async create(input: CreateFundingProgramInput): Promise<FundingProgram> {
    this.deps.access.requireProgramWriter();
    if (input.periodEnd && input.periodEnd < input.periodStart)
      throw new BadUserInputError('input.periodEnd', 'must not be before periodStart');
    const id = randomUUID();
    await this.deps.store.write(async (tx) => {
      if (await tx.programs.existsByName(input.name))
        throw new DomainError(ErrorCode.CONFLICT, 'A funding programme with this name exists already.', {
          field: 'input.name',
        });
      await tx.programs.insert({ ...input, id, periodEnd: input.periodEnd ?? null }, this.deps.actor);
    });
    return (await this.byId(id)) as FundingProgram;
  }

  byId(id: string): Promise<FundingProgram | null> {
    return this.deps.store.read.programs.findByIds([id]).then((rows) => rows[0] ?? null);
  }
}
