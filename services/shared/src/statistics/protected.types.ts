import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

/** A count derived from personal data, after small-cell suppression. Identical in every subgraph (hence shareable). */
@ObjectType({
  description:
    'A count derived from personal data, protected by small-cell suppression: counts from 1 to the threshold ' +
    'minus one are withheld, and so are further cells from which a withheld one could be recomputed (totals, ' +
    'other cells of its row, the Kreis and its Gemeinden).',
})
@Directive('@shareable')
export class ProtectedCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld.' })
  value!: number | null;

  @Field({ description: 'True when the count is withheld to protect small groups.' })
  suppressed!: boolean;
}

/** A rate between protected counts. */
@ObjectType({
  description:
    'A rate (0 to 1) between two protected counts: withheld when either count is withheld; null value ' +
    'without suppression when the denominator is 0.',
})
@Directive('@shareable')
export class ProtectedRate {
  @Field(() => Float, {
    nullable: true,
    description: 'The rate from 0 to 1; null when withheld or when nothing is there to divide by.',
  })
  value!: number | null;

  @Field({ description: 'True when the rate is withheld because a count it is computed from is withheld.' })
  suppressed!: boolean;
}
