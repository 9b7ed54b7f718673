import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditedRow } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';
import { PersonConsentLegalBasis, PersonDataPurpose } from './consent.enums';

@ObjectType({
  description:
    "Permission for a person's data to go to one organisation for named purposes: the person's consent " +
    '(Einwilligung) or a recorded statutory basis. Revoking ends it for the next request.',
})
@Entity({ name: 'consent' })
export class PersonConsent extends AuditedRow {
  @Field(() => ID, { description: 'Id of the consent.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => [PersonDataPurpose], { description: 'Purposes covered.' })
  @Column({ type: 'text', array: true })
  purposes!: PersonDataPurpose[];

  @Field(() => PersonConsentLegalBasis, { description: 'What allows the transfer.' })
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: PersonConsentLegalBasis;

  @Field(() => String, {
    nullable: true,
    description: 'Where the evidence is kept (file number of the signed form, or the statute); required for a consent.',
  })
  @Column({ name: 'evidence_reference', type: 'text', nullable: true })
  evidenceReference!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Version of the data protection notice the person was given; required for a consent.',
  })
  @Column({ name: 'notice_version', type: 'text', nullable: true })
  noticeVersion!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was granted (recorded).' })
  get grantedAt(): Date {
    return this.createdAt;
  }

  @Field(() => String, { description: 'Subject (pseudonymous user id) of who recorded it.' })
  get grantedBySubject(): string {
    return this.createdBy;
  }

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was revoked; null while active.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Subject of who recorded the revocation; null while active.' })
  @Column({ name: 'revoked_by_subject', type: 'text', nullable: true })
  revokedBySubject!: string | null;

  @Column({ name: 'revoked_by_organization_id', type: 'text', nullable: true })
  revokedByOrganizationId!: string | null;

  @Field(() => OrganizationRef, { description: 'The receiving organisation.' })
  get organization(): OrganizationRef {
    return { id: this.organizationId };
  }

  @Field({ description: 'Whether it is in force (not revoked).' })
  get active(): boolean {
    return this.revokedAt === null;
  }
}
