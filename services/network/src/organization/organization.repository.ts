import { type DataSource, In } from 'typeorm';
import { Organization } from './organization.entity';

/** The only place that reads organisations from the database. Reference data: no scope filter. */
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(Organization);
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }
}
