import { startTestHub, type TestHub } from './support/hub';

/**
 * The gateway's readiness says whether this gateway can take requests, not whether every subgraph
 * is up: a subgraph down (or one replica of it draining behind the balancer) is the same for every
 * gateway, and taking them all out of rotation would turn partial answers into none.
 */
describe('gateway readiness with a subgraph down', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('stays ready (200) and names the missing subgraph, while queries answer what the others serve', async () => {
    await hub.stopSubgraph('funding');
    const ready = await fetch(hub.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'degraded',
      service: 'gateway',
      subgraphs: { persons: 'ready', offers: 'ready', network: 'ready', funding: 'unreachable' },
    });
    const res = await hub.query<{ municipality: { ags: string } | null }>('{ municipality(ags: "05566076") { ags } }');
    expect(res.body.data).toEqual({ municipality: { ags: '05566076' } });
    await hub.startSubgraph('funding');
    expect(await (await fetch(hub.url.replace(/\/graphql$/, '/ready'))).json()).toMatchObject({ status: 'ready' });
  });
});
