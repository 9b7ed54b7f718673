import { type EntityManager, In } from 'typeorm';
import { CoreGroupMembership } from './core-group-membership.entity';

export type NewMembership = Omit<CoreGroupMembership, 'createdAt' | 'updatedAt'>;
export type MembershipChanges = Partial<
  Omit<
    CoreGroupMembership,
    'id' | 'allianceId' | 'organizationId' | 'createdAt' | 'createdBy' | 'createdByOrg' | 'updatedAt'
  >
>;

/** The only place that reads and writes core-group memberships. */
export class CoreGroupRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(CoreGroupMembership);
  }

  findByAlliances(allianceIds: readonly string[]): Promise<CoreGroupMembership[]> {
    return this.repo.find({
      where: { allianceId: In([...allianceIds]) },
      order: { validFrom: 'ASC', representativeName: 'ASC', id: 'ASC' },
    });
  }

  findForUpdate(id: string): Promise<CoreGroupMembership | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(membership: NewMembership): Promise<CoreGroupMembership> {
    await this.repo.insert(membership);
    return this.repo.findOneByOrFail({ id: membership.id });
  }

  async update(id: string, changes: MembershipChanges): Promise<CoreGroupMembership> {
    await this.repo.update({ id }, changes);
    return this.repo.findOneByOrFail({ id });
  }
}
