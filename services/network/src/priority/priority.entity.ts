import { AuditedRow, IsoDateScalar } from '@gk/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PriorityStatus } from './priority-status.enum';

@ObjectType({ description: 'A priority (Schwerpunkt) the core group set for the alliance.' })
@Entity({ name: 'alliance_priority' })
export class AlliancePriority extends AuditedRow {
  @Field(() => ID, { description: 'Id of the priority; stays the same when the list is reordered.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field(() => Int, { description: 'Rank within the alliance, 1 being the most important.' })
  @Column({ type: 'integer' })
  rank!: number;

  @Field({ description: 'What the alliance wants to achieve.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => PriorityStatus, { description: 'Where work on it stands.' })
  @Column({ type: 'text' })
  status!: PriorityStatus;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day by which it should be reached; null when open-ended.',
  })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;
}
