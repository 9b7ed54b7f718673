import { BenefitRegime, CefrLevel, ResidenceStatus } from '@gk/shared';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/**
 * The person's facts as a client claimed them. No longer trusted: a client could claim facts that
 * admit a person the offer does not admit. The shape stays so existing requests remain valid; the
 * facts eligibility is decided on come from the persons subgraph (see person-facts.client.ts).
 */
@InputType('EnrollmentPersonFactsInput', {
  description:
    "Deprecated and ignored: a person's facts as the client claimed them. Eligibility is decided on the facts the " +
    'persons subgraph holds.',
})
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

  @Field(() => ResidenceStatus, {
    nullable: true,
    description: 'Residence status valid today; omit or null when none is recorded.',
  })
  @IsOptional()
  @IsEnum(ResidenceStatus)
  residenceStatus?: ResidenceStatus | null;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'Benefit regime valid today; omit or null when none is recorded.',
  })
  @IsOptional()
  @IsEnum(BenefitRegime)
  benefitRegime?: BenefitRegime | null;
}
