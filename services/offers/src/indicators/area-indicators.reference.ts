import { AreaIndicatorsKey, ENTITY_DESCRIPTIONS, NeedCategory, ProtectedCount } from '@gk/shared';
import { Directive, Field, ObjectType } from 'type-graphql';

/*
 * The persons subgraph owns the target group; offers declares the part `gaps` requires (open needs
 * by category) as external, with the owner's descriptions so the supergraph reads the same.
 */

@ObjectType('NeedCategoryIndicator', {
  description: 'Open needs of one category among the target group: the demand compared with free seats.',
})
export class NeedCategoryIndicatorRef {
  @Field(() => NeedCategory, { description: 'The need category.' })
  @Directive('@external')
  category!: NeedCategory;

  @Field(() => ProtectedCount, {
    description:
      'Needs in status OPEN now and recorded by the reference date (a person counts once per open need), protected ' +
      'by small-cell suppression.',
  })
  @Directive('@external')
  openNeeds!: ProtectedCount;
}

@ObjectType('TargetGroupIndicators', {
  description:
    'The target group (aged 18 to 27 inclusive on the reference date) living in the area; a Kreis covers all its ' +
    'Gemeinden. Every list has one row per enum value (zeros included) in enum order, plus a null row where the ' +
    'value can be missing, so every area has the same layout. Counts are protected together for the whole Kreis and ' +
    'its Gemeinden (the same pattern whichever of them is asked for); the total equals the sum of each breakdown, ' +
    'open needs have no total.',
})
export class TargetGroupIndicatorsRef {
  @Field(() => [NeedCategoryIndicatorRef], { description: 'Open needs by category, every category.' })
  @Directive('@external')
  openNeedsByCategory!: NeedCategoryIndicatorRef[];
}

/** The core group's indicators of one area on one date, owned and listed by network; offers adds the offer side. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicatorsRef extends AreaIndicatorsKey {
  @Field(() => TargetGroupIndicatorsRef, {
    nullable: true,
    description:
      'The target group of the area on the reference date, protected by small-cell suppression: for the core group ' +
      'with the area in its scope; null with FORBIDDEN for anyone else. A reference date in the future is refused ' +
      '(BAD_USER_INPUT on referenceDate).',
  })
  @Directive('@external')
  targetGroup?: TargetGroupIndicatorsRef | null;
}

/** What `gaps` requires from the persons subgraph, exactly as it names it. */
export const GAPS_REQUIRES = 'targetGroup { openNeedsByCategory { category openNeeds { value suppressed } } }';

/** A key as the gateway sends it, with the open needs when `gaps` was asked for. */
export interface AreaIndicatorsRepresentation {
  ags: string;
  referenceDate: string;
  targetGroup?: { openNeedsByCategory?: { category: NeedCategory; openNeeds: ProtectedCount }[] | null } | null;
}

/** No database: the figures are fields, batched over every key of the request. The required open needs travel along. */
export const areaIndicatorsReference = {
  __resolveReference: (reference: AreaIndicatorsRepresentation): AreaIndicatorsRepresentation => ({
    ags: reference.ags,
    referenceDate: reference.referenceDate,
    targetGroup: reference.targetGroup,
  }),
};
