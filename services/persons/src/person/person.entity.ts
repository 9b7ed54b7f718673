import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import {
  BenefitRegime,
  CefrLevel,
  ENTITY_DESCRIPTIONS,
  ENTITY_KEY_DESCRIPTIONS,
  IsoDateScalar,
  ResidenceStatus,
  AuditedRow,
} from '@gk/shared';
import { PersonGender, PersonGoal, PersonSchoolDegree } from './person.enums';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Person })
@Directive('@key(fields: "id")')
@Entity({ name: 'person' })
export class Person extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.personId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Given name; null where your access does not cover it.' })
  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Field(() => String, { nullable: true, description: 'Family name; null where your access does not cover it.' })
  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Date of birth; null where your access does not cover it.',
  })
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Field(() => PersonGender, { nullable: true, description: 'Gender as the person states it; null when not recorded.' })
  @Column({ type: 'text', nullable: true })
  gender!: PersonGender | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Country of origin, ISO 3166-1 code (alpha-2 such as SY, or alpha-3 such as SYR) as ' +
      'recorded; null when not recorded.',
  })
  @Column({ name: 'country_of_origin', type: 'varchar', length: 3, nullable: true })
  countryOfOrigin!: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Languages the person speaks, as ISO 639 codes (ar, fa, ti, prs ...), most fluent first; ' +
      'null where your access does not cover it.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR); null when not assessed.' })
  @Column({ name: 'german_level', type: 'text', nullable: true })
  germanLevel!: CefrLevel | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the German level is certified (for example by a DTZ or telc certificate) rather ' +
      'than estimated; null where your access does not cover it.',
  })
  @Column({ name: 'german_level_certified', type: 'boolean', default: false })
  germanLevelCertified!: boolean;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Date of arrival in Germany; null when not recorded.' })
  @Column({ name: 'arrival_date', type: 'date', nullable: true })
  arrivalDate!: string | null;

  @Column({ name: 'case_managing_organization_id', type: 'uuid' })
  caseManagingOrganizationId!: string;

  @Field(() => ResidenceStatus, {
    nullable: true,
    description: 'Residence status valid today; null when none is recorded.',
  })
  @Column({ name: 'current_residence_status', type: 'text', nullable: true })
  currentResidenceStatus!: ResidenceStatus | null;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'Benefit regime valid today; null when none is recorded.',
  })
  @Column({ name: 'current_benefit_regime', type: 'text', nullable: true })
  currentBenefitRegime!: BenefitRegime | null;

  @Field(() => PersonSchoolDegree, { nullable: true, description: 'Highest school degree; null when not recorded.' })
  @Column({ name: 'school_degree', type: 'text', nullable: true })
  schoolDegree!: PersonSchoolDegree | null;

  @Column({ name: 'vocational_dqr_level', type: 'smallint', nullable: true })
  vocationalDqrLevel!: number | null;

  @Column({ name: 'vocational_in_training', type: 'boolean', default: false })
  vocationalInTraining!: boolean;

  @Column({ name: 'vocational_foreign', type: 'boolean', default: false })
  vocationalForeign!: boolean;

  @Column({ name: 'vocational_foreign_recognised', type: 'boolean', nullable: true })
  vocationalForeignRecognised!: boolean | null;

  @Field(() => [PersonGoal], {
    nullable: true,
    description: 'Goals agreed with the person; null where your access does not cover it.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: PersonGoal[];

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    name: 'createdAt',
    description: 'When the person was registered; null where your access does not cover it.',
  })
  get registeredAt(): Date {
    return this.createdAt;
  }

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    name: 'updatedAt',
    description:
      'When the record, or the current residence status or benefit regime on it, last changed; ' +
      'null where your access does not cover it.',
  })
  get lastChangedAt(): Date {
    return this.updatedAt;
  }

  @Field(() => Int, {
    nullable: true,
    description:
      'Version of the record, raised by every change; pass it as `expectedVersion` to ' +
      '`updatePerson` so that concurrent changes are not lost. Null where your access does not ' +
      'cover it.',
  })
  @Column({ type: 'integer' })
  version!: number;
}
