import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IsoDateScalar, ResidenceStatus, AuditedRow } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';

@ObjectType({
  description:
    "One period of a residence status in a person's history. Periods follow each other: recording a new " +
    'status ends the open one the day before.',
})
@Entity({ name: 'residence_status_period' })
export class PersonResidenceStatusPeriod extends AuditedRow {
  @Field(() => ID, { description: 'Id of the period.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => ResidenceStatus, { description: 'The residence status.' })
  @Column({ type: 'text' })
  status!: ResidenceStatus;

  @Field(() => IsoDateScalar, { description: 'First day the status was valid.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day the status was valid; null while it is the current status.',
  })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the status was recorded.' })
  get recordedAt(): Date {
    return this.createdAt;
  }

  @Field(() => String, { description: 'Subject (pseudonymous user id) of who recorded it.' })
  get recordedBySubject(): string {
    return this.createdBy;
  }

  @Field(() => OrganizationRef, {
    nullable: true,
    description: 'Organisation of who recorded it; null for a user of no organisation.',
  })
  get recordedByOrganization(): OrganizationRef | null {
    return this.createdByOrg ? { id: this.createdByOrg } : null;
  }
}
