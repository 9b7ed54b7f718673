import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { BenefitRegime, CefrLevel, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar, ResidenceStatus } from '@gk/shared';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Person })
@Directive('@key(fields: "id")')
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.personId })
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

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR); null when not assessed.' })
  @Column({ name: 'german_level', type: 'text', nullable: true })
  germanLevel!: CefrLevel | null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status valid today; null when none is recorded.' })
  @Column({ name: 'current_residence_status', type: 'text', nullable: true })
  currentResidenceStatus!: ResidenceStatus | null;

  @Field(() => BenefitRegime, { nullable: true, description: 'Benefit regime valid today; null when none is recorded.' })
  @Column({ name: 'current_benefit_regime', type: 'text', nullable: true })
  currentBenefitRegime!: BenefitRegime | null;

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
