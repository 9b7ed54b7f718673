import { IsoDateScalar } from '@gk/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A signed procedure agreement between organisations of the alliance.' })
export class RecordAgreementInput {
  @Field(() => ID, { description: 'Id of the alliance.' })
  @IsUUID()
  allianceId!: string;

  @Field({ description: 'Title, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field(() => [ID], {
    description:
      'Ids of the organisations that are parties: at least two, at most 50, each once; each must be a known ' +
      'organisation.',
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  partyIds!: string[];

  @Field(() => IsoDateScalar, { description: 'Day it was signed.' })
  signedOn!: string;

  @Field({ description: 'What the parties agreed, 1 to 5000 characters. No personal data of the target group.' })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'summary must not be blank' })
  summary!: string;
}
