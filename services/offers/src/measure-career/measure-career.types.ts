import { Field, Int, ObjectType } from 'type-graphql';
import { Enrollment, type EnrollmentView } from '../enrollment/enrollment.entity';

@ObjectType({
  description:
    'A Maßnahmen-Karriere: the run of consecutive enrollments of a person that ended without progress (no progress ' +
    'or dropped out), counted back from the latest outcome. An outcome with progress ends it.',
})
export class MeasureCareer {
  @Field(() => [Enrollment], {
    description:
      'The enrollments of the run, oldest first; empty when the latest outcome was progress or there is none.',
  })
  enrollments!: EnrollmentView[];

  @Field(() => Int, { description: 'Number of enrollments in the run.' })
  length!: number;

  @Field(() => Int, {
    description:
      'Length from which the alliance treats a run as a measure career (setting OFFERS_MEASURE_CAREER_THRESHOLD, ' +
      'default 3).',
  })
  threshold!: number;

  @Field({
    description:
      'Whether the run reached the threshold: the person is going round in circles and the case conference should ' +
      'look at them.',
  })
  reachesThreshold!: boolean;
}
