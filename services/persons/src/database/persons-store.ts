import type { AuditAction, AuditEvent, RequestAudit } from '@gk/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ConsentRepository } from '../consent/consent.repository';
import { ErasureRepository } from '../erasure/erasure.repository';
import { FiguresRepository } from '../figures/figures.repository';
import { PersonEventRepository } from '../history/person-event.repository';
import { NeedRepository } from '../need/need.repository';
import { PersonRepository } from '../person/person.repository';
import { ReferralRepository } from '../referral/referral.repository';
import { SituationRepository } from '../situation/situation.repository';

function repositoriesOf(manager: EntityManager) {
  return {
    persons: new PersonRepository(manager),
    situation: new SituationRepository(manager),
    needs: new NeedRepository(manager),
    consents: new ConsentRepository(manager),
    referrals: new ReferralRepository(manager),
    events: new PersonEventRepository(manager),
    figures: new FiguresRepository(manager),
    erasures: new ErasureRepository(manager),
  };
}

/** Records audit entries of a write inside its transaction. */
export type AuditTrail = (events: readonly Omit<AuditEvent, 'action'>[], action?: AuditAction) => Promise<void>;

export type PersonsRepositories = ReturnType<typeof repositoriesOf>;

/** The repositories of the persons database, for reads, or bound to one transaction for a write. */
export class PersonsStore {
  readonly read: PersonsRepositories;

  constructor(private readonly dataSource: DataSource) {
    this.read = repositoriesOf(dataSource.manager);
  }

  /**
   * Runs a write in one transaction: everything it changes lands together or not at all, its audit
   * entries included (`trail` records them in the same transaction).
   */
  write<T>(
    audit: RequestAudit,
    work: (repositories: PersonsRepositories, trail: AuditTrail) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction((manager) =>
      work(repositoriesOf(manager), (events, action = 'WRITE') => audit.recordWrite(manager, events, action)),
    );
  }
}
