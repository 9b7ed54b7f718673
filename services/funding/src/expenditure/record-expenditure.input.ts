import { IsUUID, Length } from 'class-validator';
import { IsoDateScalar, MoneyScalar } from '@gk/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Money spent against an allocation.' })
export class RecordExpenditureInput {
  @Field(() => ID, { description: 'The allocation the money is spent from.' })
  @IsUUID('all', { message: 'must be a UUID' })
  allocationId!: string;

  @Field(() => MoneyScalar, { description: 'Amount, more than zero; at most what is left of the allocation.' })
  amount!: number;

  @Field(() => IsoDateScalar, { description: "Date the money was spent; within the allocation's fiscal year." })
  spentOn!: string;

  @Field({ description: 'What the money was spent on. No personal data: name the cost, not the person.' })
  @Length(1, 500)
  purpose!: string;
}
