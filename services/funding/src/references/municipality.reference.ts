import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A municipality owned by the network subgraph; this subgraph only points at it by AGS. */
@ObjectType('Municipality', { description: ENTITY_DESCRIPTIONS.Municipality })
@Directive('@key(fields: "ags", resolvable: false)')
export class MunicipalityRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.municipalityAgs })
  ags!: string;
}
