import { NotFoundError, updatedStamp } from '@gk/shared';
import type { NetworkServiceDeps } from '../network.context';
import type { AllianceStandingTask } from './standing-task.entity';
import type { UpdateStandingTaskInput } from './update-standing-task.input';

export class StandingTaskService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  async update(input: UpdateStandingTaskInput): Promise<AllianceStandingTask> {
    this.deps.access.requireAllianceWriter();
    const task = await this.deps.store.write(async (repositories) => {
      const [alliance] = await repositories.alliances.findByIds([input.allianceId]);
      if (!alliance) throw new NotFoundError('Alliance');
      this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
      const updated = await repositories.standingTasks.update(input.allianceId, input.task, {
        status: input.status,
        note: input.note?.trim() || null,
        ...updatedStamp(this.deps.actor),
      });
      // Every alliance has all seven rows.
      if (!updated) throw new NotFoundError('Alliance');
      return updated;
    });
    this.deps.loaders.standingTasks.byAlliance.clear(task.allianceId);
    return task;
  }
}
