import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadPersonsConfig } from './config/persons.config';
import { createPersonsSubgraph } from './persons.subgraph';

void serveSubgraphProcess('persons', loadPersonsConfig, (config) => createPersonsSubgraph(config));
