import { isKreisAgs } from '@gk/shared';
import { Brackets, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { OfferCategory } from './offer-category.enum';
import { OFFER_STATUSES_OF_SUPPLY, OFFER_STATUSES_TAKING_ENROLLMENTS, type OfferStatus } from './offer-status.enum';
import { Offer } from './offer.entity';

export interface OfferPageFilter {
  municipalityAgs?: string;
  category?: OfferCategory;
  status?: OfferStatus;
  providerId?: string;
}

export interface SeatFiguresRow {
  ags: string;
  category: OfferCategory;
  offers: number;
  seats: number;
  taken: number;
}

/** Restricts to offers in the given AGS: a Kreis (5 digits) includes its member municipalities. */
function inAreas(qb: SelectQueryBuilder<Offer>, areas: readonly string[], param = 'areas'): SelectQueryBuilder<Offer> {
  const gemeinden = areas.filter((a) => !isKreisAgs(a));
  const kreise = areas.filter(isKreisAgs);
  return qb.andWhere(
    new Brackets((w) => {
      w.where('false');
      if (gemeinden.length > 0) w.orWhere(`o.municipality_ags IN (:...${param}G)`, { [`${param}G`]: gemeinden });
      if (kreise.length > 0) w.orWhere(`left(o.municipality_ags, 5) IN (:...${param}K)`, { [`${param}K`]: kreise });
    }),
  );
}

/**
 * The only place that reads and writes offers. Works on the manager it is given, so a service can run it inside its
 * transaction.
 */
export class OfferRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Offer);
  }

  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findByProviders(providerIds: readonly string[]): Promise<Offer[]> {
    return this.repo.find({
      where: { providerId: In([...providerIds]) },
      order: { startDate: 'ASC', title: 'ASC', id: 'ASC' },
    });
  }

  findInAreas(areas: readonly string[]): Promise<Offer[]> {
    return inAreas(this.repo.createQueryBuilder('o'), areas)
      .orderBy('o.start_date', 'ASC')
      .addOrderBy('o.title', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** Offers in the given Kreise (5-digit AGS) that take enrollments and have a free seat. */
  findTakingEnrollmentsInKreise(kreise: readonly string[]): Promise<Offer[]> {
    return this.repo
      .createQueryBuilder('o')
      .where('left(o.municipality_ags, 5) IN (:...kreise)', { kreise })
      .andWhere('o.status IN (:...statuses)', { statuses: OFFER_STATUSES_TAKING_ENROLLMENTS })
      .andWhere('o.seats_taken < o.seats')
      .orderBy('o.start_date', 'ASC')
      .addOrderBy('o.title', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /** One page in (start date, id) order; `limit + 1` rows tell whether another page follows. */
  findPage(filter: OfferPageFilter, after: { startDate: string; id: string } | null, limit: number): Promise<Offer[]> {
    let qb = this.repo.createQueryBuilder('o');
    if (filter.municipalityAgs) qb = inAreas(qb, [filter.municipalityAgs]);
    if (filter.category) qb = qb.andWhere('o.category = :category', { category: filter.category });
    if (filter.status) qb = qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.providerId) qb = qb.andWhere('o.provider_id = :providerId', { providerId: filter.providerId });
    if (after)
      qb = qb.andWhere('(o.start_date, o.id) > (:afterDate::date, :afterId::uuid)', {
        afterDate: after.startDate,
        afterId: after.id,
      });
    return qb
      .orderBy('o.start_date', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit + 1)
      .getMany();
  }

  /** Seats per area and category, summed in the database over offers that count as supply. */
  async seatFiguresByAreas(areas: readonly string[]): Promise<SeatFiguresRow[]> {
    const rows: { ags: string; category: OfferCategory; offers: number; seats: number; taken: number }[] =
      await this.manager.query(
        `SELECT k.ags, o.category, count(*)::int AS offers, sum(o.seats)::int AS seats, sum(o.seats_taken)::int AS taken
         FROM unnest($1::text[]) AS k(ags)
         JOIN offer o ON CASE WHEN length(k.ags) = 5 THEN left(o.municipality_ags, 5) = k.ags
                          ELSE o.municipality_ags = k.ags END
        WHERE o.status = ANY($2::text[])
        GROUP BY k.ags, o.category
        ORDER BY k.ags, o.category`,
        [areas, OFFER_STATUSES_OF_SUPPLY],
      );
    return rows;
  }

  /** Reads the offer and locks its row until the transaction ends: enrollments into one offer queue here. */
  lockById(id: string): Promise<Offer | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(offer: Partial<Offer>): Promise<void> {
    await this.repo.insert(offer);
  }

  async update(id: string, changes: Partial<Offer>): Promise<void> {
    await this.repo.update({ id }, changes);
  }
}
