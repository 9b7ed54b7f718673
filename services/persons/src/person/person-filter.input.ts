import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BenefitRegime, IsoDateScalar, NeedCategory, ResidenceStatus, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { PersonNeedStatus } from '../need/need-status.enum';

@InputType({ description: 'Narrows the list of persons; all given conditions must hold.' })
export class PersonFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'AGS of the municipality of residence; a 5-digit Kreis AGS covers all its Gemeinden.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs?: string | null;

  @Field(() => [ResidenceStatus], { nullable: true, description: 'Current residence status is one of these.' })
  @IsOptional()
  @IsEnum(ResidenceStatus, { each: true })
  residenceStatuses?: ResidenceStatus[] | null;

  @Field(() => [BenefitRegime], { nullable: true, description: 'Current benefit regime is one of these.' })
  @IsOptional()
  @IsEnum(BenefitRegime, { each: true })
  benefitRegimes?: BenefitRegime[] | null;

  @Field(() => NeedCategory, {
    nullable: true,
    description: 'Has a need of this category (with `needStatus`, in that status).',
  })
  @IsOptional()
  @IsEnum(NeedCategory)
  needCategory?: NeedCategory | null;

  @Field(() => PersonNeedStatus, {
    nullable: true,
    description: 'Has a need in this status (with `needCategory`, of that category).',
  })
  @IsOptional()
  @IsEnum(PersonNeedStatus)
  needStatus?: PersonNeedStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'In (true) or outside (false) the target group, aged 18 to 27, on `targetGroupOn`.',
  })
  @IsOptional()
  @IsBoolean()
  inTargetGroup?: boolean | null;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Date for `inTargetGroup`; today (Europe/Berlin) when left out.',
  })
  @IsOptional()
  targetGroupOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the given or family name, 2 to 100 characters, case-insensitive.',
  })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Case-managing organisation.' })
  @IsOptional()
  @IsUUID()
  caseManagingOrganizationId?: string | null;
}
