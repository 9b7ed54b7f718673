import { createdStamp, type Actor } from '@gk/shared';
import type { EntityManager } from 'typeorm';
import { PersonErasureRequest } from './erasure-request.entity';

/** The rows a DELETE or UPDATE ... RETURNING gave: the Postgres driver answers `[rows, count]` for those commands. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0];
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
    await this.repo.insert({
      personId,
      ...createdStamp(actor),
      pendingSubgraphs: [...pendingSubgraphs],
    });
  }

  pending(): Promise<PersonErasureRequest[]> {
    return this.repo
      .createQueryBuilder('e')
      .where('cardinality(e.pending_subgraphs) > 0')
      .orderBy('e.created_at')
      .addOrderBy('e.person_id')
      .getMany();
  }

  /**
   * Claims up to `limit` pending erasures that no other sweep holds, oldest first, for `leaseSeconds`.
   * One statement: `FOR UPDATE SKIP LOCKED` lets two sweeps claiming at the same moment each take
   * different rows instead of waiting for, or both taking, the same ones.
   */
  async claim(
    claimId: string,
    leaseSeconds: number,
    limit: number,
  ): Promise<{ personId: string; pendingSubgraphs: string[] }[]> {
    const rows = rowsOf(
      await this.manager.query(
        `UPDATE erasure_request SET claim_id = $1, claimed_until = now() + make_interval(secs => $2)
          WHERE person_id IN (
            SELECT person_id FROM erasure_request
             WHERE cardinality(pending_subgraphs) > 0 AND (claimed_until IS NULL OR claimed_until < now())
             ORDER BY created_at, person_id LIMIT $3
             FOR UPDATE SKIP LOCKED)
          RETURNING person_id, pending_subgraphs, created_at`,
        [claimId, leaseSeconds, limit],
      ),
    ) as { person_id: string; pending_subgraphs: string[]; created_at: Date }[];
    return rows
      .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.person_id.localeCompare(b.person_id))
      .map((r) => ({ personId: r.person_id, pendingSubgraphs: r.pending_subgraphs }));
  }

  /** Gives back what a sweep claimed, so the next sweep of any gateway takes up what is still pending. */
  async release(claimId: string): Promise<number> {
    return rowsOf(
      await this.manager.query(
        `UPDATE erasure_request SET claim_id = NULL, claimed_until = NULL WHERE claim_id = $1 RETURNING person_id`,
        [claimId],
      ),
    ).length;
  }

  /** Removes a subgraph from the pending list, stamped as a change; returns whether the erasure request exists. */
  async confirm(personId: string, subgraph: string, actor: Actor): Promise<boolean> {
    return (
      rowsOf(
        await this.manager.query(
          `UPDATE erasure_request
              SET pending_subgraphs = array_remove(pending_subgraphs, $2),
                  updated_at = now(), updated_by = $3, updated_by_org = $4
            WHERE person_id = $1 RETURNING person_id`,
          [personId, subgraph, actor.subject, actor.organizationId],
        ),
      ).length > 0
    );
  }
}
