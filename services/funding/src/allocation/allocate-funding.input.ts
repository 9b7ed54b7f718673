import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { MoneyScalar } from '@gk/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'Money for an offer: from a budget line or from an approved funding application (exactly one of the two).',
})
export class AllocateFundingInput {
  @Field(() => ID, { description: 'The offer the money is for (Offer id).' })
  @IsUUID('all', { message: 'must be a UUID' })
  offerId!: string;

  @Field(() => Int, { description: "Fiscal year: the budget line's year, or a year within the application's period." })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => MoneyScalar, { description: 'Amount, more than zero; at most what is left on the line or grant.' })
  amount!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The budget line to allocate from (an Aufwendungen or Auszahlungen line).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  budgetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The approved funding application to allocate from.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  applicationId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the money is for.' })
  @IsOptional()
  @Length(1, 500)
  purpose?: string | null;
}
