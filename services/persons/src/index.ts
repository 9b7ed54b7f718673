export { personsSubgraph, createPersonsSubgraph } from './persons.subgraph';
export { personsSettings } from './config/persons.config';
export { loadScaleSlice as loadPersonsScaleSlice, type ScaleSliceOptions } from './scale/persons-scale.loader';
