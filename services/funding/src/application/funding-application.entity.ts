import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IsoDateScalar, MoneyScalar, AuditedRow } from '@gk/shared';
import { CENTS } from '../common/columns';
import { FundingApplicationStatus } from './funding-application-status.enum';

@ObjectType({
  description: 'A funding application (Mittelantrag) of an organisation to a funding programme, with its lifecycle.',
})
@Entity({ name: 'funding_application' })
export class FundingApplication extends AuditedRow {
  @Field(() => ID, { description: 'Stable id (UUID) of the application.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'applicant_organization_id', type: 'uuid' })
  applicantOrganizationId!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Field({ description: 'Title of the application, for example the measure it pays for.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => IsoDateScalar, { description: 'First day of the funded period.' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Field(() => IsoDateScalar, { description: 'Last day of the funded period.' })
  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Field(() => MoneyScalar, { name: 'requested', description: 'Amount requested from the programme.' })
  @Column({ name: 'requested_cents', type: 'bigint', transformer: CENTS })
  requestedCents!: number;

  @Field(() => MoneyScalar, {
    name: 'ownShare',
    description: 'Own share (Eigenanteil) the applicant contributes; requested plus own share is the total cost.',
  })
  @Column({ name: 'own_share_cents', type: 'bigint', transformer: CENTS })
  ownShareCents!: number;

  @Field(() => FundingApplicationStatus, { description: 'Where the application stands.' })
  @Column({ type: 'text' })
  status!: FundingApplicationStatus;

  @Field(() => MoneyScalar, {
    name: 'approvedAmount',
    nullable: true,
    description: 'Amount granted; set when approved, otherwise null.',
  })
  @Column({ name: 'approved_cents', type: 'bigint', nullable: true, transformer: CENTS })
  approvedCents!: number | null;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Date of the grant notice (Zuwendungsbescheid); set when approved, otherwise null.',
  })
  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Field(() => MoneyScalar, { name: 'allocated', description: 'Amount of the grant already allocated to offers.' })
  @Column({ name: 'allocated_cents', type: 'bigint', transformer: CENTS, insert: false, update: false })
  allocatedCents!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
