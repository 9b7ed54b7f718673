import {
  AuditedRow,
  BenefitRegime,
  CefrLevel,
  ENTITY_DESCRIPTIONS,
  ENTITY_KEY_DESCRIPTIONS,
  IsoDateScalar,
  ResidenceStatus,
} from '@gk/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { OfferCategory } from './offer-category.enum';
import { OfferStatus } from './offer-status.enum';
import { OfferTargetOutcome } from './offer-target-outcome.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Offer })
@Directive('@key(fields: "id")')
@Entity({ name: 'offer' })
export class Offer extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.offerId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Title of the offer.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'What the offer is about, for partner agencies and participants; may be empty.' })
  @Column({ type: 'text', default: '' })
  description!: string;

  @Field(() => OfferCategory, { description: 'What kind of offer it is.' })
  @Column({ type: 'text' })
  category!: OfferCategory;

  @Field(() => OfferTargetOutcome, { description: 'The result the offer aims at.' })
  @Column({ name: 'target_outcome', type: 'text' })
  targetOutcome!: OfferTargetOutcome;

  @Field(() => CefrLevel, {
    nullable: true,
    description: 'The German level the offer leads to when its target outcome is LANGUAGE_LEVEL; null otherwise.',
  })
  @Column({ name: 'target_german_level', type: 'text', nullable: true })
  targetGermanLevel!: CefrLevel | null;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Field(() => IsoDateScalar, { description: 'First day of the offer.' })
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Field(() => IsoDateScalar, {
    description: 'Last day of the offer; for continuous offers such as counselling the end of the current period.',
  })
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours per week (1 to 60); null for offers without fixed hours (counselling, mentoring).',
  })
  @Column({ name: 'hours_per_week', type: 'integer', nullable: true })
  hoursPerWeek!: number | null;

  @Field(() => Int, { description: 'Number of seats.' })
  @Column({ type: 'integer' })
  seats!: number;

  /** Kept by a database trigger from the enrollments holding a seat; never written by the application. */
  @Column({ name: 'seats_taken', type: 'integer', insert: false, update: false, default: 0 })
  seatsTaken!: number;

  @Field(() => OfferStatus, { description: 'Where the offer stands in its lifecycle.' })
  @Column({ type: 'text', default: OfferStatus.PLANNED })
  status!: OfferStatus;

  @Column({ name: 'min_age', type: 'integer', default: 18 })
  minAge!: number;

  @Column({ name: 'max_age', type: 'integer', default: 27 })
  maxAge!: number;

  @Column({ name: 'residence_statuses', type: 'text', array: true, default: () => "'{}'" })
  residenceStatuses!: ResidenceStatus[];

  @Column({ name: 'benefit_regimes', type: 'text', array: true, default: () => "'{}'" })
  benefitRegimes!: BenefitRegime[];

  @Column({ name: 'min_german_level', type: 'text', nullable: true })
  minGermanLevel!: CefrLevel | null;

  @VersionColumn()
  version!: number;
}
