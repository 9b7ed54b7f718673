import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CefrLevel, GEMEINDE_AGS_PATTERN, GEMEINDE_AGS_RULE, IsoDateScalar } from '@gk/shared';
import { IsCountryCode, IsNotInFuture } from '../common/validation';
import { PersonGender, PersonGoal, PersonSchoolDegree } from './person.enums';
import { PersonVocationalQualificationInput } from './person-inputs.shared';
import { LANGUAGE_CODE, NAME_RULE } from './register-person.input';

@InputType({
  description:
    'Changes to a person record. Leave a field out to keep it; set a field whose description ' +
    'says so to null to clear it (other fields refuse null). Residence status and benefit regime ' +
    'change through their own mutations.',
})
export class UpdatePersonInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    description:
      'The `version` you read; the change is refused with VERSION_CONFLICT if someone changed the person since.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'Given name, 1 to 100 characters.' })
  @MaxLength(100)
  @Matches(NAME_RULE, { message: 'must not be blank' })
  givenName?: string;

  @Field({ nullable: true, description: 'Family name, 1 to 100 characters.' })
  @MaxLength(100)
  @Matches(NAME_RULE, { message: 'must not be blank' })
  familyName?: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Date of birth; not in the future.' })
  @IsNotInFuture()
  dateOfBirth?: string;

  @Field(() => PersonGender, { nullable: true, description: 'Gender; null clears it.' })
  @IsOptional()
  @IsEnum(PersonGender)
  gender?: PersonGender | null;

  @Field(() => String, {
    nullable: true,
    description: 'Country of origin, ISO 3166-1 alpha-2 or alpha-3 in capitals; null clears it.',
  })
  @IsOptional()
  @IsCountryCode()
  countryOfOrigin?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages as ISO 639 codes, at most 10; replaces the list.' })
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: 'must be ISO 639 codes of 2 or 3 lower-case letters' })
  languages?: string[];

  @Field(() => CefrLevel, { nullable: true, description: 'German level; null clears it (and the certified flag).' })
  @IsOptional()
  @IsEnum(CefrLevel)
  germanLevel?: CefrLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the German level is certified; needs a German level.' })
  @IsBoolean()
  germanLevelCertified?: boolean;

  @Field(() => String, { nullable: true, description: 'AGS of the municipality of residence, 8 digits.' })
  @Matches(GEMEINDE_AGS_PATTERN, { message: GEMEINDE_AGS_RULE })
  municipalityAgs?: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Date of arrival in Germany; null clears it.' })
  @IsOptional()
  @IsNotInFuture()
  arrivalDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation whose case management looks after the person.' })
  @IsUUID()
  caseManagingOrganizationId?: string;

  @Field(() => PersonSchoolDegree, { nullable: true, description: 'Highest school degree; null clears it.' })
  @IsOptional()
  @IsEnum(PersonSchoolDegree)
  schoolDegree?: PersonSchoolDegree | null;

  @Field(() => PersonVocationalQualificationInput, {
    nullable: true,
    description: 'Vocational qualification; replaces the recorded one, null clears it.',
  })
  @IsOptional()
  @ValidateNested()
  vocationalQualification?: PersonVocationalQualificationInput | null;

  @Field(() => [PersonGoal], { nullable: true, description: 'Goals; replaces the list.' })
  @ArrayUnique()
  @IsEnum(PersonGoal, { each: true })
  goals?: PersonGoal[];
}
