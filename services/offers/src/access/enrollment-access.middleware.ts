import type { MiddlewareFn } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { auditEnrollmentRead, isGranted, ungrantedEnrollment } from './offers-access';

/**
 * Person fields that reveal the person's enrollments even when they list none (eligible offers leave
 * out those applied for).
 */
const PERSON_ENROLLMENT_FIELDS = new Set(['enrollments', 'measureCareer', 'eligibleOffers']);

/**
 * Every field of an Enrollment: refused unless the enrollment came through a path that checked the
 * user's access (it carries the grant), and recorded in the audit trail as a read of the person's
 * enrollment data. A person's enrollments and measure career, once served, are recorded too.
 * Runs for the fields of Enrollment and Person only (the schema's typeMiddlewares); the entries are
 * written once per request.
 */
export const enrollmentAccessMiddleware: MiddlewareFn<OffersContext> = ({ root, info, context }, next) => {
  // Synchronous where it can be: thousands of enrollment fields in one answer would otherwise each wait a turn.
  const type = info.parentType.name;
  if (type === 'Enrollment') {
    if (!isGranted(root)) throw ungrantedEnrollment(`Enrollment.${info.fieldName}`);
    auditEnrollmentRead(context.audit, context.identity, root.personId, info.fieldName);
    return next();
  }
  if (type === 'Person' && PERSON_ENROLLMENT_FIELDS.has(info.fieldName)) {
    return Promise.resolve(next()).then((result: unknown) => {
      auditEnrollmentRead(context.audit, context.identity, (root as { id: string }).id, `Person.${info.fieldName}`);
      return result;
    });
  }
  return next();
};
