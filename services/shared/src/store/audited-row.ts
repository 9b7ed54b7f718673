import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import type { Actor } from '../auth/actor';

/**
 * The stamp every written row carries: who created it and who changed it last, as subject and
 * organisation of the verified identity, with the times. Not part of the GraphQL API. Every
 * subgraph's entities extend it, so the columns are named alike in every database.
 */
export abstract class AuditedRow {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_by_org', type: 'uuid', nullable: true })
  createdByOrg!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'updated_by_org', type: 'uuid', nullable: true })
  updatedByOrg!: string | null;
}

export type AuditStamp = Pick<AuditedRow, 'createdBy' | 'createdByOrg' | 'updatedBy' | 'updatedByOrg'>;

/** The stamp of a new row: created and last changed by the actor. */
export function createdStamp(actor: Actor): AuditStamp {
  return {
    createdBy: actor.subject,
    createdByOrg: actor.organizationId,
    updatedBy: actor.subject,
    updatedByOrg: actor.organizationId,
  };
}

/** The stamp of a changed row; `updated_at` is set by the update date column. */
export function updatedStamp(actor: Actor): Pick<AuditedRow, 'updatedBy' | 'updatedByOrg'> {
  return { updatedBy: actor.subject, updatedByOrg: actor.organizationId };
}
