export { personsSubgraph } from './persons.subgraph';
export { personsSettings } from './config/persons.config';
