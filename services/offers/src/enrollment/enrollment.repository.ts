import { type DataSource, In } from 'typeorm';
import { Enrollment } from './enrollment.entity';

/** The only place that reads and writes enrollments. */
export class EnrollmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Enrollment[]> {
    return this.dataSource.getRepository(Enrollment).findBy({ id: In([...ids]) });
  }

  findByPersons(personIds: readonly string[]): Promise<Enrollment[]> {
    return this.dataSource.getRepository(Enrollment).find({ where: { personId: In([...personIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
