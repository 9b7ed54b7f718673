import type { BenefitRegime, CefrLevel, ResidenceStatus } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A person's facts as an offer's eligibility rules look at them, for the offers subgraph while it
 * records an application or an enrollment. The field names are those of `Person` that offers
 * requires for `eligibleOffers`, so both paths decide on the same facts. Only what is selected is
 * read and audited: offers asks for exactly the facts the offer's rules need.
 */
@ObjectType({
  description:
    "A person's facts that an offer's eligibility rules look at, for the offers subgraph during an " +
    'application or enrollment (internal).',
})
@Directive('@inaccessible')
export class PersonEnrollmentFacts {
  @Field(() => ID, { description: 'Id of the person.' })
  personId!: string;

  /** The stored record the facts are taken from; never exposed as such. */
  dateOfBirth!: string;
  germanLevel!: CefrLevel | null;
  currentResidenceStatus!: ResidenceStatus | null;
  currentBenefitRegime!: BenefitRegime | null;
}
