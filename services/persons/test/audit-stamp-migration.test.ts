import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@gk/shared/testing';
import { DataSource } from 'typeorm';
import { personsMigrations } from '../src/migrations';
import { PersonsAuditStamp1764500000000 } from '../src/migrations/1764500000000-persons-audit-stamp';

/** Rows written before the stamp keep who wrote and changed them, and `down` gives the old columns back. */
describe('persons migration: the audit stamp', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const ORG = randomUUID();
  const OTHER = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase('persons-stamp');
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: personsMigrations.filter((m) => m !== PersonsAuditStamp1764500000000),
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('renames, fills and reverses the stamp columns without losing a value', async () => {
    const person = randomUUID();
    const consent = randomUUID();
    const referral = randomUUID();
    const q = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);
    await q(
      `INSERT INTO person (id, given_name, family_name, date_of_birth, municipality_ags, case_managing_organization_id,
         created_by_subject, created_by_organization_id, updated_by_subject, updated_by_organization_id)
       VALUES ($1, 'Alt', 'Bestand', '2001-01-01', '05566076', $2, 'cm-1', $3, 'cm-2', $3)`,
      [person, ORG, ORG],
    );
    await q(
      `INSERT INTO consent (id, person_id, organization_id, purposes, legal_basis, evidence_reference, notice_version,
         granted_at, granted_by_subject, granted_by_organization_id, revoked_at, revoked_by_subject,
         revoked_by_organization_id)
       VALUES ($1, $2, $3, '{COUNSELLING}', 'CONSENT', 'Akte 1', 'DS-1', '2024-01-01T10:00:00Z', 'cm-1', $4,
         '2024-06-01T10:00:00Z', 'cm-3', $4)`,
      [consent, person, OTHER, ORG],
    );
    await q(
      `INSERT INTO referral (id, person_id, from_organization_id, to_organization_id, consent_id, purpose, status,
         requested_at, requested_by_subject, requested_by_organization_id,
         answered_at, answered_by_subject, answered_by_organization_id)
       VALUES ($1, $2, $3, $4, $7, 'COUNSELLING', 'ACCEPTED', '2024-02-01T10:00:00Z', 'cm-1', $5,
         '2024-02-03T10:00:00Z', 'jmd-1', $6)`,
      [referral, person, ORG, OTHER, ORG, OTHER, consent],
    );
    await q(
      `INSERT INTO person_event (person_id, kind, actor_subject, actor_organization_id)
       VALUES ($1, 'REGISTERED', 'cm-1', $2)`,
      [person, ORG],
    );

    const runner = dataSource.createQueryRunner();
    const migration = new PersonsAuditStamp1764500000000();
    try {
      await migration.up(runner);
      expect(await q('SELECT created_by, created_by_org, updated_by, updated_by_org FROM person')).toEqual([
        { created_by: 'cm-1', created_by_org: ORG, updated_by: 'cm-2', updated_by_org: ORG },
      ]);
      // A revoked consent was last changed by its revocation, an answered referral by its answer.
      expect(await q('SELECT created_by, updated_by, updated_at > created_at AS later FROM consent')).toEqual([
        { created_by: 'cm-1', updated_by: 'cm-3', later: true },
      ]);
      expect(await q('SELECT created_by, created_by_org, updated_by, updated_by_org FROM referral')).toEqual([
        { created_by: 'cm-1', created_by_org: ORG, updated_by: 'jmd-1', updated_by_org: OTHER },
      ]);
      expect(await q('SELECT created_by, updated_by, updated_at = created_at AS same FROM person_event')).toEqual([
        { created_by: 'cm-1', updated_by: 'cm-1', same: true },
      ]);

      await migration.down(runner);
      expect(
        await q('SELECT created_by_subject, created_by_organization_id, updated_by_organization_id FROM person'),
      ).toEqual([{ created_by_subject: 'cm-1', created_by_organization_id: ORG, updated_by_organization_id: ORG }]);
      expect(await q('SELECT granted_by_subject, granted_by_organization_id FROM consent')).toEqual([
        { granted_by_subject: 'cm-1', granted_by_organization_id: ORG },
      ]);
      expect(await q('SELECT actor_subject FROM person_event')).toEqual([{ actor_subject: 'cm-1' }]);
    } finally {
      await runner.release();
    }
  });
});
