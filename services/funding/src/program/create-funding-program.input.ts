import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { IsoDateScalar } from '@gk/shared';
import { Field, InputType, Int } from 'type-graphql';
import { Funder, FundingTargetRule } from './funding-program.enums';

@InputType({ description: 'A new funding programme.' })
export class CreateFundingProgramInput {
  @Field({ description: 'Name of the programme; unique.' })
  @Length(1, 300)
  name!: string;

  @Field(() => Funder, { description: 'Who funds the programme.' })
  funder!: Funder;

  @Field(() => IsoDateScalar, { description: 'First day of the programme period.' })
  periodStart!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day of the programme period; leave out while no end is set. Not before the start.',
  })
  @IsOptional()
  periodEnd?: string | null;

  @Field(() => Int, {
    description: 'Maximum funding rate in basis points, 1 to 10000 (8000 = 80 %, leaving a 20 % own share).',
  })
  @IsInt()
  @Min(1)
  @Max(10000)
  maxFundingRateBasisPoints!: number;

  @Field(() => FundingTargetRule, { description: 'Whom the programme may pay for.' })
  targetRule!: FundingTargetRule;
}
