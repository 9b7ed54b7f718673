import { needs } from '@gk/shared';
import type { MiddlewareFn } from 'type-graphql';
import type { PersonsContext } from '../persons.context';
import { OPEN_PERSON_FIELDS } from './person-access.policy';
import type { PersonAccessSubject } from './person-access.service';

/**
 * Types that hold one person's data, reached through `Person` or checked root fields, audited per field under their own
 * name.
 */
export const PERSON_DATA_TYPES: ReadonlySet<string> = new Set([
  'PersonNeed',
  'PersonConsent',
  'PersonReferral',
  'PersonHistoryEntry',
  'PersonResidenceStatusPeriod',
  'PersonBenefitRegimePeriod',
  'PersonBenefitRegimeChange',
]);

/**
 * Every field of `Person` and of PERSON_DATA_TYPES passes here (and no other: see the schema's typeMiddlewares): a
 * personal field the viewer may not read becomes null with
 * FORBIDDEN at its path; every field read, of `Person` and of the types holding a person's data,
 * goes to the request's audit trail.
 */
export const personAccessMiddleware: MiddlewareFn<PersonsContext> = ({ root, info, context }, next) => {
  const type = info.parentType.name;
  const field = info.fieldName;
  if (type === 'Person') {
    if (OPEN_PERSON_FIELDS.has(field)) return next();
    const person = root as PersonAccessSubject;
    return context.scope.access.readableFields(person).then((readable) => {
      if (!readable.has(field)) {
        throw needs(`Person.${field}`, 'a role, an organisation and consents for the declared purpose that cover it');
      }
      context.audit.readField('Person', person.id, field, context.identity.purpose);
      return next();
    });
  }
  // Synchronous for the many fields of a person's data: each is only recorded for the audit trail.
  if (PERSON_DATA_TYPES.has(type) && field !== 'id') {
    const personId = (root as { personId?: string }).personId;
    if (personId) context.audit.readField(type, personId, field, context.identity.purpose);
  }
  return next();
};
