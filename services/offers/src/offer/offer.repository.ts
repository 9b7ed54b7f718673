import { type DataSource, In } from 'typeorm';
import { Offer } from './offer.entity';

/** The only place that reads and writes offers. */
export class OfferRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).findBy({ id: In([...ids]) });
  }
}
