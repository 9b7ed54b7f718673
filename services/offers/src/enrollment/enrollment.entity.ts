import { AuditedRow, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { EnrollmentOutcome } from './enrollment-outcome.enum';
import { EnrollmentStatus } from './enrollment-status.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Enrollment })
@Directive('@key(fields: "id")')
@Entity({ name: 'enrollment' })
export class Enrollment extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.enrollmentId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Null once the person was erased; the enrollment stays for the offer's figures. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Field(() => EnrollmentStatus, { description: 'Where the person stands in the offer.' })
  @Column({ type: 'text' })
  status!: EnrollmentStatus;

  @Field(() => IsoDateScalar, {
    description: 'Day of the application (for a direct enrollment, the day of enrollment).',
  })
  @Column({ name: 'applied_on', type: 'date' })
  appliedOn!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day the person started in the offer (took a seat); null while only applied.',
  })
  @Column({ name: 'enrolled_on', type: 'date', nullable: true })
  enrolledOn!: string | null;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day the enrollment ended (completed, dropped out, rejected or withdrawn); null while active.',
  })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => EnrollmentOutcome, {
    nullable: true,
    description: 'Result of the enrollment; set when it is completed or dropped out, null otherwise.',
  })
  @Column({ type: 'text', nullable: true })
  outcome!: EnrollmentOutcome | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the enrollment ended as it did (outcome, rejection or withdrawal), if recorded. No health or other ' +
      'special-category data here.',
  })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @VersionColumn()
  version!: number;
}

/**
 * What a read of enrollments carries: the fields the schema serves and the keys of the relations, without the
 * row's stamps and version. Lists of thousands are read as such plain rows, not hydrated entities.
 */
export type EnrollmentView = Pick<
  Enrollment,
  'id' | 'personId' | 'offerId' | 'status' | 'appliedOn' | 'enrolledOn' | 'endedOn' | 'outcome' | 'reason'
>;
