import { createHash } from 'node:crypto';

/** Namespace of the hub's deterministic ids (a fixed random UUID), as bytes. */
const NAMESPACE = Buffer.from('6f1d2c0e4b7a4d7e9a532d8c1b0f5e11', 'hex');
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUID derived from a kind and a natural name, the same in every subgraph. Demo and scale data
 * use it so that a slice can point at another slice's rows without reading its database.
 * RFC 4122 version 5 (SHA-1 of namespace and name), computed directly: the scale data derive
 * millions of ids, and re-parsing the namespace on every call cost most of the time.
 */
export function deterministicId(kind: string, name: string): string {
  const b = createHash('sha1').update(NAMESPACE).update(`${kind}:${name}`, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = (from: number, to: number) => Array.from(b.subarray(from, to), (byte) => HEX[byte]).join('');
  return `${hex(0, 4)}-${hex(4, 6)}-${hex(6, 8)}-${hex(8, 10)}-${hex(10, 16)}`;
}
