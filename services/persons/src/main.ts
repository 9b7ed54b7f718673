import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadPersonsConfig } from './config/persons.config';
import { personsSubgraph } from './persons.subgraph';

void serveSubgraphProcess(personsSubgraph, loadPersonsConfig);
