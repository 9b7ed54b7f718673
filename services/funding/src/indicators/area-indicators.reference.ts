import { AreaIndicatorsKey, ENTITY_DESCRIPTIONS, ProtectedCount } from '@gk/shared';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * The offers subgraph's participation figures, as far as `money` requires them. Every field is
 * external: this subgraph never resolves them, it only reads what the gateway hands over in the
 * representation. Descriptions repeat the owner's (offers) so the supergraph reads the same on either side.
 */
@ObjectType({
  description:
    "Participation in the area's offers in the fiscal (calendar) year of the reference date, up to the date; what " +
    'funding divides its spending by.',
})
export class ParticipationIndicators {
  @Field(() => Int, { description: 'The fiscal year: the calendar year of the reference date.' })
  @Directive('@external')
  fiscalYear!: number;

  @Field(() => ProtectedCount, {
    description:
      "Persons who held a seat in the area's offers at some time in the fiscal year up to the date (took the seat " +
      'on or before the date and had not ended before 1 January). Each person counts once per Kreis, in the ' +
      'municipality of the offer of their latest such enrollment, so a Kreis is the sum of its Gemeinden; ' +
      'protected together for the whole Kreis.',
  })
  @Directive('@external')
  enrolledPersons!: ProtectedCount;

  @Field(() => ProtectedCount, {
    description:
      "Enrollments in the area's offers that ended with a completed qualification from 1 January of the fiscal " +
      'year up to the date. A completed qualification is an enrollment that ended with the outcome ' +
      'QUALIFICATION_ACHIEVED (the target qualification, degree or language level); PROGRESSED, NO_PROGRESS ' +
      'and DROPPED_OUT do not count.',
  })
  @Directive('@external')
  completedQualifications!: ProtectedCount;
}

/** The core group's indicators, owned jointly: this subgraph adds the money. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicators extends AreaIndicatorsKey {
  @Field(() => ParticipationIndicators, {
    nullable: true,
    description:
      "Participation in the area's offers in the fiscal year of the reference date, up to the date. For the core " +
      'group with the area in its scope; null with FORBIDDEN for anyone else. A reference date in the future is ' +
      'refused (BAD_USER_INPUT on referenceDate).',
  })
  @Directive('@external')
  participation?: ParticipationIndicators | null;
}

/** What `money` requires from the offers subgraph, exactly as offers names it. */
export const PARTICIPATION_REQUIRES =
  'participation { fiscalYear enrolledPersons { value } completedQualifications { value } }';

/** A representation as the gateway sends it: the key, plus the required participation when `money` is asked for. */
export interface AreaIndicatorsRepresentation {
  ags: string;
  referenceDate: string;
  participation?: {
    fiscalYear?: number | null;
    enrolledPersons?: { value?: number | null } | null;
    completedQualifications?: { value?: number | null } | null;
  } | null;
}

/**
 * Any area and date has indicators (zeros when nothing is booked): the reference is the key, with what the gateway
 * required. No database.
 */
export const areaIndicatorsReference = {
  __resolveReference: (reference: AreaIndicatorsRepresentation): AreaIndicatorsRepresentation => ({
    ags: reference.ags,
    referenceDate: reference.referenceDate,
    participation: reference.participation,
  }),
};
