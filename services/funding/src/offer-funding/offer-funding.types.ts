import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@gk/shared';

@ObjectType({ description: 'What an offer receives from budget lines and funding programmes.' })
export class OfferFunding {
  @Field(() => MoneyScalar, { description: 'Money allocated to the offer, all fiscal years.' })
  allocated!: number;
}

/** An offer owned by the offers subgraph; this subgraph adds its funding. */
@ObjectType({ description: 'An offer, owned by the offers subgraph; the funding subgraph adds its funding.' })
@Directive('@key(fields: "id")')
export class Offer {
  @Field(() => ID, { description: 'Id of the offer.' })
  id!: string;
}
