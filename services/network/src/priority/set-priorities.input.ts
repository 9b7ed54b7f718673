import { IsoDateScalar } from '@gk/shared';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PriorityStatus } from './priority-status.enum';

@InputType({ description: 'One priority in the ranked list.' })
export class AlliancePriorityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of an existing priority of this alliance to keep; left out for a new one.',
  })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: 'What the alliance wants to achieve, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field(() => PriorityStatus, { defaultValue: PriorityStatus.OPEN, description: 'Where work on it stands.' })
  @IsEnum(PriorityStatus)
  status!: PriorityStatus;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Day by which it should be reached.' })
  @IsOptional()
  dueOn?: string | null;
}

@InputType({
  description:
    "The whole ranked list of an alliance's priorities, most important first. Priorities left out are removed.",
})
export class SetAlliancePrioritiesInput {
  @Field(() => ID, { description: 'Id of the alliance.' })
  @IsUUID()
  allianceId!: string;

  @Field(() => [AlliancePriorityInput], {
    description: 'The priorities in rank order (at most 50); the first gets rank 1.',
  })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  priorities!: AlliancePriorityInput[];
}
