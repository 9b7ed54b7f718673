import { AuditedRow, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { Area } from './area.enum';
import { OrganizationKind } from './organization-kind.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Organization })
@Directive('@key(fields: "id")')
@Entity({ name: 'organization' })
export class Organization extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.organizationId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Name of the organisation.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'What kind of organisation it is.' })
  @Column({ type: 'text' })
  kind!: OrganizationKind;

  @Field(() => [Area], { description: 'The areas of the alliance the organisation belongs to.' })
  @Column({ type: 'text', array: true })
  areas!: Area[];

  @Column({ type: 'varchar', length: 8 })
  ags!: string;

  @Field({
    description:
      'Whether it is a public social agency (Leistungsträger) under §35 SGB I; sharing between such agencies may ' +
      'rest on §69 SGB X.',
  })
  @Column({ name: 'public_social_agency', type: 'boolean', default: false })
  publicSocialAgency!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Public contact e-mail address of the organisation (not of a person).',
  })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number of the organisation.' })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'Public web site of the organisation.' })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @VersionColumn()
  version!: number;
}
