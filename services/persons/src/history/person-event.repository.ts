import { createdStamp, type Actor } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import { PersonHistoryEntry, type PersonHistoryKind } from './person-event.entity';

/** The only place that writes and reads a person's history; it only ever appends. */
export class PersonEventRepository {
  constructor(private readonly manager: EntityManager) {}

  async append(
    personId: string,
    kind: PersonHistoryKind,
    actor: Actor,
    fields: string[] = [],
    subjectId: string | null = null,
  ): Promise<void> {
    await this.manager.getRepository(PersonHistoryEntry).insert({
      personId,
      kind,
      fields,
      subjectId,
      ...createdStamp(actor),
    });
  }

  ofPersons(personIds: readonly string[]): Promise<PersonHistoryEntry[]> {
    return this.manager
      .getRepository(PersonHistoryEntry)
      .find({ where: { personId: In([...personIds]) }, order: { id: 'ASC' } });
  }
}
