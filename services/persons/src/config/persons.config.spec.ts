import { loadPersonsConfig, parseErasurePeers } from './persons.config';

describe('persons settings', () => {
  it('reads the erasure peers as a list, offers by default', () => {
    expect(parseErasurePeers(' offers, funding ,,offers ')).toEqual(['offers', 'funding']);
    expect(loadPersonsConfig({}).erasurePeers).toEqual(['offers']);
    expect(loadPersonsConfig({ ERASURE_PEERS: 'offers,network' }).erasurePeers).toEqual(['offers', 'network']);
  });
});

describe('persons suppression threshold', () => {
  it('is 5 by default, can be raised, never below 3', () => {
    expect(loadPersonsConfig({}).suppressionThreshold).toBe(5);
    expect(loadPersonsConfig({ SUPPRESSION_THRESHOLD: '7' }).suppressionThreshold).toBe(7);
    expect(() => loadPersonsConfig({ SUPPRESSION_THRESHOLD: '2' })).toThrow(/SUPPRESSION_THRESHOLD/);
  });
});
