import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertIndicatorsAgs, assertReferenceDate } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { AreaIndicatorsRef } from './area-indicators.reference';
import { TargetGroupIndicators } from './indicators.types';

@Resolver(() => AreaIndicatorsRef)
export class AreaIndicatorsResolver {
  @FieldResolver(() => TargetGroupIndicators, {
    nullable: true,
    description:
      'The target group of the area on the reference date, protected by small-cell suppression: ' +
      'for the core group with the area in its scope; null with FORBIDDEN for anyone else. A ' +
      'reference date in the future is refused (BAD_USER_INPUT on referenceDate).',
  })
  targetGroup(@Root() area: AreaIndicatorsRef, @Ctx() ctx: PersonsContext): Promise<TargetGroupIndicators> {
    ctx.scope.access.requireRole(['CORE_GROUP'], 'targetGroup');
    // The key arrives as a representation, not through the Date scalar: check both parts here.
    assertIndicatorsAgs(area.ags);
    ctx.scope.access.requireAgsInScope(area.ags, 'targetGroup');
    assertReferenceDate(area.referenceDate);
    return ctx.scope.loaders.indicators.targetGroup.load({ ags: area.ags, referenceDate: area.referenceDate });
  }
}
