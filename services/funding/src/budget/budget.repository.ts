import { type DataSource, In } from 'typeorm';
import { Budget } from './budget.entity';

/** The only place that reads and writes budget lines. */
export class BudgetRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Budget[]> {
    return this.dataSource.getRepository(Budget).findBy({ id: In([...ids]) });
  }
}
