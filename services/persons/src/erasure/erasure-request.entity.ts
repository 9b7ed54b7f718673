import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's erasure as requested, with the subgraphs that have not yet confirmed theirs. Holds the id only. */
@Entity({ name: 'erasure_request' })
export class PersonErasureRequest {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'requested_by_subject', type: 'text' })
  requestedBySubject!: string;

  @Column({ name: 'requested_by_organization_id', type: 'text', nullable: true })
  requestedByOrganizationId!: string | null;

  @Column({ name: 'pending_subgraphs', type: 'text', array: true })
  pendingSubgraphs!: string[];
}
