import { type DataSource, In } from 'typeorm';
import { Municipality } from './municipality.entity';

/** The only place that reads municipalities from the database. Reference data: no scope filter. */
export class MunicipalityRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(Municipality);
  }

  findByAgs(ags: readonly string[]): Promise<Municipality[]> {
    return this.repo.findBy({ ags: In([...ags]) });
  }

  findByParents(parentAgs: readonly string[]): Promise<Municipality[]> {
    return this.repo.find({ where: { parentAgs: In([...parentAgs]) }, order: { name: 'ASC' } });
  }
}
