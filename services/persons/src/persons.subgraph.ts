import type { SubgraphDefinition } from '@gk/shared';
import { loadPersonsDemoData } from './demo/persons.demo';
import { personsMigrations } from './migrations';
import { Person } from './person/person.entity';
import { createPersonsScope, type PersonsScope } from './persons.context';
import { buildPersonsSchema } from './persons.schema';

/** The persons subgraph as the platform runs it: the case management's slice. */
export const personsSubgraph: SubgraphDefinition<PersonsScope> = {
  name: 'persons',
  entities: [Person],
  migrations: personsMigrations,
  buildSchema: buildPersonsSchema,
  createScope: createPersonsScope,
  loadDemoData: loadPersonsDemoData,
};
