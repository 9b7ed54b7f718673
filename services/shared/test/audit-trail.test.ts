import { DataSource } from 'typeorm';
import { AUDIT_TRAIL_UP, RequestAudit } from '../src/audit';
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
    for (const sql of AUDIT_TRAIL_UP) await dataSource.query(sql);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes one entry per person, entity and purpose, merging the fields read in one request', async () => {
    const audit = new RequestAudit(identity, 'req-1');
    audit.operationName = 'OpenPerson';
    audit.read({ entity: 'Person', personRef: 'p-1', fields: ['givenName'], purpose: 'COUNSELLING' });
    audit.read({ entity: 'Person', personRef: 'p-1', fields: ['familyName', 'givenName'], purpose: 'COUNSELLING' });
    audit.read({ entity: 'Person', personRef: 'p-2', fields: ['dateOfBirth'], purpose: 'COUNSELLING' });
    await audit.flush(dataSource);
    const rows = await dataSource.query(
      `SELECT subject, organization_id, roles, purpose, action, entity, person_ref, fields, ` +
        `operation_name, request_id FROM audit_entry ORDER BY person_ref`,
    );
    expect(rows).toEqual([
      {
        subject: 'cm-1',
        organization_id: identity.organizationId,
        roles: ['CASE_MANAGER'],
        purpose: 'COUNSELLING',
        action: 'READ',
        entity: 'Person',
        person_ref: 'p-1',
        fields: ['familyName', 'givenName'],
        operation_name: 'OpenPerson',
        request_id: 'req-1',
      },
      {
        subject: 'cm-1',
        organization_id: identity.organizationId,
        roles: ['CASE_MANAGER'],
        purpose: 'COUNSELLING',
        action: 'READ',
        entity: 'Person',
        person_ref: 'p-2',
        fields: ['dateOfBirth'],
        operation_name: 'OpenPerson',
        request_id: 'req-1',
      },
    ]);
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
    expect(await dataSource.query(`SELECT action, fields FROM audit_entry WHERE person_ref = 'p-3'`)).toEqual([
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
