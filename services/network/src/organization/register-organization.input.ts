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
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PHONE_PATTERN } from '../common/patterns';
import { Area } from './area.enum';
import { OrganizationKind } from './organization-kind.enum';

export const PHONE_RULE = 'must be a phone number: digits, spaces, "/", "-", brackets, an optional leading "+"';
export const WEBSITE_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({
  description:
    'An organisation joining the network. Contact data must be public contact data of the organisation, never of a ' +
    'person.',
})
export class RegisterOrganizationInput {
  @Field({ description: 'Name of the organisation, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What kind of organisation it is.' })
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => [Area], { description: 'The areas it belongs to: at least one, each once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Area, { each: true })
  areas!: Area[];

  @Field({ description: 'AGS of the municipality it is based in (5 digits for a Kreis, 8 for a Gemeinde).' })
  @Matches(AGS_PATTERN, { message: `ags ${AGS_RULE}` })
  ags!: string;

  @Field({ defaultValue: false, description: 'Whether it is a public social agency under §35 SGB I.' })
  @IsBoolean()
  publicSocialAgency!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Public contact e-mail address of the organisation (a functional mailbox, not a person).',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number of the organisation.' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: `contactPhone ${PHONE_RULE}` })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public web site, starting with http:// or https://.' })
  @IsOptional()
  @IsUrl(WEBSITE_OPTIONS)
  @MaxLength(500)
  website?: string | null;
}
