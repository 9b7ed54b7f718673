import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonConsentLegalBasis, PersonDataPurpose } from './consent.enums';

@InputType({ description: 'A consent of the person, or a statutory basis, for data to go to one organisation.' })
export class GrantConsentInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  personId!: string;

  @Field(() => ID, { description: 'Id of the receiving organisation.' })
  @IsUUID()
  organizationId!: string;

  @Field(() => [PersonDataPurpose], { description: 'Purposes covered, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(PersonDataPurpose, { each: true })
  purposes!: PersonDataPurpose[];

  @Field(() => PersonConsentLegalBasis, {
    defaultValue: PersonConsentLegalBasis.CONSENT,
    description: 'What allows the transfer.',
  })
  @IsEnum(PersonConsentLegalBasis)
  legalBasis!: PersonConsentLegalBasis;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the evidence is kept (file number of the signed form, or the statute), at most 200 ' +
      'characters; required for a consent.',
  })
  @IsOptional()
  @MaxLength(200)
  @Matches(/\S/, { message: 'must not be blank' })
  evidenceReference?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Version of the data protection notice given to the person, at most 50 characters; required for a consent.',
  })
  @IsOptional()
  @MaxLength(50)
  @Matches(/\S/, { message: 'must not be blank' })
  noticeVersion?: string | null;
}
