import { assertIndicatorsAgs, assertReferenceDate, BadUserInputError, todayIso } from '@gk/shared';
import { AllianceService } from '../alliance/alliance.service';
import type { NetworkServiceDeps } from '../network.context';
import { CoverageService } from '../coverage/coverage.service';
import type { Municipality } from '../municipality/municipality.entity';
import type { MunicipalityKind } from '../municipality/municipality-kind.enum';
import type { AllianceIndicators, AreaIndicators } from './indicators.types';
import { quarterEnds } from './quarters';

/** The programme "Gemeinsam klappt's" started in 2018; no indicators before it. */
export const FIRST_PROGRAMME_YEAR = 2018;
/** Longest time axis one request may ask for (40 quarters). */
export const MAX_QUARTER_YEARS = 10;

/**
 * Lists the areas and dates of the core group's indicators; the figures come from the other subgraphs by the entity
 * key.
 */
export class IndicatorsService {
  // Services keep nothing but their deps, so these share the request's loaders (and their batches).
  private readonly alliancesService: AllianceService;
  private readonly coverage: CoverageService;

  constructor(private readonly deps: NetworkServiceDeps) {
    this.alliancesService = new AllianceService(deps);
    this.coverage = new CoverageService(deps);
  }

  /** Aggregates for the municipalities in scope are the core group's; nobody else gets them. */
  private requireAnalyst(ags?: string): void {
    this.deps.access.requireIndicatorReader(ags);
  }

  private referenceDate(date: string | null | undefined): string {
    const day = assertReferenceDate(date ?? todayIso());
    if (day < `${FIRST_PROGRAMME_YEAR}-01-01`)
      throw new BadUserInputError(
        'referenceDate',
        `must not be before ${FIRST_PROGRAMME_YEAR}, when the programme started`,
      );
    return day;
  }

  forMunicipality(municipality: Municipality, date: string | null | undefined): AreaIndicators {
    this.requireAnalyst(municipality.ags);
    return { ags: municipality.ags, referenceDate: this.referenceDate(date) };
  }

  quarterly(municipality: Municipality, fromYear: number, toYear: number | null | undefined): AreaIndicators[] {
    this.requireAnalyst(municipality.ags);
    const today = todayIso();
    const lastYear = toYear ?? Number(today.slice(0, 4));
    if (!Number.isInteger(fromYear) || fromYear < FIRST_PROGRAMME_YEAR)
      throw new BadUserInputError('fromYear', `must be ${FIRST_PROGRAMME_YEAR} or later`);
    if (lastYear < fromYear) throw new BadUserInputError('toYear', 'must not be before fromYear');
    if (lastYear - fromYear + 1 > MAX_QUARTER_YEARS)
      throw new BadUserInputError('toYear', `must be at most ${MAX_QUARTER_YEARS - 1} years after fromYear`);
    return quarterEnds(fromYear, lastYear, today).map((referenceDate) => ({ ags: municipality.ags, referenceDate }));
  }

  /** Every area in the caller's scope (ordered by AGS): the state-wide view of an analyst whose scope is the state. */
  async stateWide(
    date: string | null | undefined,
    kind: MunicipalityKind | null | undefined,
  ): Promise<AreaIndicators[]> {
    this.requireAnalyst();
    const referenceDate = this.referenceDate(date);
    const rows = await this.deps.store.read.municipalities.findWhere({ kind, parentAgs: null });
    return rows
      .filter((m) => this.deps.access.inScope(m.ags))
      .sort((a, b) => a.ags.localeCompare(b.ags))
      .map((m) => {
        this.deps.loaders.municipalities.byAgs.prime(m.ags, m);
        return { ags: m.ags, referenceDate };
      });
  }

  /** An entity reference from another subgraph's plan: the key is checked like a request. */
  reference(ags: string, referenceDate: string): AreaIndicators {
    assertIndicatorsAgs(ags);
    this.requireAnalyst(ags);
    return { ags, referenceDate: this.referenceDate(referenceDate) };
  }

  async municipality(indicators: AreaIndicators): Promise<Municipality> {
    const municipality = await this.deps.loaders.municipalities.byAgs.load(indicators.ags);
    if (!municipality) throw new BadUserInputError('ags', 'must be a known municipality');
    return municipality;
  }

  /** Alliances spanning the area with their coverage on the date; loaders batch this over every area of the request. */
  async alliances(indicators: AreaIndicators): Promise<AllianceIndicators[]> {
    const alliances = await this.alliancesService.forMunicipality(await this.municipality(indicators));
    return Promise.all(
      alliances.map(async (alliance) => ({
        alliance,
        coverage: await this.coverage.forAlliance(alliance.id, indicators.referenceDate),
      })),
    );
  }
}
