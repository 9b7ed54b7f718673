import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, MoneyScalar } from '@gk/shared';
import { FundingProgramShare, FundingSourceShare } from '../common/shares';

@ObjectType({
  description: 'What an offer receives from budget lines and funding programmes, and what of it was spent.',
})
export class OfferFunding {
  @Field(() => MoneyScalar, { description: 'Money allocated to the offer.' })
  allocated!: number;

  @Field(() => MoneyScalar, { description: 'Money spent of it.' })
  spent!: number;

  @Field(() => MoneyScalar, { description: 'Allocated but not yet spent.' })
  remaining!: number;

  @Field(() => [FundingSourceShare], { description: 'Allocated and spent per source; only sources with money.' })
  bySource!: FundingSourceShare[];

  @Field(() => [FundingProgramShare], {
    description:
      'Allocated and spent per funding programme, by programme name; money outside any programme is left out.',
  })
  byProgramme!: FundingProgramShare[];
}

/** An offer owned by the offers subgraph; this subgraph adds its funding. */
@ObjectType({ description: ENTITY_DESCRIPTIONS.Offer })
@Directive('@key(fields: "id")')
export class Offer {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.offerId })
  id!: string;
}
