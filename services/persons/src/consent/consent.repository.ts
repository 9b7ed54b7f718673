import { createdStamp, updatedStamp, type Actor } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import { PersonConsent } from './consent.entity';
import type { PersonConsentLegalBasis, PersonDataPurpose } from './consent.enums';

export interface ConsentValues {
  personId: string;
  organizationId: string;
  purposes: PersonDataPurpose[];
  legalBasis: PersonConsentLegalBasis;
  evidenceReference: string | null;
  noticeVersion: string | null;
}

/** The only place that reads and writes consents. */
export class ConsentRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(PersonConsent);
  }

  ofPersons(personIds: readonly string[]): Promise<PersonConsent[]> {
    return this.repo.find({ where: { personId: In([...personIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<PersonConsent[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findForUpdate(id: string): Promise<PersonConsent | null> {
    return this.repo.createQueryBuilder('c').where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * An active consent or legal basis covering the organisation and purpose, locked against a
   * concurrent revocation until the caller's transaction ends.
   */
  findActiveCovering(
    personId: string,
    organizationId: string,
    purpose: PersonDataPurpose,
  ): Promise<PersonConsent | null> {
    return this.repo
      .createQueryBuilder('c')
      .where('c.person_id = :personId AND c.organization_id = :organizationId AND c.revoked_at IS NULL', {
        personId,
        organizationId,
      })
      .andWhere(':purpose = ANY(c.purposes)', { purpose })
      .orderBy('c.created_at', 'DESC')
      .setLock('pessimistic_read')
      .getOne();
  }

  async insert(id: string, values: ConsentValues, actor: Actor): Promise<void> {
    await this.repo.insert({
      ...values,
      id,
      ...createdStamp(actor),
    });
  }

  async revoke(id: string, actor: Actor): Promise<void> {
    await this.repo.update(
      { id },
      {
        revokedAt: () => 'greatest(now(), created_at)',
        revokedBySubject: actor.subject,
        revokedByOrganizationId: actor.organizationId,
        ...updatedStamp(actor),
      },
    );
  }
}
