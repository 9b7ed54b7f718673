import { Action } from '../access/funding-access';
import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError, assertUuid } from '@gk/shared';
import { pageRequest, toPage } from '../common/keyset';
import { formatPercent } from '../common/percent';
import { FundingErrorCode } from '../funding.errors';
import type { FundingRepositories } from '../funding.store';
import type { FundingServiceDeps } from '../funding.context';
import type { FundingProgram } from '../program/funding-program.entity';
import type { FundingApplication } from './funding-application.entity';
import type {
  ApproveFundingApplicationInput,
  CreateFundingApplicationInput,
  FundingApplicationFilter,
} from './funding-application.input';
import type { StatusChange } from './funding-application.repository';
import { ALLOWED_TRANSITIONS, FundingApplicationStatus } from './funding-application-status.enum';

/**
 * The programme pays at most its rate of the total cost: requested / (requested + own share) <= rate. Integer
 * arithmetic only.
 */
export function meetsFundingRate(requestedCents: number, ownShareCents: number, maxRateBasisPoints: number): boolean {
  return (
    BigInt(requestedCents) * 10000n <= (BigInt(requestedCents) + BigInt(ownShareCents)) * BigInt(maxRateBasisPoints)
  );
}

export class FundingApplicationService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /**
   * Applications of the caller's municipalities (finance, core group) and of the caller's own organisation (applicant
   * staff).
   */
  async list(filter: FundingApplicationFilter, first: number | null | undefined, after: string | null | undefined) {
    this.deps.access.requireApplicationReader();
    const page = pageRequest(first, after, ['d', 'u']);
    const rows = await this.deps.store.read.applications.page(
      {
        ...filter,
        programId: filter.programId?.toLowerCase(),
        applicantOrganizationId: filter.applicantOrganizationId?.toLowerCase(),
      },
      page,
      this.deps.access.applicationVisibility(),
    );
    return toPage(rows, page.limit, (a) => [a.periodStart, a.id]);
  }

  /** One application, refused unless the caller may see it; null when unknown. */
  async get(load: () => Promise<FundingApplication | null>): Promise<FundingApplication | null> {
    this.deps.access.requireApplicationReader();
    const application = await load();
    if (application) this.deps.access.requireApplicationVisible(application);
    return application;
  }

  async create(input: CreateFundingApplicationInput): Promise<FundingApplication> {
    this.deps.access.requireApplicantRole();
    this.deps.access.requireApplicantOf({
      municipalityAgs: input.municipalityAgs,
      applicantOrganizationId: input.applicantOrganizationId,
    });
    if (input.periodEnd < input.periodStart)
      throw new BadUserInputError('input.periodEnd', 'must not be before periodStart');
    if (input.requested <= 0) throw new BadUserInputError('input.requested', 'must be more than zero');
    const id = randomUUID();
    await this.deps.store.write(async (tx) => {
      const program = await tx.programs.findForShare(input.programId.toLowerCase());
      if (!program) throw new NotFoundError('funding programme', 'programId');
      this.checkAgainstProgram(input, program);
      await tx.applications.insert(
        {
          id,
          applicantOrganizationId: input.applicantOrganizationId.toLowerCase(),
          programId: program.id,
          municipalityAgs: input.municipalityAgs,
          title: input.title,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          requestedCents: input.requested,
          ownShareCents: input.ownShare,
        },
        this.deps.actor,
      );
    });
    return this.reload(id);
  }

  submit(id: string): Promise<FundingApplication> {
    this.deps.access.requireApplicantRole();
    return this.transition(
      id,
      FundingApplicationStatus.SUBMITTED,
      (application) => this.deps.access.requireApplicantOf(application),
      async (tx, application) => {
        // The rule is checked again on submission: it is what the funder will check.
        const program = await tx.programs.findForShare(application.programId);
        if (
          program &&
          !meetsFundingRate(application.requestedCents, application.ownShareCents, program.maxFundingRateBasisPoints)
        ) {
          throw ownShareTooLow(program, 'ownShare');
        }
        return { status: FundingApplicationStatus.SUBMITTED, submitted: true };
      },
    );
  }

  reopen(id: string): Promise<FundingApplication> {
    this.deps.access.requireFinance(Action.DECIDE);
    return this.transition(
      id,
      FundingApplicationStatus.DRAFT,
      (application) => this.financeIn(application),
      async () => ({ status: FundingApplicationStatus.DRAFT }),
    );
  }

  approve(input: ApproveFundingApplicationInput): Promise<FundingApplication> {
    this.deps.access.requireFinance(Action.DECIDE);
    if (input.approvedAmount <= 0) throw new BadUserInputError('input.approvedAmount', 'must be more than zero');
    return this.transition(
      input.id,
      FundingApplicationStatus.APPROVED,
      (application) => this.financeIn(application),
      async (_tx, application) => {
        if (input.approvedAmount > application.requestedCents)
          throw new BadUserInputError('input.approvedAmount', 'must not exceed the requested amount');
        return {
          status: FundingApplicationStatus.APPROVED,
          approvedCents: input.approvedAmount,
          approvedOn: input.approvedOn,
          decided: true,
        };
      },
    );
  }

  reject(id: string): Promise<FundingApplication> {
    this.deps.access.requireFinance(Action.DECIDE);
    return this.transition(
      id,
      FundingApplicationStatus.REJECTED,
      (application) => this.financeIn(application),
      async () => ({ status: FundingApplicationStatus.REJECTED, decided: true }),
    );
  }

  withdraw(id: string): Promise<FundingApplication> {
    this.deps.access.requireApplicantRole();
    return this.transition(
      id,
      FundingApplicationStatus.WITHDRAWN,
      (application) => this.deps.access.requireApplicantOf(application),
      async () => ({ status: FundingApplicationStatus.WITHDRAWN }),
    );
  }

  private financeIn(application: FundingApplication): void {
    this.deps.access.requireFinanceIn(application.municipalityAgs, Action.DECIDE);
  }

  private checkAgainstProgram(input: CreateFundingApplicationInput, program: FundingProgram): void {
    if (input.periodStart < program.periodStart)
      throw new BadUserInputError('input.periodStart', "must not be before the programme's period");
    if (program.periodEnd && input.periodEnd > program.periodEnd)
      throw new BadUserInputError('input.periodEnd', "must not be after the programme's period");
    if (!meetsFundingRate(input.requested, input.ownShare, program.maxFundingRateBasisPoints))
      throw ownShareTooLow(program, 'input.ownShare');
  }

  /** Locks the application, checks the caller and the lifecycle, applies the change: all in one transaction. */
  private async transition(
    rawId: string,
    target: FundingApplicationStatus,
    authorize: (application: FundingApplication) => void,
    decide: (tx: FundingRepositories, application: FundingApplication) => Promise<StatusChange>,
  ): Promise<FundingApplication> {
    const id = assertUuid(rawId, 'id');
    await this.deps.store.write(async (tx) => {
      const application = await tx.applications.findForUpdate(id);
      if (!application) throw new NotFoundError('funding application');
      // Before the lifecycle: a caller who may not act on it learns nothing about its status.
      authorize(application);
      if (!ALLOWED_TRANSITIONS[application.status].includes(target)) {
        throw new DomainError(
          FundingErrorCode.INVALID_STATUS_TRANSITION,
          `A funding application in status ${application.status} cannot change to ${target}.`,
          { from: application.status, to: target },
        );
      }
      await tx.applications.changeStatus(id, await decide(tx, application), this.deps.actor);
    });
    return this.reload(id);
  }

  private async reload(id: string): Promise<FundingApplication> {
    return (await this.deps.store.read.applications.findByIds([id]))[0];
  }
}

/** `field` names where the share came from: the input on creation, the stored application on submission. */
function ownShareTooLow(program: FundingProgram, field: 'input.ownShare' | 'ownShare'): BadUserInputError {
  return new BadUserInputError(
    field,
    `must be at least ${formatPercent(10000 - program.maxFundingRateBasisPoints)} of the total cost (the programme ` +
      `funds at most ${formatPercent(program.maxFundingRateBasisPoints)})`,
  );
}
