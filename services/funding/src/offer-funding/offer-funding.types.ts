import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, MoneyScalar } from '@gk/shared';

@ObjectType({ description: 'What an offer receives from budget lines and funding programmes.' })
export class OfferFunding {
  @Field(() => MoneyScalar, { description: 'Money allocated to the offer, all fiscal years.' })
  allocated!: number;
}

/** An offer owned by the offers subgraph; this subgraph adds its funding. */
@ObjectType({ description: ENTITY_DESCRIPTIONS.Offer })
@Directive('@key(fields: "id")')
export class Offer {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.offerId })
  id!: string;
}
