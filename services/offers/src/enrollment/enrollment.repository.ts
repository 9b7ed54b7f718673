import { type EntityManager, In } from 'typeorm';
import { EnrollmentStatus } from './enrollment-status.enum';
import { Enrollment, type EnrollmentView } from './enrollment.entity';

export interface EnrollmentFiguresRow {
  offerId: string;
  applicants: number;
  completed: number;
  droppedOut: number;
  progressed: number;
  ended: number;
}

const ACTIVE = [EnrollmentStatus.APPLIED, EnrollmentStatus.ENROLLED];

/**
 * The only place that reads and writes enrollments. Works on the manager it is given, so a service can run it inside
 * its transaction.
 */
export class EnrollmentRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Enrollment);
  }

  findByIds(ids: readonly string[]): Promise<Enrollment[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /**
   * The enrollments of offers as plain rows: a provider's list reaches thousands, and hydrating entities (with
   * their timestamps parsed into dates) cost more than the rest of the answer. Dates stay ISO text.
   */
  findByOffers(offerIds: readonly string[]): Promise<EnrollmentView[]> {
    return this.manager.query(
      `SELECT id, person_id AS "personId", offer_id AS "offerId", status, applied_on::text AS "appliedOn",
              enrolled_on::text AS "enrolledOn", ended_on::text AS "endedOn", outcome, reason
         FROM enrollment WHERE offer_id = ANY($1::uuid[])
        ORDER BY applied_on, created_at, id`,
      [offerIds],
    );
  }

  /** Counts per offer, computed in the database. */
  async figuresByOffers(offerIds: readonly string[]): Promise<EnrollmentFiguresRow[]> {
    const rows: {
      offer_id: string;
      applicants: number;
      completed: number;
      dropped_out: number;
      progressed: number;
      ended: number;
    }[] = await this.manager.query(
      `SELECT offer_id,
              count(*) FILTER (WHERE status = 'APPLIED')::int AS applicants,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE status = 'DROPPED_OUT')::int AS dropped_out,
              count(*) FILTER (WHERE outcome IN ('QUALIFICATION_ACHIEVED', 'PROGRESSED'))::int AS progressed,
              count(*) FILTER (WHERE outcome IS NOT NULL)::int AS ended
         FROM enrollment WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id`,
      [offerIds],
    );
    return rows.map((r) => ({
      offerId: r.offer_id,
      applicants: r.applicants,
      completed: r.completed,
      droppedOut: r.dropped_out,
      progressed: r.progressed,
      ended: r.ended,
    }));
  }

  findActive(personId: string, offerId: string): Promise<Enrollment | null> {
    return this.repo.findOneBy({ personId, offerId, status: In(ACTIVE) });
  }

  findById(id: string): Promise<Enrollment | null> {
    return this.repo.findOneBy({ id });
  }

  /** Reads the enrollment and locks its row until the transaction ends. */
  lockById(id: string): Promise<Enrollment | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(enrollment: Partial<Enrollment>): Promise<void> {
    await this.repo.insert(enrollment);
  }

  async update(id: string, changes: Partial<Enrollment>): Promise<void> {
    await this.repo.update({ id }, changes);
  }

  /**
   * Ends every active enrollment of an offer as withdrawn (the offer was cancelled); never before its own start.
   * Returns the persons concerned.
   */
  async withdrawAllActive(
    offerId: string,
    on: string,
    reason: string,
    actor: { subject: string; organizationId: string | null },
  ): Promise<(string | null)[]> {
    const [rows]: [{ person_id: string | null }[], number] = await this.manager.query(
      `UPDATE enrollment
          SET status = 'WITHDRAWN', ended_on = greatest($2::date, coalesce(enrolled_on, applied_on)), reason = $3,
              updated_by = $4, updated_by_org = $5, updated_at = now(), version = version + 1
        WHERE offer_id = $1 AND status IN ('APPLIED', 'ENROLLED')
        RETURNING person_id`,
      [offerId, on, reason, actor.subject, actor.organizationId],
    );
    return rows.map((r) => r.person_id);
  }

  /**
   * Unlinks a person from all their enrollments (erasure); the rows stay for the offers' figures. Returns how many were
   * unlinked.
   */
  async unlinkPerson(personId: string, actor: { subject: string; organizationId: string | null }): Promise<number> {
    const [, count]: [unknown[], number] = await this.manager.query(
      `UPDATE enrollment
          SET person_id = NULL, updated_by = $2, updated_by_org = $3, updated_at = now(), version = version + 1
        WHERE person_id = $1`,
      [personId, actor.subject, actor.organizationId],
    );
    return count;
  }
}
