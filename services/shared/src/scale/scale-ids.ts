import { createHash } from 'node:crypto';

const NAMESPACE = Buffer.from('6f1d2c0e4b7a4d7e9a532d8c1b0f5e11', 'hex');
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * The same UUID as the kit's `deterministicId` (v5 in the hub's namespace), computed without
 * re-parsing the namespace on every call: the scale world derives millions of ids.
 */
export function scaleId(kind: string, name: string): string {
  const b = createHash('sha1').update(NAMESPACE).update(`${kind}:${name}`, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  return `${HEX[b[0]]}${HEX[b[1]]}${HEX[b[2]]}${HEX[b[3]]}-${HEX[b[4]]}${HEX[b[5]]}-${HEX[b[6]]}${HEX[b[7]]}-${HEX[b[8]]}${HEX[b[9]]}-${HEX[b[10]]}${HEX[b[11]]}${HEX[b[12]]}${HEX[b[13]]}${HEX[b[14]]}${HEX[b[15]]}`;
}
