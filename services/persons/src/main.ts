import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadPersonsConfig } from './config/persons.config';
import { personsSubgraph } from './persons.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void serveSubgraphProcess('persons', loadPersonsConfig, () => personsSubgraph);
