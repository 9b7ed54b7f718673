import DataLoader from 'dataloader';
import { ForbiddenError, NotFoundError, actorOf, auditEntriesForPersons, isSystem, requireRole, type DataAccessRecord, type Identity, type RequestAudit } from '@gk/shared';
import type { DataSource } from 'typeorm';
import type { PersonsStore } from '../database/persons-store';
import type { PersonErasureRequest } from './erasure-request.entity';
import type { PendingPersonErasure, PersonErasure } from './erasure.types';

/** What an erasure removes from the persons database, as named in its ERASE audit entry. */
const ERASED_FIELDS = ['person', 'residenceStatusHistory', 'benefitRegimeHistory', 'needs', 'consents', 'referrals', 'history'];

function asErasure(request: PersonErasureRequest): PersonErasure {
  return { personId: request.personId, requestedAt: request.requestedAt, pendingSubgraphs: request.pendingSubgraphs, complete: request.pendingSubgraphs.length === 0 };
}

/** Erasure (GDPR Art. 17) and the access log (Art. 15), for the data protection officer and the gateway's sweeper. */
export class ErasureService {
  /** One statement for all the persons a request asks about. */
  private readonly logs: DataLoader<string, DataAccessRecord[]>;

  constructor(
    private readonly store: PersonsStore,
    dataSource: DataSource,
    private readonly identity: Identity,
    private readonly peers: readonly string[],
  ) {
    this.logs = new DataLoader((personIds) => auditEntriesForPersons(dataSource, personIds));
  }

  requireDataProtectionOfficer(action: string): void {
    requireRole(this.identity, ['DATA_PROTECTION_OFFICER'], action);
  }

  /**
   * Deletes everything the persons subgraph holds about the person in one transaction and records
   * the request, which the gateway carries to the peers. Asking again returns the first request.
   */
  async erase(personId: string, audit: RequestAudit): Promise<PersonErasure> {
    this.requireDataProtectionOfficer('erasePerson');
    const request = await this.store.write(audit, async (repos, trail) => {
      await repos.erasures.lock(personId);
      const earlier = await repos.erasures.find(personId);
      if (earlier) return earlier;
      if (!(await repos.erasures.deletePersonData(personId))) throw new NotFoundError('person');
      await repos.erasures.insert(personId, this.peers, actorOf(this.identity));
      await trail([{ entity: 'Person', personRef: personId, fields: ERASED_FIELDS }], 'ERASE');
      return repos.erasures.find(personId);
    });
    if (!request) throw new NotFoundError('person');
    return asErasure(request);
  }

  async erasureOf(personId: string): Promise<PersonErasure | null> {
    this.requireDataProtectionOfficer('DataSubject.erasure');
    const request = await this.store.read.erasures.find(personId);
    return request ? asErasure(request) : null;
  }

  accessLog(personId: string): Promise<DataAccessRecord[]> {
    this.requireDataProtectionOfficer('personsAccessLog');
    return this.logs.load(personId);
  }

  async pending(): Promise<PendingPersonErasure[]> {
    this.requireSystem('_pendingErasures');
    return (await this.store.read.erasures.pending()).map((r) => ({ personId: r.personId, pendingSubgraphs: r.pendingSubgraphs }));
  }

  async confirm(personId: string, subgraph: string): Promise<boolean> {
    this.requireSystem('_confirmErasure');
    return this.store.read.erasures.confirm(personId, subgraph);
  }

  private requireSystem(action: string): void {
    if (!isSystem(this.identity)) throw new ForbiddenError(`${action} is reserved for the gateway.`);
  }
}
