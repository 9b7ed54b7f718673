import { AGS_PATTERN, AGS_RULE, IsoDateScalar } from '@gk/shared';
import { IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AllianceProgramme } from './alliance-programme.enum';

@InputType({ description: 'A new local alliance. Its seven standing tasks are created with it, not started.' })
export class CreateAllianceInput {
  @Field({ description: 'Name of the alliance, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field({
    description:
      'AGS of the lead municipality: a Kreis (its alliance spans the member municipalities), a kreisfreie Stadt or a ' +
      'kreisangehörige Kommune.',
  })
  @Matches(AGS_PATTERN, { message: `leadAgs ${AGS_RULE}` })
  leadAgs!: string;

  @Field(() => ID, { description: 'Id of the organisation acting as lead office (Geschäftsführende Stelle).' })
  @IsUUID()
  leadOfficeId!: string;

  @Field(() => AllianceProgramme, {
    defaultValue: AllianceProgramme.GEMEINSAM_KLAPPTS,
    description: 'The programme it works under; one alliance per municipality and programme.',
  })
  @IsEnum(AllianceProgramme)
  programme!: AllianceProgramme;

  @Field(() => IsoDateScalar, { description: 'The day it starts its work.' })
  startDate!: string;
}
