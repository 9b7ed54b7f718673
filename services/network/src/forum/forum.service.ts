import { randomUUID } from 'node:crypto';
import { BadUserInputError, createdStamp, NotFoundError } from '@gk/shared';
import { requireOrganizations } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import type { AllianceForum } from './forum.entity';
import type { RecordForumParticipantsInput, ScheduleForumInput } from './forum.input';

export class ForumService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  async schedule(input: ScheduleForumInput): Promise<AllianceForum> {
    this.deps.access.requireAllianceWriter();
    if (input.endsOn && input.endsOn < input.startsOn)
      throw new BadUserInputError('input.endsOn', 'must not be before startsOn');
    const forum = await this.deps.store.write(async (repositories) => {
      const [alliance] = await repositories.alliances.findByIds([input.allianceId]);
      if (!alliance) throw new NotFoundError('Alliance');
      this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
      await requireOrganizations(
        repositories,
        input.participantIds,
        'input.participantIds',
        'must each be the id of a known organisation',
      );
      const created = await repositories.forums.insert({
        id: randomUUID(),
        allianceId: input.allianceId,
        kind: input.kind,
        title: input.title.trim(),
        topic: input.topic.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        ...createdStamp(this.deps.actor),
      });
      await repositories.forums.addParticipants(created.id, input.participantIds, this.deps.actor);
      return created;
    });
    this.deps.loaders.forums.byAlliance.clear(forum.allianceId);
    return forum;
  }

  async recordParticipants(input: RecordForumParticipantsInput): Promise<AllianceForum> {
    this.deps.access.requireAllianceWriter();
    const forum = await this.deps.store.write(async (repositories) => {
      const found = await repositories.forums.findForUpdate(input.forumId);
      if (!found) throw new NotFoundError('AllianceForum');
      const [alliance] = await repositories.alliances.findByIds([found.allianceId]);
      this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
      await requireOrganizations(
        repositories,
        input.organizationIds,
        'input.organizationIds',
        'must each be the id of a known organisation',
      );
      await repositories.forums.addParticipants(found.id, input.organizationIds, this.deps.actor);
      return found;
    });
    this.deps.loaders.forums.participantIds.clear(forum.id);
    return forum;
  }
}
