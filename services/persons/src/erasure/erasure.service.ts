import { NotFoundError, type DataAccessRecord } from '@gk/shared';
import type { PersonsServiceDeps } from '../persons.context';
import type { PersonErasureRequest } from './erasure-request.entity';
import type { PendingPersonErasure, PersonErasure } from './erasure.types';

/**
 * How long a sweep's claim lasts. The gateway starts no call for a claimed erasure later than half of
 * it after claiming, and each call is bounded by 10 s, so a claim never runs out under a live sweep.
 */
export const ERASURE_CLAIM_SECONDS = 60;

/** Most erasures one sweep claims, so that one gateway does not take every erasure at once. */
const ERASURE_CLAIM_BATCH = 100;

/** What an erasure removes from the persons database, as named in its ERASE audit entry. */
const ERASED_FIELDS = [
  'person',
  'residenceStatusHistory',
  'benefitRegimeHistory',
  'needs',
  'consents',
  'referrals',
  'history',
];

function asErasure(request: PersonErasureRequest): PersonErasure {
  return {
    personId: request.personId,
    requestedAt: request.createdAt,
    pendingSubgraphs: request.pendingSubgraphs,
    complete: request.pendingSubgraphs.length === 0,
  };
}

/** Erasure (GDPR Art. 17) and the access log (Art. 15), for the data protection officer and the gateway's sweeper. */
export class ErasureService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  requireDataProtectionOfficer(action: string): void {
    this.deps.access.requireRole(['DATA_PROTECTION_OFFICER'], action);
  }

  /**
   * Deletes everything the persons subgraph holds about the person in one transaction and records
   * the request, which the gateway carries to the peers. Asking again returns the first request.
   */
  async erase(personId: string): Promise<PersonErasure> {
    this.requireDataProtectionOfficer('erasePerson');
    const request = await this.deps.store.write(async (repos, trail) => {
      await repos.erasures.lock(personId);
      const earlier = await repos.erasures.find(personId);
      if (earlier) return earlier;
      if (!(await repos.erasures.deletePersonData(personId))) throw new NotFoundError('person');
      await repos.erasures.insert(personId, this.deps.erasurePeers, this.deps.actor);
      await trail([{ entity: 'Person', personRef: personId, fields: ERASED_FIELDS }], 'ERASE');
      return repos.erasures.find(personId);
    });
    if (!request) throw new NotFoundError('person');
    return asErasure(request);
  }

  async erasureOf(personId: string): Promise<PersonErasure | null> {
    this.requireDataProtectionOfficer('DataSubject.erasure');
    const request = await this.deps.store.read.erasures.find(personId);
    return request ? asErasure(request) : null;
  }

  accessLog(personId: string): Promise<DataAccessRecord[]> {
    this.requireDataProtectionOfficer('personsAccessLog');
    return this.deps.loaders.accessLog.load(personId);
  }

  /**
   * The pending erasures for one sweep. With a claim id (what gateways send) they are claimed for
   * ERASURE_CLAIM_SECONDS, so another gateway's sweep skips them: two gateways never carry the same
   * erasure at once. Without one (an older gateway) they are listed unclaimed, as before.
   */
  async pending(claimId: string | undefined): Promise<PendingPersonErasure[]> {
    this.deps.access.requireSystem('_pendingErasures');
    if (claimId) return this.deps.store.read.erasures.claim(claimId, ERASURE_CLAIM_SECONDS, ERASURE_CLAIM_BATCH);
    return (await this.deps.store.read.erasures.pending()).map((r) => ({
      personId: r.personId,
      pendingSubgraphs: r.pendingSubgraphs,
    }));
  }

  async release(claimId: string): Promise<number> {
    this.deps.access.requireSystem('_releaseErasures');
    return this.deps.store.read.erasures.release(claimId);
  }

  async confirm(personId: string, subgraph: string): Promise<boolean> {
    this.deps.access.requireSystem('_confirmErasure');
    return this.deps.store.read.erasures.confirm(personId, subgraph, this.deps.actor);
  }
}
