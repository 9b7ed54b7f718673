import { type EntityManager, In } from 'typeorm';
import { type Actor, createdStamp } from '@gk/shared';
import { AllianceStandingTask } from './standing-task.entity';
import { STANDING_TASKS, StandingTaskStatus, type StandingTaskKind } from './standing-task.enum';

/** The only place that reads and writes standing tasks. */
export class StandingTaskRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(AllianceStandingTask);
  }

  findByAlliances(allianceIds: readonly string[]): Promise<AllianceStandingTask[]> {
    return this.repo.find({ where: { allianceId: In([...allianceIds]) } });
  }

  /** All seven tasks for a new alliance, not started. */
  async createAll(allianceId: string, actor: Actor): Promise<void> {
    await this.repo.insert(
      STANDING_TASKS.map((task) => ({
        allianceId,
        task,
        status: StandingTaskStatus.NOT_STARTED,
        note: null,
        ...createdStamp(actor),
      })),
    );
  }

  /** Sets status and note; null when the alliance has no such task row (unknown alliance). */
  async update(
    allianceId: string,
    task: StandingTaskKind,
    changes: Pick<AllianceStandingTask, 'status' | 'note' | 'updatedBy' | 'updatedByOrg'>,
  ): Promise<AllianceStandingTask | null> {
    const result = await this.repo.update({ allianceId, task }, changes);
    if (!result.affected) return null;
    return this.repo.findOneByOrFail({ allianceId, task });
  }
}
