import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditedRow } from '@gk/shared';
import { StandingTaskKind, StandingTaskStatus } from './standing-task.enum';

@ObjectType({ description: "One of the core group's standing tasks and where the alliance stands with it." })
@Entity({ name: 'alliance_standing_task' })
export class AllianceStandingTask extends AuditedRow {
  @PrimaryColumn({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field(() => StandingTaskKind, { description: 'Which task.' })
  @PrimaryColumn({ type: 'text' })
  task!: StandingTaskKind;

  @Field(() => StandingTaskStatus, { description: 'Where the alliance stands with it.' })
  @Column({ type: 'text' })
  status!: StandingTaskStatus;

  @Field(() => String, { nullable: true, description: 'A short note on the state of the task.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
