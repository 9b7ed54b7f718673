import { randomUUID } from 'node:crypto';
import { BadUserInputError, createdStamp, NotFoundError, updatedStamp } from '@gk/shared';
import type { NetworkServiceDeps } from '../network.context';
import type { Alliance } from '../alliance/alliance.entity';
import type { KeptPriority, NewPriority } from './priority.repository';
import type { SetAlliancePrioritiesInput } from './set-priorities.input';

export class PriorityService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  /** Replaces the ranked list in one transaction; ids of kept priorities stay the same. */
  async set(input: SetAlliancePrioritiesInput): Promise<Alliance> {
    this.deps.access.requireAllianceWriter();
    const ids = input.priorities.map((p) => p.id).filter((id): id is string => !!id);
    if (new Set(ids).size !== ids.length)
      throw new BadUserInputError('input.priorities', 'must not list a priority twice');
    const alliance = await this.deps.store.write(async (repositories) => {
      const locked = await repositories.alliances.findForUpdate(input.allianceId);
      if (!locked) throw new NotFoundError('Alliance');
      this.deps.access.requireAllianceLeadIn(locked.leadAgs);
      const existing = new Set((await repositories.priorities.findByAlliances([locked.id])).map((p) => p.id));
      const keep: KeptPriority[] = [];
      const add: NewPriority[] = [];
      input.priorities.forEach((p, index) => {
        const fields = { rank: index + 1, title: p.title.trim(), status: p.status, dueOn: p.dueOn ?? null };
        if (p.id) {
          if (!existing.has(p.id))
            throw new BadUserInputError(
              `input.priorities.${index}.id`,
              'must be the id of a priority of this alliance',
            );
          keep.push({ id: p.id, ...fields, ...updatedStamp(this.deps.actor) });
        } else {
          add.push({ id: randomUUID(), allianceId: locked.id, ...fields, ...createdStamp(this.deps.actor) });
        }
      });
      await repositories.priorities.replace(locked.id, keep, add);
      return locked;
    });
    this.deps.loaders.priorities.byAlliance.clear(alliance.id);
    return alliance;
  }
}
