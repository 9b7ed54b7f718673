import { DataSource } from 'typeorm';
import {
  AUDIT_TRAIL_DOWN,
  AUDIT_TRAIL_PER_REQUEST_DOWN,
  AUDIT_TRAIL_PER_REQUEST_UP,
  AUDIT_TRAIL_UP,
  auditEntriesForPersons,
  RequestAudit,
} from '../src/audit';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

describe('the audit trail', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const identity = {
    subject: 'cm-1',
    organizationId: '6f1d2c0e-4b7a-4d7e-9a53-2d8c1b0f5e11',
    roles: ['CASE_MANAGER' as const],
    ags: ['05566076'],
  };

  beforeAll(async () => {
    database = await createTestDatabase('audit');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    for (const sql of [...AUDIT_TRAIL_UP, ...AUDIT_TRAIL_PER_REQUEST_UP]) await dataSource.query(sql);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('merges the fields read per person, and writes persons with the same fields as one entry', async () => {
    const audit = new RequestAudit(identity, 'req-1');
    audit.operationName = 'OpenPerson';
    audit.read({ entity: 'Person', personRef: 'p-1', fields: ['givenName'], purpose: 'COUNSELLING' });
    audit.read({ entity: 'Person', personRef: 'p-1', fields: ['familyName', 'givenName'], purpose: 'COUNSELLING' });
    audit.readField('Person', 'p-2', 'dateOfBirth', 'COUNSELLING');
    audit.readField('Person', 'p-4', 'dateOfBirth', 'COUNSELLING');
    expect(audit.pendingReads).toBe(3);
    await audit.flush(dataSource);
    const rows = await dataSource.query(
      `SELECT subject, organization_id, roles, purpose, action, entity, person_refs, fields, ` +
        `operation_name, request_id FROM audit_entry ORDER BY id`,
    );
    const entry = { subject: 'cm-1', organization_id: identity.organizationId, roles: ['CASE_MANAGER'] };
    const rest = { purpose: 'COUNSELLING', action: 'READ', entity: 'Person', operation_name: 'OpenPerson' };
    expect(rows).toEqual([
      { ...entry, ...rest, person_refs: ['p-1'], fields: ['familyName', 'givenName'], request_id: 'req-1' },
      { ...entry, ...rest, person_refs: ['p-2', 'p-4'], fields: ['dateOfBirth'], request_id: 'req-1' },
    ]);
    // What the data protection officer sees per person: the shared entry belongs to each of its persons.
    const [p1, p2, p4, nobody] = await auditEntriesForPersons(dataSource, ['p-1', 'p-2', 'p-4', 'p-9']);
    expect(p1.map((e) => e.fields)).toEqual([['familyName', 'givenName']]);
    expect(p2.map((e) => e.fields)).toEqual([['dateOfBirth']]);
    expect(p4.map((e) => e.fields)).toEqual([['dateOfBirth']]);
    expect(nobody).toEqual([]);
    expect(audit.pendingReads).toBe(0);
  });

  it('records writes inside the transaction that makes them, and loses them with it', async () => {
    const audit = new RequestAudit(identity, 'req-2');
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.recordWrite(manager, [{ entity: 'Person', personRef: 'p-3', fields: ['familyName'] }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await dataSource.transaction((manager) =>
      audit.recordWrite(manager, [{ entity: 'Person', personRef: 'p-3', fields: ['givenName'] }]),
    );
    expect(await dataSource.query(`SELECT action, fields FROM audit_entry WHERE person_refs && '{p-3}'`)).toEqual([
      { action: 'WRITE', fields: ['givenName'] },
    ]);
  });

  it.each([
    ['update', `UPDATE audit_entry SET subject = 'someone else'`],
    ['delete', `DELETE FROM audit_entry`],
    ['truncate', `TRUNCATE audit_entry`],
  ])('refuses to %s entries, even for the service', async (_label, sql) => {
    await expect(dataSource.query(sql)).rejects.toThrow('audit entries are append-only');
    expect(Number((await dataSource.query('SELECT count(*) AS n FROM audit_entry'))[0].n)).toBe(3);
  });
});

describe('the audit trail migration to one entry per request', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('audit-per-request');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    for (const sql of AUDIT_TRAIL_UP) await dataSource.query(sql);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const all = () => dataSource.query('SELECT to_jsonb(a) AS row FROM audit_entry a ORDER BY id');

  it('keeps every entry written before it, and down splits shared entries into one per person', async () => {
    const values = `'cm-1', '{CASE_MANAGER}', 'COUNSELLING', 'READ', 'Person', '{givenName}', 'Op', 'req-0'`;
    await dataSource.query(
      `INSERT INTO audit_entry (subject, roles, purpose, action, entity, fields, operation_name, request_id,
         person_ref) VALUES (${values}, 'p-1'), (${values}, 'p-2')`,
    );
    for (const sql of AUDIT_TRAIL_PER_REQUEST_UP) await dataSource.query(sql);
    const migrated = await all();
    expect(migrated.map((r: { row: { person_refs: string[] } }) => r.row.person_refs)).toEqual([['p-1'], ['p-2']]);
    expect(migrated.every((r: { row: object }) => !('person_ref' in r.row))).toBe(true);
    await expect(dataSource.query(`UPDATE audit_entry SET subject = 'x'`)).rejects.toThrow('append-only');
    await expect(
      dataSource.query(
        `INSERT INTO audit_entry (subject, roles, action, entity, fields, person_refs)
         VALUES ('cm-1', '{}', 'READ', 'Person', '{}', '{}')`,
      ),
    ).rejects.toThrow('audit_entry_person_refs_check');

    const audit = new RequestAudit({ subject: 'cm-2', organizationId: null, roles: ['PROVIDER'], ags: [] }, 'req-1');
    for (const p of ['p-3', 'p-4']) audit.readField('Enrollment', p, 'status');
    await audit.flush(dataSource);

    for (const sql of AUDIT_TRAIL_PER_REQUEST_DOWN) await dataSource.query(sql);
    const back = await dataSource.query(
      'SELECT subject, entity, person_ref, fields, request_id FROM audit_entry ORDER BY id',
    );
    expect(back).toEqual([
      { subject: 'cm-1', entity: 'Person', person_ref: 'p-1', fields: ['givenName'], request_id: 'req-0' },
      { subject: 'cm-1', entity: 'Person', person_ref: 'p-2', fields: ['givenName'], request_id: 'req-0' },
      { subject: 'cm-2', entity: 'Enrollment', person_ref: 'p-3', fields: ['status'], request_id: 'req-1' },
      { subject: 'cm-2', entity: 'Enrollment', person_ref: 'p-4', fields: ['status'], request_id: 'req-1' },
    ]);
    await expect(dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow('append-only');
    for (const sql of AUDIT_TRAIL_DOWN) await dataSource.query(sql);
  });
});
