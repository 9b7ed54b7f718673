import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { StandingTaskKind, StandingTaskStatus } from './standing-task.enum';

@InputType({ description: "The new state of one of an alliance's standing tasks." })
export class UpdateStandingTaskInput {
  @Field(() => ID, { description: 'Id of the alliance.' })
  @IsUUID()
  allianceId!: string;

  @Field(() => StandingTaskKind, { description: 'Which task.' })
  @IsEnum(StandingTaskKind)
  task!: StandingTaskKind;

  @Field(() => StandingTaskStatus, { description: 'Its new status.' })
  @IsEnum(StandingTaskStatus)
  status!: StandingTaskStatus;

  @Field(() => String, {
    nullable: true,
    description: 'A short note, 1 to 2000 characters; null or left out removes the note.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}
