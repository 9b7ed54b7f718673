import { auditEntriesFor, requireRole, type DataAccessRecord, type Identity } from '@gk/shared';
import type { DataSource } from 'typeorm';

/** Answers a data protection officer's question "who saw or changed this person's enrollment data" (GDPR Art. 15). */
export class DataSubjectService {
  constructor(
    private readonly identity: Identity,
    private readonly dataSource: DataSource,
  ) {}

  accessLog(personId: string): Promise<DataAccessRecord[]> {
    requireRole(this.identity, ['DATA_PROTECTION_OFFICER'], 'DataSubject.offersAccessLog');
    return auditEntriesFor(this.dataSource, personId);
  }
}
