import type { Actor } from '@gk/shared';
import type { EntityManager } from 'typeorm';
import { PersonErasureRequest } from './erasure-request.entity';

/** The rows a DELETE or UPDATE ... RETURNING gave: the Postgres driver answers `[rows, count]` for those commands. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}

/** The only place that reads and writes erasure requests, and that deletes a person's rows. */
export class ErasureRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(PersonErasureRequest);
  }

  find(personId: string): Promise<PersonErasureRequest | null> {
    return this.repo.findOneBy({ personId });
  }

  /** Locks the person's erasure key so that two concurrent erasures of one person run one after the other. */
  async lock(personId: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('erasure:' || $1))`, [personId]);
  }

  /** Deletes every row about the person, dependants first; returns whether a person row existed. */
  async deletePersonData(personId: string): Promise<boolean> {
    await this.manager.query(`DELETE FROM person_event WHERE person_id = $1`, [personId]);
    await this.manager.query(`DELETE FROM referral WHERE person_id = $1`, [personId]);
    await this.manager.query(`DELETE FROM consent WHERE person_id = $1`, [personId]);
    await this.manager.query(`DELETE FROM need WHERE person_id = $1`, [personId]);
    await this.manager.query(`DELETE FROM residence_status_period WHERE person_id = $1`, [personId]);
    await this.manager.query(`DELETE FROM benefit_regime_period WHERE person_id = $1`, [personId]);
    return rowsOf(await this.manager.query(`DELETE FROM person WHERE id = $1 RETURNING id`, [personId])).length > 0;
  }

  async insert(personId: string, pendingSubgraphs: readonly string[], actor: Actor): Promise<void> {
    await this.repo.insert({ personId, requestedAt: () => 'now()', requestedBySubject: actor.subject, requestedByOrganizationId: actor.organizationId, pendingSubgraphs: [...pendingSubgraphs] });
  }

  pending(): Promise<PersonErasureRequest[]> {
    return this.repo.createQueryBuilder('e').where('cardinality(e.pending_subgraphs) > 0').orderBy('e.requested_at').addOrderBy('e.person_id').getMany();
  }

  /** Removes a subgraph from the pending list; returns whether the erasure request exists. */
  async confirm(personId: string, subgraph: string): Promise<boolean> {
    return rowsOf(await this.manager.query(`UPDATE erasure_request SET pending_subgraphs = array_remove(pending_subgraphs, $2) WHERE person_id = $1 RETURNING person_id`, [personId, subgraph])).length > 0;
  }
}
