import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { IsoDateScalar } from '@gk/shared';

@ObjectType({ description: 'A young adult of the target group (18 to 27) followed by the case management. Personal data: every access is governed by role and consent.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID, { description: 'Stable id (UUID) of the person, used by every subgraph to point at them.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Given name.' })
  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Field({ description: 'Family name.' })
  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Field(() => IsoDateScalar, { description: 'Date of birth.' })
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Column({ name: 'case_managing_organization_id', type: 'uuid' })
  caseManagingOrganizationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
