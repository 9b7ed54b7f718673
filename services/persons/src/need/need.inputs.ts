import { IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NeedCategory } from '@gk/shared';
import { PersonNeedStatus } from './need-status.enum';

@InputType({ description: 'A need to record for a person.' })
export class RecordNeedInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  personId!: string;

  @Field(() => NeedCategory, { description: 'What is needed.' })
  @IsEnum(NeedCategory)
  category!: NeedCategory;

  @Field(() => PersonNeedStatus, {
    defaultValue: PersonNeedStatus.OPEN,
    description: 'Initial status: OPEN or IN_PROGRESS.',
  })
  @IsEnum(PersonNeedStatus)
  status!: PersonNeedStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Short working note, at most 500 characters; no health details.',
  })
  @IsOptional()
  @MaxLength(500)
  @Matches(/\S/, { message: 'must not be blank' })
  note?: string | null;
}

@InputType({ description: 'Changes to a need. Leave a field out to keep it.' })
export class UpdateNeedInput {
  @Field(() => ID, { description: 'Id of the need.' })
  @IsUUID()
  id!: string;

  @Field(() => PersonNeedStatus, { nullable: true, description: 'New status; MET and CLOSED are final.' })
  @IsOptional()
  @IsEnum(PersonNeedStatus)
  status?: PersonNeedStatus | null;

  @Field(() => String, { nullable: true, description: 'New note, at most 500 characters; an empty string clears it.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}
