import { type DataSource, In } from 'typeorm';
import { Person } from './person.entity';

/** The only place that reads and writes persons. */
export class PersonRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.dataSource.getRepository(Person).findBy({ id: In([...ids]) });
  }
}
