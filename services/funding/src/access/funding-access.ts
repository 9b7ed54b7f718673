import { agsInScope, hasRole, type Identity, limitedTo, requireAgsInScope, requireRole, type Role } from '@gk/shared';

/** Finance officers and core-group analysts read the money of the municipalities in their scope. */
const MUNICIPAL_READERS: readonly Role[] = ['FINANCE', 'CORE_GROUP'];
/** Staff of an applicant organisation read and run their own organisation's applications. */
const APPLICANT_ROLES: readonly Role[] = ['PROVIDER', 'CASE_MANAGER'];

/** The reach of each refusal that names one, in the kit's "is limited to" form. */
const Reach = {
  MUNICIPALITIES: 'the municipalities in your scope',
  OWN_OR_MUNICIPALITIES: "your own organisation's applications or the municipalities in your scope",
  OWN_OR_FINANCE_MUNICIPALITIES:
    "your own organisation's applications or, for finance officers, the municipalities in your scope",
} as const;

export const Action = {
  CREATE_PROGRAM: 'Creating a funding programme',
  READ_BUDGETS: 'Reading budget lines',
  CREATE_BUDGET: 'Recording a budget line',
  READ_APPLICATIONS: 'Reading funding applications',
  APPLY: 'Creating, submitting or withdrawing a funding application',
  DECIDE: 'Reopening, approving or rejecting a funding application',
  READ_ALLOCATIONS: 'Reading allocations',
  ALLOCATE: 'Allocating funding',
  READ_EXPENDITURES: 'Reading expenditures',
  SPEND: 'Recording an expenditure',
  READ_OFFER_FUNDING: "Reading an offer's funding",
  READ_OVERVIEW: "Reading a municipality's funding overview",
} as const;

/** Which applications a list may show: those of the municipalities in `ags`, and those of `organizationId`. */
export interface ApplicationVisibility {
  ags: string[];
  organizationId: string | null;
}

/**
 * The funding subgraph's access rules. Checks come in two steps: the role before anything is read
 * (so a refused mutation changes nothing and reveals nothing), the municipality or organisation
 * once the row is known. Every refusal is the kit's "needs" or "is limited to", naming the rule, never a value.
 */
export class FundingAccess {
  constructor(private readonly identity: Identity) {}

  private readerIn(ags: string): boolean {
    return hasRole(this.identity, ...MUNICIPAL_READERS) && agsInScope(this.identity, ags);
  }

  private financeIn(ags: string): boolean {
    return hasRole(this.identity, 'FINANCE') && agsInScope(this.identity, ags);
  }

  private applicantStaffOf(organizationId: string): boolean {
    const own = this.identity.organizationId;
    return hasRole(this.identity, ...APPLICANT_ROLES) && !!own && own.toLowerCase() === organizationId.toLowerCase();
  }

  requireProgramWriter(): void {
    requireRole(this.identity, ['FINANCE', 'ADMIN'], Action.CREATE_PROGRAM);
  }

  /** Budget lines, allocations and overviews: finance and core group, within their municipalities. */
  requireMunicipalReader(action: string): void {
    requireRole(this.identity, MUNICIPAL_READERS, action);
  }

  requireReadableIn(ags: string, action: string): void {
    if (!this.readerIn(ags)) throw limitedTo(action, Reach.MUNICIPALITIES);
  }

  /** Role and municipality in one, for fields: the message says which of the two is missing. */
  requireReaderIn(ags: string, action: string): void {
    this.requireMunicipalReader(action);
    this.requireReadableIn(ags, action);
  }

  /** The municipalities a list of budget lines or allocations is narrowed to. */
  readableAgs(): string[] {
    return hasRole(this.identity, ...MUNICIPAL_READERS) ? this.identity.ags : [];
  }

  requireFinance(action: string): void {
    requireRole(this.identity, ['FINANCE'], action);
  }

  requireFinanceIn(ags: string, action: string): void {
    this.requireFinance(action);
    requireAgsInScope(this.identity, ags, action);
  }

  canReadAllocationsIn(ags: string): boolean {
    return this.readerIn(ags);
  }

  requireApplicationReader(): void {
    requireRole(this.identity, [...MUNICIPAL_READERS, ...APPLICANT_ROLES], Action.READ_APPLICATIONS);
  }

  requireApplicationVisible(application: { municipalityAgs: string; applicantOrganizationId: string }): void {
    if (this.readerIn(application.municipalityAgs) || this.applicantStaffOf(application.applicantOrganizationId))
      return;
    throw limitedTo(Action.READ_APPLICATIONS, Reach.OWN_OR_MUNICIPALITIES);
  }

  applicationVisibility(): ApplicationVisibility {
    return {
      ags: this.readableAgs(),
      organizationId: hasRole(this.identity, ...APPLICANT_ROLES) ? this.identity.organizationId : null,
    };
  }

  /** Creating, submitting, withdrawing: the applicant organisation's staff, or finance in scope. */
  requireApplicantRole(): void {
    requireRole(this.identity, ['FINANCE', ...APPLICANT_ROLES], Action.APPLY);
  }

  requireApplicantOf(application: { municipalityAgs: string; applicantOrganizationId: string }): void {
    if (this.financeIn(application.municipalityAgs) || this.applicantStaffOf(application.applicantOrganizationId))
      return;
    throw limitedTo(Action.APPLY, Reach.OWN_OR_FINANCE_MUNICIPALITIES);
  }

  requireOfferFundingReader(): void {
    requireRole(this.identity, ['PROVIDER', 'FINANCE', 'CORE_GROUP'], Action.READ_OFFER_FUNDING);
  }
}
