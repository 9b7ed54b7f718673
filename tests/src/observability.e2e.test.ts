import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AGS, caseManagerRheine, ORG, providerVhsRheine } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

const GIVEN_NAME = 'Tracy';
const FAMILY_NAME = 'Spanwieser';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: OtlpValue }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

/** A collector of our own: OTLP over HTTP with JSON bodies, as the services' exporter sends them. */
function startReceiver(): Promise<{ server: Server; endpoint: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const parsed = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: OtlpValue }[] };
            scopeSpans: { spans: OtlpSpan[] }[];
          }[];
        };
        for (const rs of parsed.resourceSpans) {
          const service = String(rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue);
          for (const ss of rs.scopeSpans) for (const span of ss.spans) spans.push({ ...span, service });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans }),
    ),
  );
}

/** Waits until the batch exporters delivered what `ready` looks for (they send every 500 ms). */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i += 1) await new Promise((r) => setTimeout(r, 100));
}

/** The value of one sample in Prometheus' text format, whatever the order of its labels. */
function sample(text: string, metric: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== metric) continue;
    const found = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(m[3]);
  }
  return undefined;
}

const attributeValues = (span: OtlpSpan) =>
  (span.attributes ?? []).map((a) =>
    String(a.value.stringValue ?? a.value.intValue ?? a.value.boolValue ?? a.value.doubleValue),
  );

describe('traces and metrics', () => {
  let hub: TestHub;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let personId: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    hub = await startTestHub({ loadDemoData: true, otlpEndpoint: receiver.endpoint });
    const registered = await hub.query<{ registerPerson: { person: { id: string } } }>(
      `mutation RegisterForTrace($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
      {
        input: {
          givenName: GIVEN_NAME,
          familyName: FAMILY_NAME,
          dateOfBirth: '2004-04-04',
          municipalityAgs: AGS.rheine,
          germanLevel: 'B1',
          residenceStatus: { status: 'GESTATTUNG', validFrom: '2022-01-01' },
          benefitRegime: { regime: 'ASYLBLG', validFrom: '2022-01-01' },
        },
      },
      caseManagerRheine,
    );
    expect(registered.body.errors).toBeUndefined();
    personId = registered.body.data!.registerPerson.person.id;
    // The registration's own gateway span first, so that the next one is the traced query's.
    await until(() => receiver.spans.some((s) => s.service === 'gateway'));
  });

  afterAll(async () => {
    await hub?.close();
    receiver?.server.close();
  });

  it(
    'follows one request through the gateway, the subgraphs and their SQL in one trace, with no personal data ' +
      'in any span',
    async () => {
      const spansBefore = receiver.spans.length;
      // A client's traceparent is not taken up: the trace starts at the gateway.
      const clientTraceId = '0af7651916cd43dd8448eb211c80319c';
      const res = await hub.post(
        {
          query: 'query PersonForTrace($id: ID!) { person(id: $id) { givenName familyName municipality { name } } }',
          variables: { id: personId },
        },
        {
          authorization: `Bearer ${await hub.token(caseManagerRheine)}`,
          traceparent: `00-${clientTraceId}-b7ad6b7169203331-01`,
        },
      );
      expect(await res.json()).toEqual({
        data: { person: { givenName: GIVEN_NAME, familyName: FAMILY_NAME, municipality: { name: 'Rheine' } } },
      });

      const gatewaySpan = () =>
        receiver.spans.slice(spansBefore).find((s) => s.service === 'gateway' && s.name === 'gateway POST /graphql');
      const traceOf = () => receiver.spans.filter((s) => s.traceId === gatewaySpan()?.traceId);
      await until(() =>
        ['persons', 'network'].every((service) =>
          traceOf().some((s) => s.service === service && s.name.startsWith('SQL')),
        ),
      );

      const trace = traceOf();
      expect(gatewaySpan()?.traceId).not.toBe(clientTraceId);
      expect(gatewaySpan()?.parentSpanId ?? '').toBe('');
      // gateway -> its fetch of each subgraph -> the subgraph's request -> that request's SQL
      const byId = new Map(trace.map((s) => [s.spanId, s]));
      const parentOf = (s: OtlpSpan) => byId.get(s.parentSpanId ?? '');
      for (const service of ['persons', 'network']) {
        const server = trace.find((s) => s.service === service && s.name === `${service} POST /graphql`);
        expect(server).toBeDefined();
        expect(parentOf(server!)).toMatchObject({ service: 'gateway', name: `fetch ${service}` });
        expect(parentOf(parentOf(server!)!)).toMatchObject({ service: 'gateway' });
        const sql = trace.filter((s) => s.service === service && s.name.startsWith('SQL'));
        expect(sql.length).toBeGreaterThan(0);
        // SQL text only: every literal written into it is blanked, and values travel as parameters.
        for (const s of sql) {
          const statement = s.attributes?.find((a) => a.key === 'db.statement')?.value.stringValue ?? '';
          expect(statement).not.toBe('');
          expect(statement.replace(/'\?'/g, '')).not.toMatch(/'/);
        }
        expect(
          sql.some((s) =>
            /^SELECT\b/.test(s.attributes?.find((a) => a.key === 'db.statement')?.value.stringValue ?? ''),
          ),
        ).toBe(true);
      }
      // No name and no id of the person anywhere: not in attributes, not in span names.
      const everything = receiver.spans.flatMap((s) => [s.name, ...attributeValues(s)]).join('\n');
      expect(everything).not.toContain(personId);
      expect(everything).not.toContain(GIVEN_NAME);
      expect(everything).not.toContain(FAMILY_NAME);
    },
  );

  it("carries an enrollment's trace from offers into persons, where offers asks for the person's facts", async () => {
    const created = await hub.query<{ createOffer: { id: string } }>(
      'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      {
        input: {
          title: 'Sprachkurs Spur',
          category: 'LANGUAGE_COURSE',
          targetOutcome: 'LANGUAGE_LEVEL',
          targetGermanLevel: 'B2',
          providerId: ORG.vhsRheine,
          municipalityAgs: AGS.rheine,
          startDate: '2026-09-01',
          endDate: '2027-06-30',
          seats: 5,
          eligibility: { minAge: 0, maxAge: 99 },
        },
      },
      providerVhsRheine,
    );
    const offerId = created.body.data!.createOffer.id;
    expect(
      (
        await hub.query(
          'mutation($id: ID!) { openOffer(input: { offerId: $id }) { status } }',
          { id: offerId },
          providerVhsRheine,
        )
      ).body.errors,
    ).toBeUndefined();
    const spansBefore = receiver.spans.length;
    const enrolled = await hub.query(
      'mutation EnrollForTrace($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { status } }',
      { input: { offerId, personId, enrolledOn: '2026-09-01' } },
      caseManagerRheine,
    );
    expect(enrolled.body).toEqual({ data: { enrollInOffer: { status: 'ENROLLED' } } });

    const offersFetch = () =>
      receiver.spans.slice(spansBefore).find((s) => s.service === 'offers' && s.name === 'fetch persons');
    await until(
      () =>
        !!offersFetch() &&
        receiver.spans.some((s) => s.service === 'persons' && s.parentSpanId === offersFetch()?.spanId),
    );
    const fetchSpan = offersFetch()!;
    const trace = receiver.spans.filter((s) => s.traceId === fetchSpan.traceId);
    expect(trace.find((s) => s.spanId === fetchSpan.parentSpanId)).toMatchObject({
      service: 'offers',
      name: 'offers POST /graphql',
    });
    expect(trace.find((s) => s.service === 'persons' && s.parentSpanId === fetchSpan.spanId)).toMatchObject({
      name: 'persons POST /graphql',
    });
    expect(trace.some((s) => s.service === 'gateway' && !s.parentSpanId)).toBe(true);
    expect(trace.flatMap((s) => [s.name, ...attributeValues(s)]).join('\n')).not.toContain(personId);
  });

  it('serves Prometheus metrics on the gateway and every subgraph, without personal data in any label', async () => {
    // An operation name carrying an id is counted as "other", never as itself.
    const idName = `Person_${personId.replace(/-/g, '_')}`;
    await hub.query(
      `query ${idName}($id: ID!) { person(id: $id) { familyName } }`,
      { id: personId },
      caseManagerRheine,
    );
    await hub.query('query Broken { noSuchField }', {}, caseManagerRheine);

    const gateway = await (await fetch(hub.url.replace(/\/graphql$/, '/metrics'))).text();
    const requests = (operation: string, code: string) =>
      sample(gateway, 'gk_graphql_requests_total', { service: 'gateway', operation, code });
    expect(requests('PersonForTrace', 'OK')).toBe(1);
    expect(requests('other', 'OK')).toBe(1);
    expect(requests('Broken', 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(
      sample(gateway, 'gk_graphql_request_duration_seconds_count', {
        service: 'gateway',
        operation: 'RegisterForTrace',
      }),
    ).toBe(1);
    // Refused before GraphQL: counted by path and status, the path a known route, not the client's.
    await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    await fetch(hub.url.replace(/\/graphql$/, `/person/${personId}`));
    const afterRefusals = await (await fetch(hub.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(
      sample(afterRefusals, 'gk_http_responses_total', { service: 'gateway', path: '/graphql', status: '401' }),
    ).toBe(1);
    expect(sample(afterRefusals, 'gk_http_responses_total', { service: 'gateway', path: 'other', status: '404' })).toBe(
      1,
    );
    expect(afterRefusals).not.toContain(personId);
    expect(
      sample(gateway, 'gk_subgraph_fetch_duration_seconds_count', {
        service: 'gateway',
        subgraph: 'persons',
        outcome: '2xx',
      }),
    ).toBeGreaterThan(0);

    const persons = await (await fetch(hub.subgraphs.persons.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(sample(persons, 'gk_graphql_requests_total', { service: 'persons', code: 'OK' })).toBeGreaterThan(0);
    expect(sample(persons, 'gk_db_pool_connections', { service: 'persons', state: 'max' })).toBe(10);
    expect(sample(persons, 'gk_db_pool_connections', { service: 'persons', state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(persons, 'gk_db_pool_connections', { service: 'persons', state: 'waiting' })).toBe(0);

    for (const text of [gateway, persons]) {
      expect(text).not.toContain(personId);
      expect(text).not.toContain(personId.replace(/-/g, '_'));
      expect(text).not.toContain(FAMILY_NAME);
    }
  });
});
