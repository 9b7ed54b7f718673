import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BenefitRegime, IsoDateScalar, AuditedRow } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';

@ObjectType({
  description:
    "One period of a benefit regime in a person's history. A period with a previous regime marks a change " +
    'of regime (Rechtskreiswechsel).',
})
@Entity({ name: 'benefit_regime_period' })
export class PersonBenefitRegimePeriod extends AuditedRow {
  @Field(() => ID, { description: 'Id of the period (and of the change it starts, if any).' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => BenefitRegime, { description: 'The benefit regime.' })
  @Column({ type: 'text' })
  regime!: BenefitRegime;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'The regime before this period; null for the first recorded period.',
  })
  @Column({ name: 'previous_regime', type: 'text', nullable: true })
  previousRegime!: BenefitRegime | null;

  @Field(() => IsoDateScalar, { description: 'First day the regime applied.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day the regime applied; null while it is the current regime.',
  })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the regime was recorded.' })
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
