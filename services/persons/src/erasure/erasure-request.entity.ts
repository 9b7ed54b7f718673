import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditedRow } from '@gk/shared';

/** A person's erasure as requested, with the subgraphs that have not yet confirmed theirs. Holds the id only. */
@Entity({ name: 'erasure_request' })
export class PersonErasureRequest extends AuditedRow {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'pending_subgraphs', type: 'text', array: true })
  pendingSubgraphs!: string[];
}
