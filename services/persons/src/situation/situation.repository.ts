import { createdStamp, updatedStamp, type Actor } from '@gk/shared';
import { type EntityManager, In, IsNull } from 'typeorm';
import type { BenefitRegime, ResidenceStatus } from '@gk/shared';
import { PersonBenefitRegimePeriod } from './benefit-regime-period.entity';
import { PersonResidenceStatusPeriod } from './residence-status-period.entity';

export interface RegimeChangeCriteria {
  municipalityAgs?: string | null;
  /** Only persons managed by this organisation (the caller's). */
  caseManagingOrganizationId: string;
  fromRegime?: BenefitRegime | null;
  toRegime?: BenefitRegime | null;
  changedFrom?: string | null;
  changedUntil?: string | null;
  after?: { validFrom: string; id: string } | null;
  limit: number;
}

/** The only place that reads and writes residence status and benefit regime periods. */
export class SituationRepository {
  constructor(private readonly manager: EntityManager) {}

  residencePeriodsOf(personIds: readonly string[]): Promise<PersonResidenceStatusPeriod[]> {
    return this.manager
      .getRepository(PersonResidenceStatusPeriod)
      .find({ where: { personId: In([...personIds]) }, order: { validFrom: 'ASC' } });
  }

  regimePeriodsOf(personIds: readonly string[]): Promise<PersonBenefitRegimePeriod[]> {
    return this.manager
      .getRepository(PersonBenefitRegimePeriod)
      .find({ where: { personId: In([...personIds]) }, order: { validFrom: 'ASC' } });
  }

  openResidencePeriod(personId: string): Promise<PersonResidenceStatusPeriod | null> {
    return this.manager.getRepository(PersonResidenceStatusPeriod).findOneBy({ personId, validUntil: IsNull() });
  }

  openRegimePeriod(personId: string): Promise<PersonBenefitRegimePeriod | null> {
    return this.manager.getRepository(PersonBenefitRegimePeriod).findOneBy({ personId, validUntil: IsNull() });
  }

  async closeResidencePeriod(id: string, validUntil: string, actor: Actor): Promise<void> {
    await this.manager
      .getRepository(PersonResidenceStatusPeriod)
      .update({ id }, { validUntil, ...updatedStamp(actor) });
  }

  async closeRegimePeriod(id: string, validUntil: string, actor: Actor): Promise<void> {
    await this.manager.getRepository(PersonBenefitRegimePeriod).update({ id }, { validUntil, ...updatedStamp(actor) });
  }

  async insertResidencePeriod(
    id: string,
    personId: string,
    status: ResidenceStatus,
    validFrom: string,
    actor: Actor,
  ): Promise<void> {
    await this.manager.getRepository(PersonResidenceStatusPeriod).insert({
      id,
      personId,
      status,
      validFrom,
      validUntil: null,
      ...createdStamp(actor),
    });
  }

  async insertRegimePeriod(
    id: string,
    personId: string,
    regime: BenefitRegime,
    previousRegime: BenefitRegime | null,
    validFrom: string,
    actor: Actor,
  ): Promise<void> {
    await this.manager.getRepository(PersonBenefitRegimePeriod).insert({
      id,
      personId,
      regime,
      previousRegime,
      validFrom,
      validUntil: null,
      ...createdStamp(actor),
    });
  }

  /** Changes of benefit regime (periods that followed another regime), oldest first. */
  regimeChanges(c: RegimeChangeCriteria): Promise<PersonBenefitRegimePeriod[]> {
    const qb = this.manager
      .getRepository(PersonBenefitRegimePeriod)
      .createQueryBuilder('b')
      .where('b.previous_regime IS NOT NULL')
      .andWhere('EXISTS (SELECT 1 FROM person m WHERE m.id = b.person_id AND m.case_managing_organization_id = :cmo)', {
        cmo: c.caseManagingOrganizationId,
      });
    if (c.municipalityAgs) {
      qb.andWhere('EXISTS (SELECT 1 FROM person p WHERE p.id = b.person_id AND p.municipality_ags LIKE :ags)', {
        ags: `${c.municipalityAgs}%`,
      });
    }
    if (c.fromRegime) qb.andWhere('b.previous_regime = :fromRegime', { fromRegime: c.fromRegime });
    if (c.toRegime) qb.andWhere('b.regime = :toRegime', { toRegime: c.toRegime });
    if (c.changedFrom) qb.andWhere('b.valid_from >= :changedFrom', { changedFrom: c.changedFrom });
    if (c.changedUntil) qb.andWhere('b.valid_from <= :changedUntil', { changedUntil: c.changedUntil });
    if (c.after)
      qb.andWhere('(b.valid_from, b.id) > (CAST(:afterDate AS date), CAST(:afterId AS uuid))', {
        afterDate: c.after.validFrom,
        afterId: c.after.id,
      });
    return qb.orderBy('b.valid_from').addOrderBy('b.id').limit(c.limit).getMany();
  }
}
