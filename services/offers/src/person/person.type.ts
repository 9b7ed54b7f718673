import { BenefitRegime, CefrLevel, ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, ResidenceStatus } from '@gk/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MunicipalityRef } from '../references/municipality.reference';

/** The owner's (persons subgraph) description, repeated so the supergraph reads the same. */
const ENROLLMENTS_VISIBLE_DESCRIPTION =
  "Computed for the current user: whether they may see all of the person's enrollments, the whole course history (a " +
  'case manager of the managing organisation, or a case manager whose organisation holds an active consent for ' +
  'ENROLLMENT or COUNSELLING; never provider staff, who see only the enrollments in their own offers). The offers ' +
  'subgraph requires it for enrollments and the measure career.';

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

  @Field(() => Int, {
    nullable: true,
    description: 'Age in full years today (Europe/Berlin); null where your access does not cover it.',
  })
  @Directive('@external')
  age?: number;

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR); null when not assessed.' })
  @Directive('@external')
  germanLevel?: CefrLevel | null;

  @Field(() => ResidenceStatus, {
    nullable: true,
    description: 'Residence status valid today; null when none is recorded.',
  })
  @Directive('@external')
  currentResidenceStatus?: ResidenceStatus | null;

  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'Benefit regime valid today; null when none is recorded.',
  })
  @Directive('@external')
  currentBenefitRegime?: BenefitRegime | null;

  @Field(() => MunicipalityRef, {
    nullable: true,
    description: 'Municipality of residence; null where your access does not cover it.',
  })
  @Directive('@external')
  municipality?: MunicipalityRef | null;

  @Field({ description: ENROLLMENTS_VISIBLE_DESCRIPTION })
  @Directive('@external')
  enrollmentsVisibleToViewer?: boolean;
}

/**
 * What the persons subgraph decides for the viewer: whether they may see all of the person's enrollments (the offers
 * subgraph trusts it for case managers only).
 */
export const ENROLLMENTS_REQUIRES = 'enrollmentsVisibleToViewer';

/**
 * The fields `eligibleOffers` requires, exactly as the persons subgraph names them; the last says which enrollments the
 * viewer may see.
 */
export const ELIGIBILITY_REQUIRES =
  'age germanLevel currentResidenceStatus currentBenefitRegime municipality { ags } enrollmentsVisibleToViewer';

/** What arrives for a person: the key, plus the required fields when the gateway resolves `eligibleOffers`. */
export interface PersonRepresentation {
  id: string;
  age?: number | null;
  germanLevel?: CefrLevel | null;
  currentResidenceStatus?: ResidenceStatus | null;
  currentBenefitRegime?: BenefitRegime | null;
  municipality?: { ags: string } | null;
  enrollmentsVisibleToViewer?: boolean | null;
}
