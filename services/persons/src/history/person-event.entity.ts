import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditedRow } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';

export enum PersonHistoryKind {
  REGISTERED = 'REGISTERED',
  UPDATED = 'UPDATED',
  RESIDENCE_STATUS_CHANGED = 'RESIDENCE_STATUS_CHANGED',
  BENEFIT_REGIME_CHANGED = 'BENEFIT_REGIME_CHANGED',
  NEED_RECORDED = 'NEED_RECORDED',
  NEED_UPDATED = 'NEED_UPDATED',
  CONSENT_GRANTED = 'CONSENT_GRANTED',
  CONSENT_REVOKED = 'CONSENT_REVOKED',
  REFERRAL_REQUESTED = 'REFERRAL_REQUESTED',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  REFERRAL_CLOSED = 'REFERRAL_CLOSED',
}

registerEnumType(PersonHistoryKind, {
  name: 'PersonHistoryKind',
  description: "What kind of change an entry of a person's history records.",
  valuesConfig: {
    REGISTERED: { description: 'The person was registered.' },
    UPDATED: { description: 'Fields of the person record changed (named in `fields`).' },
    RESIDENCE_STATUS_CHANGED: { description: 'A residence status was recorded.' },
    BENEFIT_REGIME_CHANGED: { description: 'A benefit regime was recorded.' },
    NEED_RECORDED: { description: 'A need was recorded.' },
    NEED_UPDATED: { description: 'A need changed.' },
    CONSENT_GRANTED: { description: 'A consent or legal basis was recorded.' },
    CONSENT_REVOKED: { description: 'A consent was revoked.' },
    REFERRAL_REQUESTED: { description: 'A referral was requested.' },
    REFERRAL_ANSWERED: { description: 'A referral was accepted or declined.' },
    REFERRAL_CLOSED: { description: 'A referral was completed or cancelled.' },
  },
});

@ObjectType({
  description:
    "One change of a person's record: what kind, which fields (never their values), by whom and when. Append-only.",
})
@Entity({ name: 'person_event' })
export class PersonHistoryEntry extends AuditedRow {
  @Field(() => ID, { description: 'Id of the entry; later entries have larger ids.' })
  @PrimaryColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => PersonHistoryKind, { description: 'What kind of change.' })
  @Column({ type: 'text' })
  kind!: PersonHistoryKind;

  @Field(() => [String], { description: 'Names of the fields that changed.' })
  @Column({ type: 'text', array: true })
  fields!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the need, consent, referral or period the change concerns; null for the person record itself.',
  })
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the change happened.' })
  get occurredAt(): Date {
    return this.createdAt;
  }

  @Field(() => String, { description: 'Subject (pseudonymous user id) of who made the change.' })
  get actorSubject(): string {
    return this.createdBy;
  }

  @Field(() => OrganizationRef, {
    nullable: true,
    description: 'Organisation of who made the change; null for a user of no organisation.',
  })
  get actorOrganization(): OrganizationRef | null {
    return this.createdByOrg ? { id: this.createdByOrg } : null;
  }
}
