import { v5 as uuidv5 } from 'uuid';
import { deterministicId } from './deterministic-id';

describe('deterministicId', () => {
  it('is the RFC 4122 version 5 UUID of "kind:name" in the hub namespace', () => {
    for (const [kind, name] of [
      ['offer', 'vhs-rheine-integrationskurs'],
      ['person', '05566076:0'],
      ['organization', 'jc-rkn'],
      ['x', 'ä ß € 🙂'],
    ]) {
      expect(deterministicId(kind, name)).toBe(uuidv5(`${kind}:${name}`, '6f1d2c0e-4b7a-4d7e-9a53-2d8c1b0f5e11'));
    }
  });
});
