import { assertUuid, BenefitRegime, CefrLevel, ResidenceStatus, todayIso } from '@gk/shared';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ageOn } from '../common/validation';
import type { PersonsContext } from '../persons.context';
import { PersonEnrollmentFacts } from './enrollment-facts.types';

/** Each fact handed to offers is a read of the person's data for ENROLLMENT, audited field by field. */
function audited(ctx: PersonsContext, facts: PersonEnrollmentFacts, field: string): void {
  ctx.audit.read({ entity: 'Person', personRef: facts.personId, fields: [field], purpose: 'ENROLLMENT' });
}

@Resolver(() => PersonEnrollmentFacts)
export class EnrollmentFactsResolver {
  @Query(() => PersonEnrollmentFacts, {
    nullable: true,
    description:
      "For the offers subgraph only, while it records an application or enrollment on the user's behalf: " +
      "the person's facts the offer's rules look at. Null when no person has the id; FORBIDDEN for roles " +
      'that never enrol; CONSENT_REQUIRED unless the user is a case manager of the managing organisation ' +
      'or their organisation holds an active consent for ENROLLMENT.',
  })
  @Directive('@inaccessible')
  _enrollmentFacts(
    @Arg('personId', () => ID, { description: 'Id of the person to enrol.' }) personId: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonEnrollmentFacts | null> {
    return ctx.scope.services.enrollmentFacts.of(assertUuid(personId, 'personId'));
  }

  @FieldResolver(() => Int, { description: 'Age in full years today (Europe/Berlin).' })
  age(@Root() facts: PersonEnrollmentFacts, @Ctx() ctx: PersonsContext): number {
    audited(ctx, facts, 'age');
    return ageOn(facts.dateOfBirth, todayIso());
  }

  @FieldResolver(() => CefrLevel, { nullable: true, description: 'German level (CEFR); null when not assessed.' })
  germanLevel(@Root() facts: PersonEnrollmentFacts, @Ctx() ctx: PersonsContext): CefrLevel | null {
    audited(ctx, facts, 'germanLevel');
    return facts.germanLevel;
  }

  @FieldResolver(() => ResidenceStatus, {
    nullable: true,
    description: 'Residence status valid today; null when none is recorded.',
  })
  currentResidenceStatus(@Root() facts: PersonEnrollmentFacts, @Ctx() ctx: PersonsContext): ResidenceStatus | null {
    audited(ctx, facts, 'currentResidenceStatus');
    return facts.currentResidenceStatus;
  }

  @FieldResolver(() => BenefitRegime, {
    nullable: true,
    description: 'Benefit regime valid today; null when none is recorded.',
  })
  currentBenefitRegime(@Root() facts: PersonEnrollmentFacts, @Ctx() ctx: PersonsContext): BenefitRegime | null {
    audited(ctx, facts, 'currentBenefitRegime');
    return facts.currentBenefitRegime;
  }
}
