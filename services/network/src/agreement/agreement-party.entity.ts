import { AuditedRow } from '@gk/shared';
import { Entity, PrimaryColumn } from 'typeorm';

/** An organisation that is party to a procedure agreement; not a GraphQL type (the API shows the organisations). */
@Entity({ name: 'procedure_agreement_party' })
export class AgreementParty extends AuditedRow {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;
}
