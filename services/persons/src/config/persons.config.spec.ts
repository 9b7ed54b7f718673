import { loadPersonsConfig, parseErasurePeers } from './persons.config';

describe('persons settings', () => {
  it('reads the erasure peers as a list, offers by default', () => {
    expect(parseErasurePeers(' offers, funding ,,offers ')).toEqual(['offers', 'funding']);
    expect(loadPersonsConfig({}).erasurePeers).toEqual(['offers']);
    expect(loadPersonsConfig({ ERASURE_PEERS: 'offers,network' }).erasurePeers).toEqual(['offers', 'network']);
  });
});
