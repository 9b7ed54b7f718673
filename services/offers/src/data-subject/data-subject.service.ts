import type { DataAccessRecord } from '@gk/shared';
import type { OffersServiceDeps } from '../offers.context';

/**
 * Answers a data protection officer's question "who saw or changed this person's enrollment data"
 * (GDPR Art. 15).
 */
export class DataSubjectService {
  constructor(private readonly deps: OffersServiceDeps) {}

  /** One statement for all the persons a request asks about. */
  accessLog(personId: string): Promise<DataAccessRecord[]> {
    this.deps.access.requireRole(['DATA_PROTECTION_OFFICER'], 'DataSubject.offersAccessLog');
    return this.deps.loaders.accessLogs.load(personId);
  }
}
