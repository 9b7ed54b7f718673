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
    const res = await hub.post(
      { query: '{ municipality(ags: "05566076") { ags } }' },
      { authorization: `Bearer ${await hub.token()}`, 'x-purpose': 'COUNSELLING' },
    );
    expect(res.status).toBe(200);
  });

  it('refuses an unknown purpose, naming the header', async () => {
    const res = await hub.post(
      { query: '{ municipality(ags: "05566076") { ags } }' },
      { authorization: `Bearer ${await hub.token()}`, 'x-purpose': 'CURIOSITY' },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The X-Purpose header must be one of COUNSELLING, REFERRAL, ENROLLMENT, REPORTING.',
          extensions: { code: 'BAD_USER_INPUT', field: 'X-Purpose' },
        },
      ],
    });
  });

  it(
    "answers a syntax error of a signed-in user as the client's mistake (400), and an anonymous request " +
      'before any parsing (401)',
    async () => {
      // The README's curl with a broken query: the GraphQL-over-HTTP spec's 400, not a 500.
      const broken = await hub.post({ query: '{' }, { authorization: `Bearer ${await hub.token()}` });
      expect(broken.status).toBe(400);
      expect(await broken.json()).toEqual({
        errors: [
          {
            message: 'Syntax Error: Expected Name, found <EOF>.',
            locations: [{ line: 1, column: 2 }],
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          },
        ],
      });
      // Without a token nothing is parsed or kept: anonymous clients cannot fill the gateway's stores.
      const anonymous = await hub.post({ query: '{' });
      expect(anonymous.status).toBe(401);
    },
  );
});
