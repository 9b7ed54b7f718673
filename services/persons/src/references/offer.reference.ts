import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An offer owned by the offers subgraph; referrals only point at it by id. */
@ObjectType('Offer', { description: ENTITY_DESCRIPTIONS.Offer })
@Directive('@key(fields: "id", resolvable: false)')
export class OfferRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.offerId })
  id!: string;
}
