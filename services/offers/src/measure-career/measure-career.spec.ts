import { EnrollmentOutcome } from '../enrollment/enrollment-outcome.enum';
import { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { measureCareer } from './measure-career';

function ended(id: string, endedOn: string, outcome: EnrollmentOutcome): Enrollment {
  const status = outcome === EnrollmentOutcome.DROPPED_OUT ? EnrollmentStatus.DROPPED_OUT : EnrollmentStatus.COMPLETED;
  return { id, endedOn, enrolledOn: endedOn, outcome, status } as Enrollment;
}

describe('measureCareer', () => {
  it('counts the run of outcomes without progress back from the latest, in time order whatever the input order', () => {
    const list = [
      ended('c', '2022-06-30', EnrollmentOutcome.DROPPED_OUT),
      ended('a', '2020-06-30', EnrollmentOutcome.PROGRESSED),
      ended('d', '2023-06-30', EnrollmentOutcome.NO_PROGRESS),
      ended('b', '2021-06-30', EnrollmentOutcome.NO_PROGRESS),
    ];
    expect(measureCareer(list, 3).enrollments.map((e) => e.id)).toEqual(['b', 'c', 'd']);
  });

  it('is empty when the latest outcome was progress', () => {
    const list = [
      ended('a', '2021-06-30', EnrollmentOutcome.NO_PROGRESS),
      ended('b', '2022-06-30', EnrollmentOutcome.QUALIFICATION_ACHIEVED),
    ];
    expect(measureCareer(list, 3).enrollments).toEqual([]);
  });

  it('ignores enrollments without an outcome', () => {
    const running = {
      id: 'r',
      endedOn: null,
      enrolledOn: '2024-01-01',
      outcome: null,
      status: EnrollmentStatus.ENROLLED,
    } as Enrollment;
    const list = [ended('a', '2021-06-30', EnrollmentOutcome.NO_PROGRESS), running];
    expect(measureCareer(list, 3).enrollments.map((e) => e.id)).toEqual(['a']);
  });
});
