import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@gk/shared';
import { FundingSource } from '../budget/budget.enums';

/** One group of ledger rows: allocated and spent, summed in the database. */
export interface LedgerSums {
  source: FundingSource;
  programId: string | null;
  programName: string | null;
  allocatedCents: number;
  spentCents: number;
}

@ObjectType({ description: 'Money allocated and spent from one source.' })
export class FundingSourceShare {
  @Field(() => FundingSource, { description: 'The source.' })
  source!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Amount allocated from the source.' })
  allocated!: number;

  @Field(() => MoneyScalar, { description: 'Amount spent of it.' })
  spent!: number;
}

@ObjectType({ description: 'Money allocated and spent within one funding programme.' })
export class FundingProgramShare {
  programId!: string;

  @Field(() => MoneyScalar, {
    description: 'Amount allocated within the programme (its budget lines and its granted applications).',
  })
  allocated!: number;

  @Field(() => MoneyScalar, { description: 'Amount spent of it.' })
  spent!: number;
}

/** Sums per source, in the enum's order, only sources with money. */
export function sumBySource(
  rows: readonly LedgerSums[],
): { source: FundingSource; allocated: number; spent: number }[] {
  const order = Object.values(FundingSource);
  const sums = new Map<FundingSource, { allocated: number; spent: number }>();
  for (const row of rows) {
    const s = sums.get(row.source) ?? { allocated: 0, spent: 0 };
    s.allocated += row.allocatedCents;
    s.spent += row.spentCents;
    sums.set(row.source, s);
  }
  return [...sums.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([source, s]) => ({ source, ...s }));
}

/** Sums per programme by programme name (rows without a programme left out). */
export function sumByProgram(rows: readonly LedgerSums[]): { programId: string; allocated: number; spent: number }[] {
  const sums = new Map<string, { name: string; allocated: number; spent: number }>();
  for (const row of rows) {
    if (!row.programId) continue;
    const s = sums.get(row.programId) ?? { name: row.programName ?? '', allocated: 0, spent: 0 };
    s.allocated += row.allocatedCents;
    s.spent += row.spentCents;
    sums.set(row.programId, s);
  }
  return [...sums.entries()]
    .sort((a, b) => a[1].name.localeCompare(b[1].name, 'de') || a[0].localeCompare(b[0]))
    .map(([programId, s]) => ({ programId, allocated: s.allocated, spent: s.spent }));
}
