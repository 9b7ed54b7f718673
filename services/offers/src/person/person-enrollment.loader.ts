import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { Enrollment } from '../enrollment/enrollment.entity';
import {
  personEnrollmentScopeKey,
  type PersonEnrollmentRepository,
  type PersonEnrollmentScope,
} from './person-enrollment.repository';

/** One person's enrollments as seen in one scope. */
export interface PersonEnrollmentKey {
  personId: string;
  scope: PersonEnrollmentScope;
}

/**
 * A person's enrollments per caller scope. The scope is part of the key: the same person's list
 * differs between a case manager and a provider, and a cached answer must not cross from one to the other.
 * One statement per scope in a batch (a request has one).
 */
export function createPersonEnrollmentLoader(repository: PersonEnrollmentRepository) {
  return new DataLoader<PersonEnrollmentKey, Enrollment[], string>(
    async (keys) => {
      const byScope = new Map<string, { scope: PersonEnrollmentScope; personIds: Set<string> }>();
      for (const { personId, scope } of keys) {
        const scopeKey = personEnrollmentScopeKey(scope);
        const group = byScope.get(scopeKey) ?? { scope, personIds: new Set<string>() };
        group.personIds.add(personId);
        byScope.set(scopeKey, group);
      }
      const rows = new Map<string, Enrollment[]>();
      await Promise.all(
        [...byScope].map(async ([scopeKey, { scope, personIds }]) => {
          const ids = [...personIds];
          const found = groupByKey(ids, await repository.findByPersons(ids, scope), (e) => e.personId as string);
          for (const [i, id] of ids.entries()) rows.set(`${scopeKey}|${id}`, found[i]);
        }),
      );
      return keys.map((k) => rows.get(`${personEnrollmentScopeKey(k.scope)}|${k.personId}`) ?? []);
    },
    { cacheKeyFn: (k) => `${personEnrollmentScopeKey(k.scope)}|${k.personId}` },
  );
}

export type PersonEnrollmentLoader = ReturnType<typeof createPersonEnrollmentLoader>;
