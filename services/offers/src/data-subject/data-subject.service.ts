import DataLoader from 'dataloader';
import { auditEntriesForPersons, requireRole, type DataAccessRecord, type Identity } from '@gk/shared';
import type { DataSource } from 'typeorm';

/** Answers a data protection officer's question "who saw or changed this person's enrollment data" (GDPR Art. 15). */
export class DataSubjectService {
  /** One statement for all the persons a request asks about. */
  private readonly logs: DataLoader<string, DataAccessRecord[]>;

  constructor(
    private readonly identity: Identity,
    dataSource: DataSource,
  ) {
    this.logs = new DataLoader((personIds) => auditEntriesForPersons(dataSource, personIds));
  }

  accessLog(personId: string): Promise<DataAccessRecord[]> {
    requireRole(this.identity, ['DATA_PROTECTION_OFFICER'], 'DataSubject.offersAccessLog');
    return this.logs.load(personId);
  }
}
