import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BadUserInputError, IsoDateScalar, todayIso } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { PersonsMunicipalityFigures } from './figures.types';

@Resolver(() => MunicipalityRef)
export class MunicipalityFiguresResolver {
  @FieldResolver(() => PersonsMunicipalityFigures, {
    nullable: true,
    description:
      "Unprotected target-group figures of the caller's own caseload in this municipality (a Kreis covers " +
      "its Gemeinden) on a reference date: only the persons the caller's organisation manages, for " +
      'case managers planning their own work with the municipality in their scope; null with FORBIDDEN for ' +
      "anyone else. Exact counts of other organisations' persons are not given here: beside the core " +
      "group's AreaIndicators.targetGroup, protected by small-cell suppression, they would let a withheld " +
      'cell be recomputed by anyone who reads both (a second role, a colleague).',
  })
  targetGroupFigures(
    @Root() municipality: MunicipalityRef,
    @Arg('referenceDate', () => IsoDateScalar, {
      nullable: true,
      description: 'Date the figures refer to; today (Europe/Berlin) when left out. Not in the future.',
    })
    referenceDate: string | null,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonsMunicipalityFigures> {
    const { access } = ctx.scope;
    access.requireRole(['CASE_MANAGER'], 'targetGroupFigures');
    access.requireAgsInScope(municipality.ags, 'targetGroupFigures');
    access.ownOrganization('targetGroupFigures');
    const date = referenceDate ?? todayIso();
    if (date > todayIso()) throw new BadUserInputError('referenceDate', 'must not be in the future');
    return ctx.scope.loaders.figures.byMunicipality.load({ ags: municipality.ags, referenceDate: date });
  }
}
