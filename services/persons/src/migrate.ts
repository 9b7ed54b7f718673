/** Only migrates this subgraph's database and exits: the command of its Kubernetes migration Job. */
import 'reflect-metadata';
import { migrateSubgraphProcess } from '@gk/shared';
import { loadPersonsConfig } from './config/persons.config';
import { createPersonsSubgraph } from './persons.subgraph';

void migrateSubgraphProcess('persons', loadPersonsConfig, (config) => createPersonsSubgraph(config));
