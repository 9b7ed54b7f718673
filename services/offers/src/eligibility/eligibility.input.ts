import { BenefitRegime, CefrLevel, ResidenceStatus } from '@gk/shared';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/**
 * The person's facts that the offer's rules look at, as the case manager sees them in the persons
 * subgraph. This subgraph never reads the persons database; it checks these facts against the
 * offer's rules in the same transaction that takes the seat.
 */
@InputType('EnrollmentPersonFactsInput', { description: "The person's facts the offer's eligibility rules look at, as recorded in the persons subgraph today." })
export class EnrollmentPersonFactsInput {
  @Field(() => Int, { description: 'Age in full years today.' })
  @IsInt()
  @Min(0)
  @Max(130)
  age!: number;

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR); omit or null when not assessed.' })
  @IsOptional()
  @IsEnum(CefrLevel)
  germanLevel?: CefrLevel | null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status valid today; omit or null when none is recorded.' })
  @IsOptional()
  @IsEnum(ResidenceStatus)
  residenceStatus?: ResidenceStatus | null;

  @Field(() => BenefitRegime, { nullable: true, description: 'Benefit regime valid today; omit or null when none is recorded.' })
  @IsOptional()
  @IsEnum(BenefitRegime)
  benefitRegime?: BenefitRegime | null;
}
