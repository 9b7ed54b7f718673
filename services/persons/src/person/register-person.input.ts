import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CefrLevel, GEMEINDE_AGS_PATTERN, GEMEINDE_AGS_RULE, IsoDateScalar } from '@gk/shared';
import { IsCountryCode, IsNotInFuture } from '../common/validation';
import { PersonGender, PersonGoal, PersonSchoolDegree } from './person.enums';
import {
  PersonInitialBenefitRegimeInput,
  PersonInitialResidenceStatusInput,
  PersonVocationalQualificationInput,
} from './person-inputs.shared';

export const NAME_RULE = /\S/;
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

@InputType({ description: 'A person to register with the case management.' })
export class RegisterPersonInput {
  @Field({ description: 'Given name, 1 to 100 characters.' })
  @MaxLength(100)
  @Matches(NAME_RULE, { message: 'must not be blank' })
  givenName!: string;

  @Field({ description: 'Family name, 1 to 100 characters.' })
  @MaxLength(100)
  @Matches(NAME_RULE, { message: 'must not be blank' })
  familyName!: string;

  @Field(() => IsoDateScalar, { description: 'Date of birth; not in the future.' })
  @IsNotInFuture()
  dateOfBirth!: string;

  @Field(() => PersonGender, { nullable: true, description: 'Gender as the person states it.' })
  @IsOptional()
  @IsEnum(PersonGender)
  gender?: PersonGender | null;

  @Field(() => String, {
    nullable: true,
    description: 'Country of origin, ISO 3166-1 alpha-2 (SY) or alpha-3 (SYR), in capitals.',
  })
  @IsOptional()
  @IsCountryCode()
  countryOfOrigin?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Languages as ISO 639 codes in lower case (ar, fa, prs), at most 10.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: 'must be ISO 639 codes of 2 or 3 lower-case letters' })
  languages?: string[] | null;

  @Field(() => CefrLevel, { nullable: true, description: 'German level, if assessed.' })
  @IsOptional()
  @IsEnum(CefrLevel)
  germanLevel?: CefrLevel | null;

  @Field({ defaultValue: false, description: 'Whether the German level is certified; needs a German level.' })
  @IsBoolean()
  germanLevelCertified!: boolean;

  @Field({ description: 'AGS of the municipality of residence: 8 digits (a Gemeinde).' })
  @Matches(GEMEINDE_AGS_PATTERN, { message: GEMEINDE_AGS_RULE })
  municipalityAgs!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Date of arrival in Germany; not in the future, not before the date of birth.',
  })
  @IsOptional()
  @IsNotInFuture()
  arrivalDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Organisation whose case management looks after the person; defaults to the caller's organisation.",
  })
  @IsOptional()
  @IsUUID()
  caseManagingOrganizationId?: string | null;

  @Field(() => PersonSchoolDegree, { nullable: true, description: 'Highest school degree.' })
  @IsOptional()
  @IsEnum(PersonSchoolDegree)
  schoolDegree?: PersonSchoolDegree | null;

  @Field(() => PersonVocationalQualificationInput, { nullable: true, description: 'Vocational qualification, if any.' })
  @IsOptional()
  @ValidateNested()
  vocationalQualification?: PersonVocationalQualificationInput | null;

  @Field(() => [PersonGoal], { nullable: true, description: 'Goals agreed with the person.' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(PersonGoal, { each: true })
  goals?: PersonGoal[] | null;

  @Field(() => PersonInitialResidenceStatusInput, {
    nullable: true,
    description: 'Residence status held now; starts the residence status history.',
  })
  @IsOptional()
  @ValidateNested()
  residenceStatus?: PersonInitialResidenceStatusInput | null;

  @Field(() => PersonInitialBenefitRegimeInput, {
    nullable: true,
    description: 'Benefit regime applying now; starts the benefit regime history.',
  })
  @IsOptional()
  @ValidateNested()
  benefitRegime?: PersonInitialBenefitRegimeInput | null;

  @Field({
    defaultValue: false,
    description:
      'Register even though a person with the same name, date of birth and municipality exists ' +
      '(a namesake). Leave false first: the answer then names the probable duplicates instead.',
  })
  @IsBoolean()
  confirmNotDuplicate!: boolean;
}
