import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IsoDateScalar, MoneyScalar, AuditedRow } from '@gk/shared';
import { CENTS } from '../common/columns';

@ObjectType({ description: 'Money spent against an allocation.' })
@Entity({ name: 'expenditure' })
export class FundingExpenditure extends AuditedRow {
  @Field(() => ID, { description: 'Stable id (UUID) of the expenditure.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'allocation_id', type: 'uuid' })
  allocationId!: string;

  @Field(() => MoneyScalar, { name: 'amount', description: 'Amount spent.' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS })
  amountCents!: number;

  @Field(() => IsoDateScalar, { description: "Date the money was spent; within the allocation's fiscal year." })
  @Column({ name: 'spent_on', type: 'date' })
  spentOn!: string;

  @Field({ description: 'What the money was spent on, for example "Honorar Lehrkraft März".' })
  @Column({ type: 'text' })
  purpose!: string;
}
