import { AuditedRow, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { AllianceProgramme } from './alliance-programme.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Alliance })
@Directive('@key(fields: "id")')
@Entity({ name: 'alliance' })
export class Alliance extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.allianceId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Name of the alliance, for example "Bündnis Gemeinsam klappt\'s Rheine".' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => AllianceProgramme, { description: 'The programme the alliance works under.' })
  @Column({ type: 'text' })
  programme!: AllianceProgramme;

  @Field(() => IsoDateScalar, { description: 'The day the alliance started its work.' })
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'lead_ags', type: 'varchar', length: 8 })
  leadAgs!: string;

  @Column({ name: 'lead_office_id', type: 'uuid' })
  leadOfficeId!: string;

  @VersionColumn()
  version!: number;
}
