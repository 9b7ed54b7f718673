import { v5 as uuidv5 } from 'uuid';

/** Namespace of the hub's deterministic ids (a fixed random UUID). */
const NAMESPACE = '6f1d2c0e-4b7a-4d7e-9a53-2d8c1b0f5e11';

/**
 * A UUID derived from a kind and a natural name, the same in every subgraph. Demo and scale data
 * use it so that a slice can point at another slice's rows without reading its database.
 */
export function deterministicId(kind: string, name: string): string {
  return uuidv5(`${kind}:${name}`, NAMESPACE);
}
