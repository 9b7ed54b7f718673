import { EnrollmentOutcome, PROGRESS_OUTCOMES } from '../enrollment/enrollment-outcome.enum';
import type { EnrollmentView } from '../enrollment/enrollment.entity';

export interface MeasureCareerResult {
  /** The chain, oldest first. */
  enrollments: EnrollmentView[];
  threshold: number;
}

function byEnd(a: EnrollmentView, b: EnrollmentView): number {
  return (
    (a.endedOn ?? '').localeCompare(b.endedOn ?? '') ||
    (a.enrolledOn ?? '').localeCompare(b.enrolledOn ?? '') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The current Maßnahmen-Karriere of a person: counting back from the latest enrollment with an
 * outcome, the run of enrollments that ended without progress (no progress or dropped out). An
 * outcome with progress ends the run; applications, rejections, withdrawals and enrollments still
 * running have no outcome and neither extend nor break it.
 */
export function measureCareer(enrollments: readonly EnrollmentView[], threshold: number): MeasureCareerResult {
  const ended = enrollments.filter((e) => e.outcome != null).sort(byEnd);
  const chain: EnrollmentView[] = [];
  for (let i = ended.length - 1; i >= 0; i -= 1) {
    const outcome = ended[i].outcome as EnrollmentOutcome;
    if (PROGRESS_OUTCOMES.includes(outcome)) break;
    chain.unshift(ended[i]);
  }
  return { enrollments: chain, threshold };
}
