import { createdStamp, updatedStamp, type Actor } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { PersonDataPurpose } from '../consent/consent.enums';
import { PersonReferral } from './referral.entity';
import { PersonReferralStatus } from './referral.enums';

export interface ReferralValues {
  personId: string;
  fromOrganizationId: string;
  toOrganizationId: string | null;
  toOfferId: string | null;
  purpose: PersonDataPurpose;
  consentId: string | null;
  note: string | null;
}

export interface ReferralListCriteria {
  toOrganizationId?: string | null;
  fromOrganizationId?: string | null;
  /** Only referrals from or to this organisation (the caller's). */
  involvingOrganizationId: string;
  toOfferId?: string | null;
  statuses?: PersonReferralStatus[] | null;
  /** Id of the last referral of the previous page. */
  afterId?: string | null;
  limit: number;
}

/** The only place that reads and writes referrals. */
export class ReferralRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(PersonReferral);
  }

  ofPersons(personIds: readonly string[]): Promise<PersonReferral[]> {
    return this.repo.find({ where: { personId: In([...personIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<PersonReferral[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findForUpdate(id: string): Promise<PersonReferral | null> {
    return this.repo.createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async insert(id: string, values: ReferralValues, actor: Actor): Promise<void> {
    await this.repo.insert({
      ...values,
      id,
      status: PersonReferralStatus.REQUESTED,
      ...createdStamp(actor),
      version: 1,
    });
  }

  async answer(id: string, status: PersonReferralStatus, reason: string | null, actor: Actor): Promise<void> {
    await this.repo.update(
      { id },
      {
        status,
        reason,
        answeredAt: () => 'now()',
        answeredBySubject: actor.subject,
        answeredByOrganizationId: actor.organizationId,
        ...updatedStamp(actor),
        version: () => 'version + 1',
      },
    );
  }

  async close(id: string, status: PersonReferralStatus, reason: string | null, actor: Actor): Promise<void> {
    await this.repo.update(
      { id },
      {
        status,
        reason,
        closedAt: () => 'now()',
        closedBySubject: actor.subject,
        closedByOrganizationId: actor.organizationId,
        ...updatedStamp(actor),
        version: () => 'version + 1',
      },
    );
  }

  /** Referrals, newest first, for a receiving or referring organisation's list. */
  list(c: ReferralListCriteria): Promise<PersonReferral[]> {
    const qb = this.repo
      .createQueryBuilder('r')
      .where('(r.from_organization_id = :own OR r.to_organization_id = :own)', { own: c.involvingOrganizationId });
    if (c.toOrganizationId) qb.andWhere('r.to_organization_id = :to', { to: c.toOrganizationId });
    if (c.fromOrganizationId) qb.andWhere('r.from_organization_id = :from', { from: c.fromOrganizationId });
    if (c.toOfferId) qb.andWhere('r.to_offer_id = :offer', { offer: c.toOfferId });
    if (c.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: c.statuses });
    if (c.afterId)
      qb.andWhere('(r.created_at, r.id) < (SELECT a.created_at, a.id FROM referral a WHERE a.id = :afterId)', {
        afterId: c.afterId,
      });
    return qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(c.limit).getMany();
  }
}
