import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NeedCategory, AuditedRow } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';
import { PersonNeedStatus } from './need-status.enum';

@ObjectType({ description: 'A need (Bedarf) recorded for a person.' })
@Entity({ name: 'need' })
export class PersonNeed extends AuditedRow {
  @Field(() => ID, { description: 'Id of the need.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => NeedCategory, { description: 'What is needed.' })
  @Column({ type: 'text' })
  category!: NeedCategory;

  @Field(() => PersonNeedStatus, { description: 'Where the need stands.' })
  @Column({ type: 'text' })
  status!: PersonNeedStatus;

  @Field(() => String, { nullable: true, description: 'Short working note (no health details); null when none.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the need was recorded.' })
  get recordedAt(): Date {
    return this.createdAt;
  }

  @Field(() => String, { description: 'Subject (pseudonymous user id) of who recorded it.' })
  get recordedBySubject(): string {
    return this.createdBy;
  }

  @Field(() => GraphQLDateTimeISO, { name: 'updatedAt', description: 'When the need last changed.' })
  get lastChangedAt(): Date {
    return this.updatedAt;
  }

  @Field(() => String, { description: 'Subject of who changed it last.' })
  get updatedBySubject(): string {
    return this.updatedBy;
  }

  @Field(() => Int, { description: 'Version, raised by every change.' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => OrganizationRef, {
    nullable: true,
    description: 'Organisation that recorded the need; null for a user of no organisation.',
  })
  get recordedByOrganization(): OrganizationRef | null {
    return this.createdByOrg ? { id: this.createdByOrg } : null;
  }
}
