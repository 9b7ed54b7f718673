import { registerEnumType } from 'type-graphql';

/** The result of an ended enrollment. */
export enum EnrollmentOutcome {
  QUALIFICATION_ACHIEVED = 'QUALIFICATION_ACHIEVED',
  PROGRESSED = 'PROGRESSED',
  NO_PROGRESS = 'NO_PROGRESS',
  DROPPED_OUT = 'DROPPED_OUT',
}

/** Outcomes that end a measure career: the person moved on. */
export const PROGRESS_OUTCOMES: readonly EnrollmentOutcome[] = [
  EnrollmentOutcome.QUALIFICATION_ACHIEVED,
  EnrollmentOutcome.PROGRESSED,
];

registerEnumType(EnrollmentOutcome, {
  name: 'EnrollmentOutcome',
  description: 'The result of an enrollment that ended.',
  valuesConfig: {
    QUALIFICATION_ACHIEVED: { description: 'The target qualification, degree or language level was achieved.' },
    PROGRESSED: {
      description: 'Progressed to a next stage (next course, training, employment) without the full target.',
    },
    NO_PROGRESS: { description: 'Completed without progress towards a next stage.' },
    DROPPED_OUT: { description: 'Left the offer before its end.' },
  },
});
