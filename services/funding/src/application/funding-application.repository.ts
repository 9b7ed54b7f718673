import { type Actor, createdStamp, updatedStamp } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import type { ApplicationVisibility } from '../access/funding-access';
import type { PageRequest } from '../common/keyset';
import { inAreas } from '../common/scope';
import { FundingApplication } from './funding-application.entity';
import type { FundingApplicationStatus } from './funding-application-status.enum';

export interface FundingApplicationFilter {
  municipalityAgs?: string | null;
  programId?: string | null;
  status?: FundingApplicationStatus | null;
  applicantOrganizationId?: string | null;
  fiscalYear?: number | null;
}

export interface NewFundingApplication {
  id: string;
  applicantOrganizationId: string;
  programId: string;
  municipalityAgs: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  requestedCents: number;
  ownShareCents: number;
}

export interface StatusChange {
  status: FundingApplicationStatus;
  approvedCents?: number;
  approvedOn?: string;
  submitted?: boolean;
  decided?: boolean;
}

/** The only place that reads and writes funding applications. */
export class FundingApplicationRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(FundingApplication);
  }

  findByIds(ids: readonly string[]): Promise<FundingApplication[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /** Locks the application until the transaction ends: status changes and allocations queue up. */
  findForUpdate(id: string): Promise<FundingApplication | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(application: NewFundingApplication, actor: Actor): Promise<void> {
    await this.repo.insert({ ...application, ...createdStamp(actor) });
  }

  async changeStatus(id: string, change: StatusChange, actor: Actor): Promise<void> {
    const now = new Date();
    await this.repo.update(id, {
      status: change.status,
      ...(change.approvedCents !== undefined
        ? { approvedCents: change.approvedCents, approvedOn: change.approvedOn }
        : {}),
      ...(change.submitted ? { submittedAt: now } : {}),
      ...(change.decided ? { decidedAt: now } : {}),
      ...updatedStamp(actor),
    });
  }

  /**
   * Sorted by period start, then id. A Kreis AGS (5 digits) includes its member municipalities.
   * Only applications the caller may see: of the municipalities in `visible.ags` or of `visible.organizationId`.
   */
  page(
    filter: FundingApplicationFilter,
    page: PageRequest,
    visible: ApplicationVisibility,
  ): Promise<FundingApplication[]> {
    const qb = this.repo.createQueryBuilder('a');
    const inScope = inAreas('a.municipality_ags', visible.ags, 'scope');
    qb.where(`(${inScope.sql} OR CAST(a.applicant_organization_id AS text) = :ownOrganization)`, {
      ...inScope.params,
      ownOrganization: visible.organizationId?.toLowerCase() ?? null,
    });
    if (filter.municipalityAgs) {
      const area = inAreas('a.municipality_ags', [filter.municipalityAgs], 'filter');
      qb.andWhere(area.sql, area.params);
    }
    if (filter.programId) qb.andWhere('a.program_id = :programId', { programId: filter.programId });
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.applicantOrganizationId)
      qb.andWhere('a.applicant_organization_id = :applicant', { applicant: filter.applicantOrganizationId });
    if (filter.fiscalYear != null) {
      qb.andWhere('a.period_start <= make_date(:year, 12, 31) AND a.period_end >= make_date(:year, 1, 1)', {
        year: filter.fiscalYear,
      });
    }
    if (page.after)
      qb.andWhere('(a.period_start, a.id) > (CAST(:afterDate AS date), CAST(:afterId AS uuid))', {
        afterDate: page.after[0],
        afterId: page.after[1],
      });
    return qb
      .orderBy('a.period_start', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(page.limit + 1)
      .getMany();
  }
}
