import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { createPersonLoaders } from './person/person.loader';
import { PersonRepository } from './person/person.repository';

/** Everything one request of the persons subgraph may use: loaders and services, made per request. */
export function createPersonsScope(dataSource: DataSource, _identity: Identity) {
  return {
    persons: createPersonLoaders(new PersonRepository(dataSource)),
  };
}

export type PersonsScope = ReturnType<typeof createPersonsScope>;
export type PersonsContext = SubgraphContext<PersonsScope>;
