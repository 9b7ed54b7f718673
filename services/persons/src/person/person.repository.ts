import { createdStamp, updatedStamp, type Actor } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { BenefitRegime, NeedCategory, ResidenceStatus } from '@gk/shared';
import type { PersonNeedStatus } from '../need/need-status.enum';
import { Person } from './person.entity';

/** Columns a caller may write on a person; ids, audit fields and version are managed here. */
export type PersonWritable = Partial<
  Pick<
    Person,
    | 'givenName'
    | 'familyName'
    | 'dateOfBirth'
    | 'gender'
    | 'countryOfOrigin'
    | 'languages'
    | 'germanLevel'
    | 'germanLevelCertified'
    | 'municipalityAgs'
    | 'arrivalDate'
    | 'caseManagingOrganizationId'
    | 'currentResidenceStatus'
    | 'currentBenefitRegime'
    | 'schoolDegree'
    | 'vocationalDqrLevel'
    | 'vocationalInTraining'
    | 'vocationalForeign'
    | 'vocationalForeignRecognised'
    | 'goals'
  >
>;

export interface PersonListCriteria {
  municipalityAgs?: string | null;
  residenceStatuses?: ResidenceStatus[] | null;
  benefitRegimes?: BenefitRegime[] | null;
  needCategory?: NeedCategory | null;
  needStatus?: PersonNeedStatus | null;
  inTargetGroup?: boolean | null;
  targetGroupOn: string;
  nameContains?: string | null;
  caseManagingOrganizationId?: string | null;
  /** Id of the last person of the previous page. */
  afterId?: string | null;
  limit: number;
}

/** A person found by the duplicate check, with what the caller's organisation holds consent for. */
export interface ProbableDuplicate {
  person: Person;
  /** Purposes of the active consents (or legal bases) of the person for the caller's organisation. */
  callerConsentedPurposes: string[];
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The only place that reads and writes persons. */
export class PersonRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Person);
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /** Locks the person row until the transaction ends, so that changes to it queue up. */
  findForUpdate(id: string): Promise<Person | null> {
    return this.repo.createQueryBuilder('p').where('p.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Serialises registrations of the same name, date of birth and municipality, so the duplicate check cannot race. */
  async lockDuplicateKey(
    givenName: string,
    familyName: string,
    dateOfBirth: string,
    municipalityAgs: string,
  ): Promise<void> {
    const key = [familyName.trim().toLowerCase(), givenName.trim().toLowerCase(), dateOfBirth, municipalityAgs].join(
      '|',
    );
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`person-duplicate:${key}`]);
  }

  /**
   * Persons with the same name, date of birth and municipality, each with the purposes of the active
   * consents (or legal bases) it holds for the caller's organisation, so the caller's rights over
   * every candidate are known from this one statement. One statement whoever the candidates are: the
   * registration costs the same whether or not a duplicate the caller may not see exists.
   */
  async findProbableDuplicates(
    givenName: string,
    familyName: string,
    dateOfBirth: string,
    municipalityAgs: string,
    callerOrganizationId: string,
  ): Promise<ProbableDuplicate[]> {
    const { entities, raw } = await this.repo
      .createQueryBuilder('p')
      .addSelect(
        `coalesce((SELECT array_agg(DISTINCT u.purpose ORDER BY u.purpose) FROM consent c CROSS JOIN LATERAL
          unnest(c.purposes) AS u(purpose)
                    WHERE c.person_id = p.id AND c.organization_id = :callerOrganizationId AND c.revoked_at IS NULL),
                    '{}')`,
        'caller_consented_purposes',
      )
      .where('lower(p.family_name) = :family AND lower(p.given_name) = :given', {
        family: familyName.trim().toLowerCase(),
        given: givenName.trim().toLowerCase(),
      })
      .andWhere('p.date_of_birth = :dob AND p.municipality_ags = :ags', { dob: dateOfBirth, ags: municipalityAgs })
      .setParameter('callerOrganizationId', callerOrganizationId)
      .orderBy('p.created_at')
      .addOrderBy('p.id')
      .getRawAndEntities<{ caller_consented_purposes: string[] }>();
    return entities.map((person, i) => ({ person, callerConsentedPurposes: raw[i].caller_consented_purposes }));
  }

  /**
   * For each person: how many persons with the same name, date of birth and municipality other
   * organisations registered after it. Only a number: the later registrations were not told about
   * this record, and this count says nothing of who or where they are.
   */
  async countLaterRegistrationsElsewhere(personIds: readonly string[]): Promise<{ personId: string; count: number }[]> {
    const rows: { person_id: string; n: number }[] = await this.manager.query(
      `SELECT p.id AS person_id, count(o.id)::int AS n
         FROM person p
         LEFT JOIN person o
           ON lower(o.family_name) = lower(p.family_name) AND lower(o.given_name) = lower(p.given_name)
          AND o.date_of_birth = p.date_of_birth AND o.municipality_ags = p.municipality_ags
          AND o.case_managing_organization_id <> p.case_managing_organization_id
          AND (o.created_at, o.id) > (p.created_at, p.id)
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id`,
      [personIds],
    );
    return rows.map((r) => ({ personId: r.person_id, count: r.n }));
  }

  async insert(id: string, values: PersonWritable, actor: Actor): Promise<void> {
    await this.repo.insert({
      ...values,
      id,
      ...createdStamp(actor),
      version: 1,
    });
  }

  /**
   * Writes the changes only if the row still has the expected version (or any version when none
   * is expected, for callers holding the row lock), and raises the version. False when it had moved on.
   */
  async update(id: string, changes: PersonWritable, actor: Actor, expectedVersion?: number): Promise<boolean> {
    const qb = this.repo
      .createQueryBuilder()
      .update(Person)
      .set({
        ...changes,
        ...updatedStamp(actor),
        version: () => 'version + 1',
      })
      .where('id = :id', { id });
    if (expectedVersion !== undefined) qb.andWhere('version = :expectedVersion', { expectedVersion });
    const result = await qb.execute();
    return (result.affected ?? 0) === 1;
  }

  /** One page of persons in name order (family, given, id); the cursor is the id of the last person seen. */
  list(c: PersonListCriteria): Promise<Person[]> {
    const qb = this.repo.createQueryBuilder('p');
    if (c.municipalityAgs) qb.andWhere('p.municipality_ags LIKE :ags', { ags: `${c.municipalityAgs}%` });
    if (c.residenceStatuses?.length)
      qb.andWhere('p.current_residence_status IN (:...statuses)', { statuses: c.residenceStatuses });
    if (c.benefitRegimes?.length)
      qb.andWhere('p.current_benefit_regime IN (:...regimes)', { regimes: c.benefitRegimes });
    if (c.needCategory || c.needStatus) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM need n WHERE n.person_id = p.id AND (CAST(:needCategory AS text) ' +
          'IS NULL OR n.category = :needCategory) AND (CAST(:needStatus AS text) IS NULL OR ' +
          'n.status = :needStatus))',
        { needCategory: c.needCategory ?? null, needStatus: c.needStatus ?? null },
      );
    }
    if (c.inTargetGroup !== undefined && c.inTargetGroup !== null) {
      qb.andWhere(
        `(p.date_of_birth <= CAST(CAST(:on AS date) - interval '18 years' AS date) AND p.date_of_birth > ` +
          `CAST(CAST(:on AS date) - interval '28 years' AS date)) = :inTargetGroup`,
        { on: c.targetGroupOn, inTargetGroup: c.inTargetGroup },
      );
    }
    if (c.nameContains) {
      qb.andWhere(`(p.given_name || ' ' || p.family_name) ILIKE :name ESCAPE '\\'`, {
        name: `%${escapeLike(c.nameContains)}%`,
      });
    }
    if (c.caseManagingOrganizationId)
      qb.andWhere('p.case_managing_organization_id = :cmo', { cmo: c.caseManagingOrganizationId });
    if (c.afterId) {
      qb.andWhere(
        '(p.family_name, p.given_name, p.id) > (SELECT c.family_name, c.given_name, c.id FROM ' +
          'person c WHERE c.id = :afterId)',
        { afterId: c.afterId },
      );
    }
    return qb.orderBy('p.family_name').addOrderBy('p.given_name').addOrderBy('p.id').limit(c.limit).getMany();
  }
}
