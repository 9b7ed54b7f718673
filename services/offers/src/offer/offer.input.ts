import { BenefitRegime, CefrLevel, IsoDateScalar, ResidenceStatus, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import {
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OfferCategory } from './offer-category.enum';
import { OfferStatus } from './offer-status.enum';
import { OfferTargetOutcome } from './offer-target-outcome.enum';

const NOT_BLANK = /\S/;

@InputType({
  description:
    'Who an offer admits. Omitted parts keep their defaults: ages 18 to 27, every status, every regime, no minimum ' +
    'level.',
})
export class OfferEligibilityRulesInput {
  @Field(() => Int, { nullable: true, description: 'Lowest admitted age (0 to 99); default 18.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: 'Highest admitted age (0 to 99), not below minAge; default 27.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  maxAge?: number;

  @Field(() => [ResidenceStatus], {
    nullable: true,
    description: 'Admitted residence statuses; empty or omitted admits every status.',
  })
  @IsOptional()
  @IsEnum(ResidenceStatus, { each: true })
  @ArrayUnique()
  residenceStatuses?: ResidenceStatus[];

  @Field(() => [BenefitRegime], {
    nullable: true,
    description: 'Admitted benefit regimes; empty or omitted admits every regime.',
  })
  @IsOptional()
  @IsEnum(BenefitRegime, { each: true })
  @ArrayUnique()
  benefitRegimes?: BenefitRegime[];

  @Field(() => CefrLevel, { nullable: true, description: 'Minimum German level; omit or null for none.' })
  @IsOptional()
  @IsEnum(CefrLevel)
  minGermanLevel?: CefrLevel | null;
}

@InputType({ description: 'A new offer. It starts in status PLANNED; open it to take enrollments.' })
export class CreateOfferInput {
  @Field({ description: 'Title, 1 to 300 characters.' })
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  title!: string;

  @Field({ nullable: true, description: 'Description, up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => OfferCategory, { description: 'What kind of offer it is.' })
  @IsEnum(OfferCategory)
  category!: OfferCategory;

  @Field(() => OfferTargetOutcome, { description: 'The result the offer aims at.' })
  @IsEnum(OfferTargetOutcome)
  targetOutcome!: OfferTargetOutcome;

  @Field(() => CefrLevel, {
    nullable: true,
    description:
      'The German level the offer leads to; required when targetOutcome is LANGUAGE_LEVEL, not allowed otherwise.',
  })
  @IsOptional()
  @IsEnum(CefrLevel)
  targetGermanLevel?: CefrLevel | null;

  @Field(() => ID, { description: 'Id of the organisation that runs the offer (network subgraph).' })
  @IsUUID()
  providerId!: string;

  @Field({
    description: 'AGS of the municipality where the offer takes place: 8 digits, or 5 for an offer of a whole Kreis.',
  })
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs!: string;

  @Field(() => IsoDateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => IsoDateScalar, { description: 'Last day; not before startDate.' })
  endDate!: string;

  @Field(() => Int, { nullable: true, description: 'Hours per week, 1 to 60; omit for offers without fixed hours.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => Int, { description: 'Number of seats, 1 to 10000.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  seats!: number;

  @Field(() => OfferEligibilityRulesInput, {
    nullable: true,
    description: 'Who the offer admits; omitted: the target group defaults.',
  })
  @IsOptional()
  @ValidateNested()
  eligibility?: OfferEligibilityRulesInput;
}

@InputType({
  description:
    'Changes to an offer that is not finished or cancelled. Omitted fields stay as they are; null clears an optional ' +
    'field.',
})
export class UpdateOfferInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;

  @Field({ nullable: true, description: 'Title, 1 to 300 characters.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  title?: string;

  @Field({ nullable: true, description: 'Description, up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => OfferCategory, { nullable: true, description: 'What kind of offer it is.' })
  @IsOptional()
  @IsEnum(OfferCategory)
  category?: OfferCategory;

  @Field(() => OfferTargetOutcome, { nullable: true, description: 'The result the offer aims at.' })
  @IsOptional()
  @IsEnum(OfferTargetOutcome)
  targetOutcome?: OfferTargetOutcome;

  @Field(() => CefrLevel, {
    nullable: true,
    description: 'The German level the offer leads to (with targetOutcome LANGUAGE_LEVEL only).',
  })
  @IsOptional()
  @IsEnum(CefrLevel)
  targetGermanLevel?: CefrLevel | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'First day.' })
  startDate?: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Last day; not before the first.' })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Hours per week, 1 to 60; null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of seats, 1 to 10000; never fewer than the seats taken.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  seats?: number;

  @Field(() => OfferEligibilityRulesInput, {
    nullable: true,
    description: 'New eligibility rules; omitted parts keep their current values. Enrollments already made stay.',
  })
  @IsOptional()
  @ValidateNested()
  eligibility?: OfferEligibilityRulesInput;
}

@InputType({ description: 'The offer whose status changes.' })
export class OfferStatusChangeInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;
}

@InputType({ description: 'Cancels an offer. Its open applications and enrollments are withdrawn with the reason.' })
export class CancelOfferInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;

  @Field({ description: 'Why the offer is cancelled (1 to 2000 characters); recorded on the withdrawn enrollments.' })
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  reason!: string;
}

@InputType({ description: 'Narrows the list of offers; every given criterion must hold.' })
export class OfferFilterInput {
  @Field({
    nullable: true,
    description: 'AGS: offers in this municipality, or in this Kreis and its member municipalities for a 5-digit AGS.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs?: string;

  @Field(() => OfferCategory, { nullable: true, description: 'Only offers of this category.' })
  @IsOptional()
  @IsEnum(OfferCategory)
  category?: OfferCategory;

  @Field(() => OfferStatus, { nullable: true, description: 'Only offers in this status.' })
  @IsOptional()
  @IsEnum(OfferStatus)
  status?: OfferStatus;

  @Field(() => ID, { nullable: true, description: 'Only offers of this provider.' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}
