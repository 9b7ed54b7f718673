import { AGS_PATTERN, AGS_RULE } from '@gk/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PHONE_PATTERN } from '../common/patterns';
import { Area } from './area.enum';
import { OrganizationKind } from './organization-kind.enum';
import { PHONE_RULE, WEBSITE_OPTIONS } from './register-organization.input';

@InputType({
  description: 'Changes to an organisation. Fields left out stay as they are; contact fields set to null are removed.',
})
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'Id of the organisation to change.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, 1 to 300 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => [Area], { nullable: true, description: 'New list of areas: at least one, each once.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Area, { each: true })
  areas?: Area[];

  @Field(() => String, { nullable: true, description: 'AGS of the municipality it is now based in.' })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: `ags ${AGS_RULE}` })
  ags?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is a public social agency under §35 SGB I.' })
  @IsOptional()
  @IsBoolean()
  publicSocialAgency?: boolean;

  @Field(() => String, { nullable: true, description: 'Public contact e-mail address; null removes it.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number; null removes it.' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: `contactPhone ${PHONE_RULE}` })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public web site; null removes it.' })
  @IsOptional()
  @IsUrl(WEBSITE_OPTIONS)
  @MaxLength(500)
  website?: string | null;
}
