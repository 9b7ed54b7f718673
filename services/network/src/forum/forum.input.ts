import { IsoDateScalar } from '@gk/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ForumKind } from './forum-kind.enum';

@InputType({ description: 'A forum to schedule for an alliance.' })
export class ScheduleForumInput {
  @Field(() => ID, { description: 'Id of the alliance.' })
  @IsUUID()
  allianceId!: string;

  @Field(() => ForumKind, { description: 'Working group or single event.' })
  @IsEnum(ForumKind)
  kind!: ForumKind;

  @Field({ description: 'Title, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field({ description: 'What the forum works on, 1 to 2000 characters.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'topic must not be blank' })
  topic!: string;

  @Field(() => IsoDateScalar, { description: 'Day of the event, or first meeting day.' })
  startsOn!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Last day, if any; not before startsOn.' })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Organisations already known to take part (at most 100, each once).',
  })
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds!: string[];
}

@InputType({
  description: 'Organisations that took or take part in a forum; adding one already recorded changes nothing.',
})
export class RecordForumParticipantsInput {
  @Field(() => ID, { description: 'Id of the forum.' })
  @IsUUID()
  forumId!: string;

  @Field(() => [ID], { description: 'Ids of the organisations (1 to 100, each once).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizationIds!: string[];
}
