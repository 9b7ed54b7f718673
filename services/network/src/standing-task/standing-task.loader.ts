import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { AllianceStandingTask } from './standing-task.entity';
import { STANDING_TASKS } from './standing-task.enum';
import type { StandingTaskRepository } from './standing-task.repository';

const ORDER = new Map(STANDING_TASKS.map((task, index) => [task, index]));

export function createStandingTaskLoaders(repository: StandingTaskRepository) {
  return {
    /** Tasks per alliance in the programme's order. */
    byAlliance: new DataLoader<string, AllianceStandingTask[]>(async (ids) =>
      groupByKey(ids, await repository.findByAlliances(ids), (t) => t.allianceId).map((tasks) =>
        [...tasks].sort((a, b) => (ORDER.get(a.task) ?? 0) - (ORDER.get(b.task) ?? 0)),
      ),
    ),
  };
}

export type StandingTaskLoaders = ReturnType<typeof createStandingTaskLoaders>;
