import { startTestHub, type TestHub } from './support/hub';

describe('identity handed from the gateway to the subgraphs', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('accepts a declared purpose of processing', async () => {
    const res = await hub.post({ query: '{ municipality(ags: "05566076") { ags } }' }, { authorization: `Bearer ${await hub.token()}`, 'x-purpose': 'COUNSELLING' });
    expect(res.status).toBe(200);
  });

  it('refuses an unknown purpose, naming the header', async () => {
    const res = await hub.post({ query: '{ municipality(ags: "05566076") { ags } }' }, { authorization: `Bearer ${await hub.token()}`, 'x-purpose': 'CURIOSITY' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The X-Purpose header must be one of COUNSELLING, REFERRAL, ENROLLMENT, REPORTING.', extensions: { code: 'BAD_USER_INPUT', field: 'X-Purpose' } }],
    });
  });
});
