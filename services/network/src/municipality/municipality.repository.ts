import { type EntityManager, In } from 'typeorm';
import { Municipality } from './municipality.entity';
import type { MunicipalityKind } from './municipality-kind.enum';

/** The only place that reads municipalities from the database. Reference data: no scope filter. */
export class MunicipalityRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Municipality);
  }

  findByAgs(ags: readonly string[]): Promise<Municipality[]> {
    return this.repo.findBy({ ags: In([...ags]) });
  }

  findByParents(parentAgs: readonly string[]): Promise<Municipality[]> {
    return this.repo.find({ where: { parentAgs: In([...parentAgs]) }, order: { name: 'ASC' } });
  }

  /** Municipalities of a kind and/or below a parent, by name. NRW has about 400: small enough for one list. */
  findWhere(filter: { kind?: MunicipalityKind | null; parentAgs?: string | null }): Promise<Municipality[]> {
    return this.repo.find({
      where: {
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.parentAgs ? { parentAgs: filter.parentAgs } : {}),
      },
      order: { name: 'ASC', ags: 'ASC' },
    });
  }

  async exists(ags: string): Promise<boolean> {
    return (await this.repo.countBy({ ags })) > 0;
  }
}
