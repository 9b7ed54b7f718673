export { personsSubgraph, createPersonsSubgraph } from './persons.subgraph';
export { personsSettings } from './config/persons.config';
