import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MunicipalityKind } from './municipality-kind.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Municipality })
@Directive('@key(fields: "ags")')
@Entity({ name: 'municipality' })
export class Municipality {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.municipalityAgs })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  ags!: string;

  @Field({ description: 'Official name, for example "Rheine" or "Rhein-Kreis Neuss".' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => MunicipalityKind, { description: 'Kreis, kreisfreie Stadt or kreisangehörige Kommune.' })
  @Column({ type: 'text' })
  kind!: MunicipalityKind;

  @Column({ name: 'parent_ags', type: 'varchar', length: 8, nullable: true })
  parentAgs!: string | null;
}
