import { caseManagerRheine, dataProtectionOfficer } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

describe('erasure (GDPR Art. 17) reaches every subgraph, even one that was down', () => {
  let hub: TestHub;
  let personId: string;
  let enrollmentsBefore: number;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    const [row] = await hub.subgraphs.offers.db.dataSource.query(
      'SELECT person_id FROM enrollment WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) ' +
        'DESC, person_id LIMIT 1',
    );
    personId = row.person_id;
    enrollmentsBefore = Number(
      (await hub.subgraphs.offers.db.dataSource.query('SELECT count(*) AS n FROM enrollment'))[0].n,
    );
  });

  afterAll(async () => {
    await hub?.close();
  });

  const linkedEnrollments = async () =>
    Number(
      (
        await hub.subgraphs.offers.db.dataSource.query('SELECT count(*) AS n FROM enrollment WHERE person_id = $1', [
          personId,
        ])
      )[0].n,
    );

  it('erases in persons at once and leaves the offers subgraph pending while it is down', async () => {
    expect(await linkedEnrollments()).toBeGreaterThan(0);
    await hub.stopSubgraph('offers');
    const res = await hub.query<{ erasePerson: { personId: string; pendingSubgraphs: string[]; complete: boolean } }>(
      'mutation($id: ID!) { erasePerson(personId: $id) { personId pendingSubgraphs complete } }',
      { id: personId },
      dataProtectionOfficer,
    );
    expect(res.body).toEqual({ data: { erasePerson: { personId, pendingSubgraphs: ['offers'], complete: false } } });
    expect(await hub.sweepErasures()).toEqual({ erased: 0, failed: 1 });
  });

  it('catches up when the subgraph returns', async () => {
    await hub.startSubgraph('offers');
    expect(await hub.sweepErasures()).toEqual({ erased: 1, failed: 0 });
    expect(await hub.sweepErasures()).toEqual({ erased: 0, failed: 0 });
    expect(await linkedEnrollments()).toBe(0);
    expect(Number((await hub.subgraphs.offers.db.dataSource.query('SELECT count(*) AS n FROM enrollment'))[0].n)).toBe(
      enrollmentsBefore,
    );
  });

  it('leaves nothing about the person in any subgraph, by id or through _entities', async () => {
    const persons = await hub.subgraphs.persons.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }',
      {
        r: [{ __typename: 'Person', id: personId }],
      },
    );
    expect(persons.data).toEqual({ _entities: [null] });
    // Asked as a case manager, the only role offers gives a person's whole course history to.
    const offers = await hub.subgraphs.offers.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrollments { id } } } }',
      { r: [{ __typename: 'Person', id: personId, enrollmentsVisibleToViewer: true }] },
      caseManagerRheine,
    );
    expect(offers.data).toEqual({ _entities: [{ enrollments: [] }] });
    const count = async (db: TestHub['subgraphs']['persons']) => {
      const tables: { table_name: string }[] = await db.db.dataSource.query(
        `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name ` +
          `IN ('person_id', 'id') AND table_name NOT IN ('audit_entry', 'erasure_request', ` +
          `'erasure_confirmation')`,
      );
      let found = 0;
      for (const { table_name } of tables) {
        const columns: { column_name: string }[] = await db.db.dataSource.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name ` +
            `= $1 AND column_name IN ('person_id', 'id')`,
          [table_name],
        );
        for (const { column_name } of columns) {
          found += Number(
            (
              await db.db.dataSource.query(
                `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text = $1`,
                [personId],
              )
            )[0].n,
          );
        }
      }
      return found;
    };
    for (const name of ['persons', 'offers', 'network', 'funding'] as const)
      expect(await count(hub.subgraphs[name])).toBe(0);
  });

  it('is idempotent, and the data protection officer can see the erasure in the audit trail', async () => {
    const again = await hub.query(
      'mutation($id: ID!) { erasePerson(personId: $id) { personId pendingSubgraphs complete } }',
      { id: personId },
      dataProtectionOfficer,
    );
    expect(again.body).toEqual({ data: { erasePerson: { personId, pendingSubgraphs: [], complete: true } } });
    const log = await hub.query<{
      dataSubject: { personsAccessLog: { action: string }[]; offersAccessLog: { action: string }[] };
    }>(
      'query($id: ID!) { dataSubject(personId: $id) { personsAccessLog { action subject } offersAccessLog { ' +
        'action subject } } }',
      { id: personId },
      dataProtectionOfficer,
    );
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data?.dataSubject.personsAccessLog.map((e) => e.action)).toContain('ERASE');
    expect(log.body.data?.dataSubject.offersAccessLog.map((e) => e.action)).toContain('ERASE');
  });
});
