import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EnrollmentStatus } from './enrollment-status.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Enrollment })
@Directive('@key(fields: "id")')
@Entity({ name: 'enrollment' })
export class Enrollment {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.enrollmentId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Field(() => EnrollmentStatus, { description: 'Where the person stands in the offer.' })
  @Column({ type: 'text' })
  status!: EnrollmentStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
