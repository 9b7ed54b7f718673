import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An organisation taking part in a forum; not a GraphQL type (the API shows the organisations). */
@Entity({ name: 'alliance_forum_participant' })
export class ForumParticipant {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_by_org', type: 'uuid', nullable: true })
  recordedByOrg!: string | null;
}
