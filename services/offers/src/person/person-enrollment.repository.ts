import type { EntityManager } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Offer } from '../offer/offer.entity';

/**
 * Whose enrollments of a person the caller may see: the whole course history (a case manager the
 * persons subgraph granted it), or only those in the offers of one provider organisation.
 */
export type PersonEnrollmentScope = { kind: 'ALL' } | { kind: 'PROVIDER'; organizationId: string };

/** A text that tells scopes apart: part of the loader's cache key, so one caller's answer is never another's. */
export function personEnrollmentScopeKey(scope: PersonEnrollmentScope): string {
  return scope.kind === 'ALL' ? 'ALL' : `PROVIDER:${scope.organizationId}`;
}

/**
 * Reads a person's enrollments as far as the caller's scope reaches. The scope is applied in the
 * statement itself, so enrollments in other providers' offers never leave the database for a provider.
 */
export class PersonEnrollmentRepository {
  constructor(private readonly manager: EntityManager) {}

  findByPersons(personIds: readonly string[], scope: PersonEnrollmentScope): Promise<Enrollment[]> {
    const qb = this.manager
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .where('e.person_id = ANY(CAST(:personIds AS uuid[]))', { personIds: [...personIds] });
    if (scope.kind === 'PROVIDER')
      qb.innerJoin(Offer, 'o', 'o.id = e.offer_id AND o.provider_id = :organizationId', {
        organizationId: scope.organizationId,
      });
    return qb.orderBy('e.applied_on', 'ASC').addOrderBy('e.created_at', 'ASC').addOrderBy('e.id', 'ASC').getMany();
  }
}
