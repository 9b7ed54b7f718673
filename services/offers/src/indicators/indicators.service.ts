import {
  agsInArea,
  assertIndicatorsAgs,
  assertReferenceDate,
  type FamilyKey,
  kreisOf,
  NeedCategory,
  type ProtectedCount,
  protectedArea,
  protectedRate,
} from '@gk/shared';
import { OfferCategory } from '../offer/offer-category.enum';
import type { Offer } from '../offer/offer.entity';
import type { OffersServiceDeps } from '../offers.context';
import type { AreaIndicatorsRepresentation } from './area-indicators.reference';
import { CAREER_CELLS, LANDSCAPE_CELLS, landscapeCell, PARTICIPATION_CELLS } from './indicators.loader';
import { NEED_OFFER_CATEGORIES } from './indicators.rules';
import type {
  DuplicateCandidate,
  MeasureCareerIndicators,
  NeedGap,
  OfferCategoryIndicators,
  ParticipationIndicators,
} from './indicators.types';

const WITHHELD: ProtectedCount = { value: null, suppressed: true };
const published = (value: number): ProtectedCount => ({ value, suppressed: false });

/**
 * The core group's offer indicators of one area on one date: access, the date rule, and the requested area's cells out
 * of its Kreis family.
 */
export class IndicatorsService {
  constructor(private readonly deps: OffersServiceDeps) {}

  private get loaders() {
    return this.deps.loaders.indicators;
  }

  /**
   * Core group with the area in scope; the key arrives as a representation, not through the Date scalar, so both parts
   * are checked here.
   */
  private family(area: AreaIndicatorsRepresentation, field: string): FamilyKey {
    this.deps.access.requireRole(['CORE_GROUP'], field);
    assertIndicatorsAgs(area.ags);
    this.deps.access.requireAgsInScope(area.ags, field);
    assertReferenceDate(area.referenceDate);
    return { kreis: kreisOf(area.ags), referenceDate: area.referenceDate };
  }

  private async landscapeCells(
    area: AreaIndicatorsRepresentation,
    field: string,
  ): Promise<Map<string, ProtectedCount>> {
    return protectedArea(await this.loaders.landscape.load(this.family(area, field)), area.ags, LANDSCAPE_CELLS);
  }

  async offerLandscape(area: AreaIndicatorsRepresentation): Promise<OfferCategoryIndicators[]> {
    const cells = await this.landscapeCells(area, 'offerLandscape');
    const cell = (id: string) => cells.get(id) ?? published(0);
    return Object.values(OfferCategory).map((category) => {
      const seats = cell(landscapeCell.seats(category));
      const enrolled = cell(landscapeCell.enrolled(category));
      const ended = cell(landscapeCell.ended(category));
      return {
        category,
        offers: cell(landscapeCell.offers(category)).value ?? 0,
        seats: seats.value ?? 0,
        enrolled,
        free: cell(landscapeCell.free(category)),
        occupancyRate: protectedRate(enrolled, seats),
        completionRate: protectedRate(cell(landscapeCell.completed(category)), ended),
        transitionRate: protectedRate(cell(landscapeCell.transitioned(category)), ended),
      };
    });
  }

  /**
   * Null when the persons subgraph brought no open needs (it refused or failed): a gap without demand would mislead.
   */
  async gaps(area: AreaIndicatorsRepresentation): Promise<NeedGap[] | null> {
    const cells = await this.landscapeCells(area, 'gaps');
    const needs = area.targetGroup?.openNeedsByCategory;
    if (!needs) return null;
    const demandOf = new Map(needs.map((n) => [n.category, n.openNeeds]));
    return Object.values(NeedCategory).map((needCategory) => {
      // A category persons left out is unknown, not zero.
      const demand = demandOf.get(needCategory) ?? WITHHELD;
      const supply = cells.get(landscapeCell.supply(needCategory)) ?? published(0);
      const known = demand.value !== null && supply.value !== null;
      return {
        needCategory,
        offerCategories: [...NEED_OFFER_CATEGORIES[needCategory]],
        demand,
        supply,
        shortfall: known ? Math.max(0, (demand.value as number) - (supply.value as number)) : null,
        isGap: known ? (demand.value as number) > (supply.value as number) : null,
      };
    });
  }

  async measureCareers(area: AreaIndicatorsRepresentation): Promise<MeasureCareerIndicators> {
    const cells = protectedArea(
      await this.loaders.careers.load(this.family(area, 'measureCareers')),
      area.ags,
      CAREER_CELLS,
    );
    return {
      flaggedPersons: cells.get('flaggedPersons') ?? published(0),
      threshold: this.deps.settings.measureCareerThreshold,
    };
  }

  async participation(area: AreaIndicatorsRepresentation): Promise<ParticipationIndicators> {
    const cells = protectedArea(
      await this.loaders.participation.load(this.family(area, 'participation')),
      area.ags,
      PARTICIPATION_CELLS,
    );
    return {
      fiscalYear: Number(area.referenceDate.slice(0, 4)),
      enrolledPersons: cells.get('enrolledPersons') ?? published(0),
      completedQualifications: cells.get('completedQualifications') ?? published(0),
    };
  }

  /** Pairs in the area: for a Gemeinde its own, for a Kreis those of all its Gemeinden and Kreis-level offers. */
  async duplicateCandidates(area: AreaIndicatorsRepresentation): Promise<DuplicateCandidate[]> {
    const rows = (await this.loaders.duplicates.load(this.family(area, 'duplicateCandidates'))).filter((r) =>
      agsInArea(area.ags, r.ags),
    );
    const offers = await this.deps.loaders.offers.byId.loadMany(rows.flatMap((r) => [r.firstId, r.secondId]));
    const byId = new Map(offers.filter((o): o is Offer => o !== null && !(o instanceof Error)).map((o) => [o.id, o]));
    return rows.flatMap((r) => {
      const first = byId.get(r.firstId);
      const second = byId.get(r.secondId);
      return first && second
        ? [{ first, second, category: r.category, overlapFrom: r.overlapFrom, overlapUntil: r.overlapUntil }]
        : [];
    });
  }
}
