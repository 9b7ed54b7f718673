import { AuditedRow, IsoDateScalar } from '@gk/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ForumKind } from './forum-kind.enum';

@ObjectType({
  description:
    'A forum of an alliance (Bündnisforum): a working group or a single event, with the organisations taking part.',
})
@Entity({ name: 'alliance_forum' })
export class AllianceForum extends AuditedRow {
  @Field(() => ID, { description: 'Id of the forum.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field(() => ForumKind, { description: 'Working group or single event.' })
  @Column({ type: 'text' })
  kind!: ForumKind;

  @Field({ description: 'Title of the forum.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'What the forum works on.' })
  @Column({ type: 'text' })
  topic!: string;

  @Field(() => IsoDateScalar, { description: 'Day of the event, or first meeting day of the working group.' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day; null for a one-day event or a working group without an end date.',
  })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
