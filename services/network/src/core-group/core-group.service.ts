import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError, refuseNulls } from '@gk/shared';
import { createdBy, updatedBy } from '../common/actor';
import { requireOrganizations } from '../common/references';
import type { ServiceDeps } from '../common/service-deps';
import { violatedConstraint } from '../database/constraint-error';
import type { NetworkRepositories } from '../database/network-store';
import { isActiveOn, type CoreGroupMembership } from './core-group-membership.entity';
import type { AddCoreGroupMemberInput, ChangeCoreGroupMemberInput, EndCoreGroupMemberInput } from './core-group.input';

export const CORE_GROUP_OVERLAP = 'CORE_GROUP_OVERLAP';
export const MEMBERSHIP_ALREADY_ENDED = 'MEMBERSHIP_ALREADY_ENDED';

const OVERLAP_MESSAGE = 'The organisation already holds a seat in this core group during this period.';

export class CoreGroupService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The core group of an alliance; only the seats in force on `activeOn` when it is given. */
  async forAlliance(allianceId: string, activeOn: string | null | undefined): Promise<CoreGroupMembership[]> {
    const all = await this.deps.loaders.coreGroup.byAlliance.load(allianceId);
    return activeOn ? all.filter((m) => isActiveOn(m, activeOn)) : all;
  }

  add(input: AddCoreGroupMemberInput): Promise<CoreGroupMembership> {
    this.deps.access.requireAllianceWriter();
    if (input.validUntil && input.validUntil < input.validFrom)
      throw new BadUserInputError('input.validUntil', 'must not be before validFrom');
    return this.written(input.allianceId, async (repositories) => {
      const alliance = await repositories.alliances.findForUpdate(input.allianceId);
      if (!alliance) throw new NotFoundError('Alliance');
      this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
      await requireOrganizations(repositories, [input.organizationId], 'input.organizationId');
      return repositories.coreGroup.insert({
        id: randomUUID(),
        allianceId: input.allianceId,
        organizationId: input.organizationId,
        representativeName: input.representativeName.trim(),
        representativeRole: input.representativeRole.trim(),
        area: input.area,
        decisionAuthority: input.decisionAuthority,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        ...createdBy(this.deps.actor),
      });
    });
  }

  change(input: ChangeCoreGroupMemberInput): Promise<CoreGroupMembership> {
    this.deps.access.requireAllianceWriter();
    refuseNulls(input, ['representativeName', 'representativeRole', 'area', 'decisionAuthority', 'validFrom']);
    return this.written(null, async (repositories) => {
      const current = await this.lockedInScope(repositories, input.id);
      if (input.validFrom !== undefined && current.validUntil !== null && current.validUntil < input.validFrom) {
        throw new BadUserInputError('input.validFrom', "must not be after the membership's last day");
      }
      return repositories.coreGroup.update(input.id, {
        ...(input.representativeName !== undefined ? { representativeName: input.representativeName.trim() } : {}),
        ...(input.representativeRole !== undefined ? { representativeRole: input.representativeRole.trim() } : {}),
        ...(input.area !== undefined ? { area: input.area } : {}),
        ...(input.decisionAuthority !== undefined ? { decisionAuthority: input.decisionAuthority } : {}),
        ...(input.validFrom !== undefined ? { validFrom: input.validFrom } : {}),
        ...updatedBy(this.deps.actor),
      });
    });
  }

  end(input: EndCoreGroupMemberInput): Promise<CoreGroupMembership> {
    this.deps.access.requireAllianceWriter();
    return this.written(null, async (repositories) => {
      const current = await this.lockedInScope(repositories, input.id);
      if (current.validUntil !== null)
        throw new DomainError(MEMBERSHIP_ALREADY_ENDED, 'The membership has already ended.');
      if (input.validUntil < current.validFrom)
        throw new BadUserInputError('input.validUntil', "must not be before the membership's first day");
      return repositories.coreGroup.update(input.id, { validUntil: input.validUntil, ...updatedBy(this.deps.actor) });
    });
  }

  /** Locks a seat and refuses it unless its alliance's lead municipality is in the caller's scope. */
  private async lockedInScope(repositories: NetworkRepositories, id: string): Promise<CoreGroupMembership> {
    const current = await repositories.coreGroup.findForUpdate(id);
    if (!current) throw new NotFoundError('CoreGroupMembership');
    const [alliance] = await repositories.alliances.findByIds([current.allianceId]);
    this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
    return current;
  }

  /** Runs a write, turns an overlapping seat into a clear error, and forgets the alliance's cached core group. */
  private async written(
    allianceId: string | null,
    work: (repositories: NetworkRepositories) => Promise<CoreGroupMembership>,
  ): Promise<CoreGroupMembership> {
    let membership: CoreGroupMembership;
    try {
      membership = await this.deps.store.write(work);
    } catch (error) {
      if (violatedConstraint(error) === 'core_group_membership_no_overlap')
        throw new DomainError(CORE_GROUP_OVERLAP, OVERLAP_MESSAGE);
      throw error;
    }
    this.deps.loaders.coreGroup.byAlliance.clear(allianceId ?? membership.allianceId);
    return membership;
  }
}
