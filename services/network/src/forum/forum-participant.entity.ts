import { AuditedRow } from '@gk/shared';
import { Entity, PrimaryColumn } from 'typeorm';

/** An organisation taking part in a forum; not a GraphQL type (the API shows the organisations). */
@Entity({ name: 'alliance_forum_participant' })
export class ForumParticipant extends AuditedRow {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;
}
