import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditedRow } from '@gk/shared';
import { PersonDataPurpose } from '../consent/consent.enums';
import { OfferRef } from '../references/offer.reference';
import { OrganizationRef } from '../references/organization.reference';
import { PersonReferralStatus } from './referral.enums';

@ObjectType({
  description:
    'A referral (Überweisung / Vermittlung) of a person from one organisation to another organisation or to an offer.',
})
@Entity({ name: 'referral' })
export class PersonReferral extends AuditedRow {
  @Field(() => ID, { description: 'Id of the referral.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'from_organization_id', type: 'uuid' })
  fromOrganizationId!: string;

  @Column({ name: 'to_organization_id', type: 'uuid', nullable: true })
  toOrganizationId!: string | null;

  @Column({ name: 'to_offer_id', type: 'uuid', nullable: true })
  toOfferId!: string | null;

  @Field(() => PersonDataPurpose, { description: 'What the referral is for.' })
  @Column({ type: 'text' })
  purpose!: PersonDataPurpose;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Short working note for the receiving side; null when none.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => PersonReferralStatus, { description: 'Where the referral stands.' })
  @Column({ type: 'text' })
  status!: PersonReferralStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined or cancelled; null otherwise.' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was requested.' })
  get requestedAt(): Date {
    return this.createdAt;
  }

  @Field(() => String, { description: 'Subject (pseudonymous user id) of who requested it.' })
  get requestedBySubject(): string {
    return this.createdBy;
  }

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When it was accepted or declined; null while requested.',
  })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Subject of who answered it.' })
  @Column({ name: 'answered_by_subject', type: 'text', nullable: true })
  answeredBySubject!: string | null;

  @Column({ name: 'answered_by_organization_id', type: 'text', nullable: true })
  answeredByOrganizationId!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was completed or cancelled; null before.' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Subject of who completed or cancelled it.' })
  @Column({ name: 'closed_by_subject', type: 'text', nullable: true })
  closedBySubject!: string | null;

  @Column({ name: 'closed_by_organization_id', type: 'text', nullable: true })
  closedByOrganizationId!: string | null;

  @Field(() => Int, { description: 'Version, raised by every change.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => OrganizationRef, { description: 'The referring organisation.' })
  get fromOrganization(): OrganizationRef {
    return { id: this.fromOrganizationId };
  }

  @Field(() => OrganizationRef, {
    nullable: true,
    description: 'The receiving organisation; null for a referral to an offer.',
  })
  get toOrganization(): OrganizationRef | null {
    return this.toOrganizationId ? { id: this.toOrganizationId } : null;
  }

  @Field(() => OfferRef, {
    nullable: true,
    description: 'The offer referred to; null for a referral to an organisation.',
  })
  get toOffer(): OfferRef | null {
    return this.toOfferId ? { id: this.toOfferId } : null;
  }

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the consent or legal basis that allowed a referral to an organisation; null for a referral to an offer.',
  })
  get coveredByConsentId(): string | null {
    return this.consentId;
  }
}
