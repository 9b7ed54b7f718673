import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { BenefitRegime, IsoDateScalar, ResidenceStatus } from '@gk/shared';
import { IsNotInFuture } from '../common/validation';

@InputType({ description: 'A vocational qualification (Berufsabschluss) as recorded.' })
export class PersonVocationalQualificationInput {
  @Field(() => Int, {
    nullable: true,
    description: 'DQR level 1 to 8 of the highest qualification held; null when none.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  dqrLevel?: number | null;

  @Field({ defaultValue: false, description: 'Whether the person is in vocational training now.' })
  @IsBoolean()
  inTraining!: boolean;

  @Field({ defaultValue: false, description: 'Whether the highest qualification was gained abroad.' })
  @IsBoolean()
  foreign!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a foreign qualification: whether it is recognised in Germany; null while undecided. ' +
      'Must be null for a German one.',
  })
  @IsOptional()
  @IsBoolean()
  foreignRecognised?: boolean | null;
}

@InputType({ description: 'The residence status a person holds when registered.' })
export class PersonInitialResidenceStatusInput {
  @Field(() => ResidenceStatus, { description: 'The residence status.' })
  @IsEnum(ResidenceStatus)
  status!: ResidenceStatus;

  @Field(() => IsoDateScalar, { description: 'Since when it is valid; not in the future.' })
  @IsNotInFuture()
  validFrom!: string;
}

@InputType({ description: 'The benefit regime a person is under when registered.' })
export class PersonInitialBenefitRegimeInput {
  @Field(() => BenefitRegime, { description: 'The benefit regime.' })
  @IsEnum(BenefitRegime)
  regime!: BenefitRegime;

  @Field(() => IsoDateScalar, { description: 'Since when it applies; not in the future.' })
  @IsNotInFuture()
  validFrom!: string;
}
