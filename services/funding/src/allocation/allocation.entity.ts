import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MoneyScalar, AuditedRow } from '@gk/shared';
import { CENTS } from '../common/columns';

@ObjectType({
  description: 'Money for one offer in one fiscal year, from a budget line or from an approved funding application.',
})
@Entity({ name: 'allocation' })
export class FundingAllocation extends AuditedRow {
  @Field(() => ID, { description: 'Stable id (UUID) of the allocation.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId!: string | null;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  /** The municipality whose money it is; filled by the database from the budget line or application. */
  @Column({ name: 'municipality_ags', type: 'varchar', length: 8, insert: false, update: false })
  municipalityAgs!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Field(() => Int, { description: 'Fiscal year the money is for.' })
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field(() => MoneyScalar, { name: 'amount', description: 'Amount allocated.' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS })
  amountCents!: number;

  @Field(() => MoneyScalar, { name: 'spent', description: 'Amount spent from it so far.' })
  @Column({ name: 'spent_cents', type: 'bigint', transformer: CENTS, insert: false, update: false })
  spentCents!: number;

  @Field(() => String, { nullable: true, description: 'What the money is for.' })
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;
}
