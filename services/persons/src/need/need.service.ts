import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError } from '@gk/shared';
import { PersonsErrorCode } from '../persons.errors';
import type { PersonsServiceDeps } from '../persons.context';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { PersonNeed } from './need.entity';
import type { RecordNeedInput, UpdateNeedInput } from './need.inputs';
import { NEED_FINAL_STATUSES, PersonNeedStatus } from './need-status.enum';

/** Recording needs and following them up. */
export class NeedService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  async record(input: RecordNeedInput): Promise<PersonNeed> {
    this.access.requireRole(['CASE_MANAGER'], 'recordNeed');
    if (NEED_FINAL_STATUSES.includes(input.status))
      throw new BadUserInputError('input.status', 'must be OPEN or IN_PROGRESS for a new need');
    const id = randomUUID();
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const [person] = await repos.persons.findByIds([input.personId]);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'recordNeed');
      await repos.needs.insert(id, input.personId, input.category, input.status, input.note?.trim() || null, actor);
      await repos.events.append(
        input.personId,
        PersonHistoryKind.NEED_RECORDED,
        actor,
        ['category', 'status', ...(input.note ? ['note'] : [])],
        id,
      );
      await trail([
        {
          entity: 'PersonNeed',
          personRef: input.personId,
          fields: ['category', 'status', ...(input.note ? ['note'] : [])],
        },
      ]);
    });
    return this.get(id);
  }

  async update(input: UpdateNeedInput): Promise<PersonNeed> {
    this.access.requireRole(['CASE_MANAGER'], 'updateNeed');
    const changes: { status?: PersonNeedStatus; note?: string | null } = {};
    if (input.status !== undefined && input.status !== null) changes.status = input.status;
    if (input.note !== undefined) changes.note = input.note?.trim() || null;
    if (Object.keys(changes).length === 0) throw new BadUserInputError('input', 'names no field to change');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const need = await repos.needs.findForUpdate(input.id);
      if (!need) throw new NotFoundError('need');
      const [person] = await repos.persons.findByIds([need.personId]);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'updateNeed');
      if (NEED_FINAL_STATUSES.includes(need.status)) {
        throw new DomainError(
          PersonsErrorCode.NEED_TRANSITION_NOT_ALLOWED,
          'This need is already met or closed; record a new need instead.',
          { field: 'status' },
        );
      }
      await repos.needs.update(input.id, changes, actor);
      await repos.events.append(need.personId, PersonHistoryKind.NEED_UPDATED, actor, Object.keys(changes), input.id);
      await trail([{ entity: 'PersonNeed', personRef: need.personId, fields: Object.keys(changes) }]);
    });
    return this.get(input.id);
  }

  private async get(id: string): Promise<PersonNeed> {
    const [need] = await this.deps.store.read.needs.findByIds([id]);
    if (!need) throw new NotFoundError('need');
    return need;
  }
}
