import { randomUUID } from 'node:crypto';
import { BadUserInputError, createdStamp, NotFoundError, refuseNulls, updatedStamp } from '@gk/shared';
import { requireOrganizations } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import { membershipAlreadyEnded } from '../network.errors';
import type { NetworkRepositories } from '../network.store';
import { isActiveOn, type CoreGroupMembership } from './core-group-membership.entity';
import type { AddCoreGroupMemberInput, ChangeCoreGroupMemberInput, EndCoreGroupMemberInput } from './core-group.input';

export class CoreGroupService {
  constructor(private readonly deps: NetworkServiceDeps) {}

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
        ...createdStamp(this.deps.actor),
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
        ...updatedStamp(this.deps.actor),
      });
    });
  }

  end(input: EndCoreGroupMemberInput): Promise<CoreGroupMembership> {
    this.deps.access.requireAllianceWriter();
    return this.written(null, async (repositories) => {
      const current = await this.lockedInScope(repositories, input.id);
      if (current.validUntil !== null) throw membershipAlreadyEnded();
      if (input.validUntil < current.validFrom)
        throw new BadUserInputError('input.validUntil', "must not be before the membership's first day");
      return repositories.coreGroup.update(input.id, {
        validUntil: input.validUntil,
        ...updatedStamp(this.deps.actor),
      });
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

  /**
   * Runs a write (the store turns an overlapping seat into CORE_GROUP_OVERLAP) and forgets the alliance's
   * cached core group.
   */
  private async written(
    allianceId: string | null,
    work: (repositories: NetworkRepositories) => Promise<CoreGroupMembership>,
  ): Promise<CoreGroupMembership> {
    const membership = await this.deps.store.write(work);
    this.deps.loaders.coreGroup.byAlliance.clear(allianceId ?? membership.allianceId);
    return membership;
  }
}
