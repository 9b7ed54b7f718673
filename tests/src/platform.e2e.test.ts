import { SignJWT } from 'jose';
import { signGatewayToken } from '@gk/shared';
import { admin, caseManagerRheine, demoOfferId, financeRheine, ORG } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

describe('the hub end to end: four subgraphs behind the gateway over HTTP', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('answers one query that spans all four subgraphs through entity references', async () => {
    const res = await hub.query<{ offer: unknown }>(
      `query Span($id: ID!) {
        offer(id: $id) {
          title
          provider { name kind municipality { name parent { name } } }
          municipality { ags name }
          funding { allocated }
        }
      }`,
      { id: demoOfferId('rheine-fachoberschulreife-abend') },
      // An offer's funding is for providers, finance and core group, who act on money; administrators run the hub.
      financeRheine,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        offer: {
          title: 'Fachoberschulreife im Abendkurs',
          provider: {
            name: 'Volkshochschule Rheine',
            kind: 'ADULT_EDUCATION',
            municipality: { name: 'Rheine', parent: { name: 'Kreis Steinfurt' } },
          },
          municipality: { ags: '05566076', name: 'Rheine' },
          funding: { allocated: '39000.00' },
        },
      },
    });
  });

  it('follows a person from the persons subgraph into offers and network', async () => {
    const [{ person_id: personId }] = await hub.subgraphs.offers.db.dataSource.query(
      `SELECT e.person_id FROM enrollment e JOIN offer o ON o.id = e.offer_id WHERE o.municipality_ags = ` +
        `'05566076' AND e.person_id IS NOT NULL GROUP BY e.person_id ORDER BY count(*) DESC, e.person_id ` +
        `LIMIT 1`,
    );
    const stored: { id: string; title: string }[] = await hub.subgraphs.offers.db.dataSource.query(
      'SELECT e.id, o.title FROM enrollment e JOIN offer o ON o.id = e.offer_id WHERE e.person_id = $1',
      [personId],
    );
    expect(stored.length).toBeGreaterThan(1);
    const res = await hub.query<{ person: { enrollments: { id: string; offer: { title: string } }[] } }>(
      `query($id: ID!) { person(id: $id) { id municipality { ags name } caseManagingOrganization { id name ` +
        `} enrollments { id offer { title } } } }`,
      { id: personId },
      // A case manager of the managing organisation: the one who may see the person and their enrollments.
      caseManagerRheine,
    );
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(res.body).toEqual({
      data: {
        person: {
          id: personId,
          municipality: { ags: '05566076', name: 'Rheine' },
          caseManagingOrganization: { id: ORG.kimRheine, name: 'Teilhabemanagement Stadt Rheine' },
          enrollments: expect.any(Array),
        },
      },
    });
    expect([...(res.body.data?.person.enrollments ?? [])].sort(byId)).toEqual(
      stored.map((e) => ({ id: e.id, offer: { title: e.title } })).sort(byId),
    );
  });

  it('refuses a request without a token with 401 and says how to get one', async () => {
    const res = await hub.post({ query: '{ municipality(ags: "05566076") { name } }' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      errors: [
        {
          message:
            'Send "Authorization: Bearer <token>". Get a development token with "npm run token -- --role ' +
            'CASE_MANAGER".',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('refuses a forged token', async () => {
    const token = await hub.token();
    const [header, payload] = token.split('.');
    const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['ADMIN', 'CASE_MANAGER'] };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${token.split('.')[2]}`;
    const res = await hub.post(
      { query: '{ municipality(ags: "05566076") { name } }' },
      { authorization: `Bearer ${forged}` },
    );
    expect(res.status).toBe(401);
  });

  it.each([
    ['expired', { expiresAt: Math.floor(Date.now() / 1000) - 60 }],
    ['meant for another audience', { audience: 'another-hub' }],
    ['from another issuer', { issuer: 'someone-else' }],
  ])('refuses a user token that is %s', async (_label, options) => {
    const token = await hub.signWithIssuerKey({ roles: ['ADMIN'] }, options);
    const res = await hub.post(
      { query: '{ municipality(ags: "05566076") { name } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The token is invalid, expired, or not meant for this hub.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('refuses a token without a known role', async () => {
    const res = await hub.post(
      { query: '{ municipality(ags: "05566076") { name } }' },
      { authorization: `Bearer ${await hub.signWithIssuerKey({ roles: ['SUPERUSER'] }, {})}` },
    );
    expect(res.status).toBe(401);
  });

  it('refuses a gateway token meant for another subgraph, or expired, at the subgraph', async () => {
    const persons = hub.subgraphs.persons;
    const send = async (token: string) =>
      (
        await fetch(persons.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        })
      ).status;
    expect(await send(await signGatewayToken(persons.keys.privateKey, admin, 'persons'))).toBe(200);
    expect(await send(await signGatewayToken(persons.keys.privateKey, admin, 'offers'))).toBe(401);
    const expired = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('gk-gateway')
      .setAudience('persons')
      .setSubject(admin.subject)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(persons.keys.privateKey);
    expect(await send(expired)).toBe(401);
  });

  it('refuses direct subgraph access without a gateway token, the _service and _entities fields included', async () => {
    for (const subgraph of Object.values(hub.subgraphs)) {
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "Municipality", ags: "05566076" }]) { __typename } }',
      ]) {
        const res = await fetch(subgraph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(res.status).toBe(401);
      }
    }
  });

  it('refuses a client token sent straight to a subgraph', async () => {
    const res = await fetch(hub.subgraphs.persons.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token()}` },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(res.status).toBe(401);
  });

  it('reports health and readiness of the gateway', async () => {
    const base = hub.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: { persons: 'ready', offers: 'ready', network: 'ready', funding: 'ready' },
    });
  });
});
