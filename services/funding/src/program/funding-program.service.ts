import type { FundingAccess } from '../access/funding-access';
import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, ErrorCode, type Identity, actorOf } from '@gk/shared';
import { pageRequest, toPage } from '../common/keyset';
import type { FundingStore } from '../funding.store';
import type { CreateFundingProgramInput } from './create-funding-program.input';
import type { FundingProgram } from './funding-program.entity';
import type { FundingProgramFilter } from './funding-program.types';

export class FundingProgramService {
  constructor(
    private readonly store: FundingStore,
    private readonly identity: Identity,
    private readonly access: FundingAccess,
  ) {}

  async list(filter: FundingProgramFilter, first: number | null | undefined, after: string | null | undefined) {
    const page = pageRequest(first, after, ['s', 'u']);
    const rows = await this.store.read.programs.page(filter, page);
    return toPage(rows, page.limit, (p) => [p.name, p.id]);
  }

  async create(input: CreateFundingProgramInput): Promise<FundingProgram> {
    this.access.requireProgramWriter();
    if (input.periodEnd && input.periodEnd < input.periodStart)
      throw new BadUserInputError('input.periodEnd', 'must not be before periodStart');
    const id = randomUUID();
    await this.store.write(async (tx) => {
      if (await tx.programs.existsByName(input.name))
        throw new DomainError(ErrorCode.CONFLICT, 'A funding programme with this name exists already.', {
          field: 'input.name',
        });
      await tx.programs.insert({ ...input, id, periodEnd: input.periodEnd ?? null }, actorOf(this.identity));
    });
    return (await this.byId(id)) as FundingProgram;
  }

  byId(id: string): Promise<FundingProgram | null> {
    return this.store.read.programs.findByIds([id]).then((rows) => rows[0] ?? null);
  }
}
