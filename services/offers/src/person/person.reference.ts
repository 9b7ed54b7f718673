import { BenefitRegime, CefrLevel, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, ResidenceStatus } from '@gk/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MunicipalityRef } from '../references/municipality.reference';

/**
 * A person owned by the persons subgraph. The external fields are what `eligibleOffers` requires:
 * the gateway fetches them from the persons subgraph and hands them over in the representation.
 * Their descriptions repeat the owner's, so the supergraph reads the same whichever side it takes.
 */
@ObjectType({ description: ENTITY_DESCRIPTIONS.Person })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.personId })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Age in full years today (Europe/Berlin); null where your access does not cover it.' })
  @Directive('@external')
  age?: number;

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR); null when not assessed.' })
  @Directive('@external')
  germanLevel?: CefrLevel | null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status valid today; null when none is recorded.' })
  @Directive('@external')
  currentResidenceStatus?: ResidenceStatus | null;

  @Field(() => BenefitRegime, { nullable: true, description: 'Benefit regime valid today; null when none is recorded.' })
  @Directive('@external')
  currentBenefitRegime?: BenefitRegime | null;

  @Field(() => MunicipalityRef, { nullable: true, description: 'Municipality of residence; null where your access does not cover it.' })
  @Directive('@external')
  municipality?: MunicipalityRef | null;
}

/** The fields `eligibleOffers` requires, exactly as the persons subgraph names them. */
export const ELIGIBILITY_REQUIRES = 'age germanLevel currentResidenceStatus currentBenefitRegime municipality { ags }';

/** What arrives for a person: the key, plus the required fields when the gateway resolves `eligibleOffers`. */
export interface PersonRepresentation {
  id: string;
  age?: number | null;
  germanLevel?: CefrLevel | null;
  currentResidenceStatus?: ResidenceStatus | null;
  currentBenefitRegime?: BenefitRegime | null;
  municipality?: { ags: string } | null;
}
