import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AGS_PATTERN, BadUserInputError, isIsoDate, requireAgsInScope, requireRole, todayIso } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { AreaIndicatorsRef } from './area-indicators.reference';
import { TargetGroupIndicators } from './indicators.types';

@Resolver(() => AreaIndicatorsRef)
export class AreaIndicatorsResolver {
  @FieldResolver(() => TargetGroupIndicators, {
    nullable: true,
    description:
      "The target group of the area on the reference date, protected by small-cell suppression: for the core group with the area in its scope; null with FORBIDDEN for anyone else. A reference date in the future is refused (BAD_USER_INPUT on referenceDate).",
  })
  targetGroup(@Root() area: AreaIndicatorsRef, @Ctx() ctx: PersonsContext): Promise<TargetGroupIndicators> {
    requireRole(ctx.identity, ['CORE_GROUP'], 'targetGroup');
    // The key arrives as a representation, not through the Date scalar: check both parts here.
    if (!AGS_PATTERN.test(area.ags)) throw new BadUserInputError('ags', 'must be an AGS of 5 or 8 digits');
    requireAgsInScope(ctx.identity, area.ags, 'targetGroup');
    if (!isIsoDate(area.referenceDate)) throw new BadUserInputError('referenceDate', 'must be a calendar date written YYYY-MM-DD');
    if (area.referenceDate > todayIso()) throw new BadUserInputError('referenceDate', 'must not be in the future');
    return ctx.scope.loaders.indicators.targetGroup.load({ ags: area.ags, referenceDate: area.referenceDate });
  }
}
