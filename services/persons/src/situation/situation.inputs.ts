import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BenefitRegime, IsoDateScalar, ResidenceStatus, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { IsNotInFuture } from '../common/validation';

@InputType({ description: 'A new residence status of a person. It ends the current one the day before `validFrom`.' })
export class RecordResidenceStatusInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  personId!: string;

  @Field(() => ResidenceStatus, { description: 'The new residence status; must differ from the current one.' })
  @IsEnum(ResidenceStatus)
  status!: ResidenceStatus;

  @Field(() => IsoDateScalar, {
    description: 'First day it is valid: not in the future, after the start of the current status.',
  })
  @IsNotInFuture()
  validFrom!: string;
}

@InputType({
  description:
    'A new benefit regime of a person (a Rechtskreiswechsel once one was recorded). It ends the ' +
    'current one the day before `validFrom`.',
})
export class RecordBenefitRegimeInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  personId!: string;

  @Field(() => BenefitRegime, { description: 'The new benefit regime; must differ from the current one.' })
  @IsEnum(BenefitRegime)
  regime!: BenefitRegime;

  @Field(() => IsoDateScalar, {
    description: 'First day it applies: not in the future, after the start of the current regime.',
  })
  @IsNotInFuture()
  validFrom!: string;
}

@InputType({ description: 'Narrows the list of benefit regime changes; all given conditions must hold.' })
export class BenefitRegimeChangeFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'AGS of the municipality of residence; a 5-digit Kreis AGS covers all its Gemeinden.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs?: string | null;

  @Field(() => BenefitRegime, { nullable: true, description: 'Regime left.' })
  @IsOptional()
  @IsEnum(BenefitRegime)
  fromRegime?: BenefitRegime | null;

  @Field(() => BenefitRegime, { nullable: true, description: 'Regime entered.' })
  @IsOptional()
  @IsEnum(BenefitRegime)
  toRegime?: BenefitRegime | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Changes on or after this date.' })
  @IsOptional()
  changedFrom?: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Changes on or before this date.' })
  @IsOptional()
  changedUntil?: string | null;
}
