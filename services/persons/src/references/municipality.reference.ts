import { ENTITY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A municipality owned by the network subgraph; this subgraph only points at it by AGS. */
@ObjectType("Municipality", { description: 'A municipality, owned by the network subgraph; referenced here by its AGS.' })
@Directive('@key(fields: "ags", resolvable: false)')
export class MunicipalityRef {
  @Field(() => ID, { description: 'Amtlicher Gemeindeschlüssel.' })
  ags!: string;
}
