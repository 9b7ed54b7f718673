import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** The audit columns every written table carries; not part of the GraphQL API. */
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
