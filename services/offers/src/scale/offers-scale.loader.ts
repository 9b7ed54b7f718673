import type { DataSource } from 'typeorm';
import { arrayLiteral, runScaleLoad, SCALE_ACTOR, SCALE_REFERENCE_DATE, type ScaleSliceOptions } from '@gk/fixtures';

/**
 * Loads the offers slice of a generated scale into an empty offers database: offers, enrollments
 * and quality reviews, in one transaction. The seat trigger would update the offer row once per
 * enrollment (hundreds of thousands of updates), so it is disabled inside this transaction only
 * (ALTER TABLE is transactional and locks the table meanwhile; no other session sees it off), and
 * `seats_taken` is recomputed in one statement with the trigger's own rule before commit; the
 * no-overbooking CHECK verifies the result. The generator never exceeds a seat count.
 */
export async function loadScaleSlice(
  dataSource: DataSource,
  options: ScaleSliceOptions,
): Promise<Record<string, number>> {
  return runScaleLoad(
    dataSource,
    options,
    { name: 'offers', total: (world) => world.size.persons + world.offers.length },
    async ({ world, runner, batchSize, writer, step }) => {
      await runner.query('ALTER TABLE enrollment DISABLE TRIGGER enrollment_count_seats');
      const offers = writer(
        'offer',
        `id uuid, title text, description text, category text, target_outcome text, target_german_level text,
      provider_id uuid, municipality_ags text, start_date date, end_date date, hours_per_week integer, seats integer,
      status text, min_age integer, max_age integer, residence_statuses text[], benefit_regimes text[],
      min_german_level text, created_by text, created_by_org uuid, updated_by text, updated_by_org uuid,
      created_at timestamptz, updated_at timestamptz`,
      );
      const reviews = writer(
        'quality_review',
        `id uuid, offer_id uuid, reviewer_organization_id uuid, reviewed_on date, reach_score smallint,
      completion_score smallint, transition_score smallint, feedback_score smallint, summary text, created_by text,
      created_by_org uuid, updated_by text, updated_by_org uuid`,
        offers,
      );
      for (const o of world.offers) {
        // biome-ignore lint/complexity/useMathMinMax: ISO dates, compared as strings
        const created = `${o.startDate < SCALE_REFERENCE_DATE ? o.startDate : SCALE_REFERENCE_DATE}T08:00:00Z`;
        await offers.add(
          o.id,
          o.title,
          o.description,
          o.category,
          o.targetOutcome,
          o.targetGermanLevel,
          o.providerId,
          o.ags,
          o.startDate,
          o.endDate,
          o.hoursPerWeek,
          o.seats,
          o.status,
          o.minAge,
          o.maxAge,
          arrayLiteral(o.residenceStatuses),
          arrayLiteral(o.benefitRegimes),
          o.minGermanLevel,
          SCALE_ACTOR,
          o.providerId,
          SCALE_ACTOR,
          o.providerId,
          created,
          created,
        );
        // One finished offer in five has a quality review by the area's case management.
        if (o.status === 'FINISHED' && o.index % 5 === 0) {
          const score = (k: number) => 1 + ((o.index >> k) % 5);
          await reviews.add(
            world.scaleReviewId(o.index),
            o.id,
            world.caseManagerOf(o.areaIndex).id,
            o.endDate,
            score(1),
            score(2),
            score(3),
            score(4),
            'Qualitätsdialog nach Abschluss: Erreichung, Abschlüsse und Übergänge besprochen.',
            SCALE_ACTOR,
            world.caseManagerOf(o.areaIndex).id,
            SCALE_ACTOR,
            world.caseManagerOf(o.areaIndex).id,
          );
        }
      }
      await offers.flush();
      step(world.offers.length);
      const enrollments = writer(
        'enrollment',
        `id uuid, person_id uuid, offer_id uuid, status text, applied_on date, enrolled_on date, ended_on date,
      outcome text, reason text, created_by text, updated_by text, created_at timestamptz, updated_at timestamptz`,
      );
      let personsDone = 0;
      for (const chunk of world.enrollmentChunks(batchSize)) {
        for (const e of chunk.enrollments) {
          const stamp = `${e.endedOn && e.endedOn < SCALE_REFERENCE_DATE ? e.endedOn : e.appliedOn}T10:00:00Z`;
          await enrollments.add(
            e.id,
            e.personId,
            e.offerId,
            e.status,
            e.appliedOn,
            e.enrolledOn,
            e.endedOn,
            e.outcome,
            e.reason,
            SCALE_ACTOR,
            SCALE_ACTOR,
            `${e.appliedOn}T10:00:00Z`,
            stamp,
          );
        }
        step(chunk.personsDone - personsDone);
        personsDone = chunk.personsDone;
      }
      await enrollments.flush();
      await reviews.flush();
      // The trigger's rule in one statement: ENROLLED and COMPLETED hold a seat.
      await runner.query(`
      UPDATE offer o SET seats_taken = c.taken
      FROM (SELECT offer_id, count(*)::int AS taken FROM enrollment
             WHERE status IN ('ENROLLED', 'COMPLETED') GROUP BY offer_id) c
      WHERE o.id = c.offer_id`);
      await runner.query('ALTER TABLE enrollment ENABLE TRIGGER enrollment_count_seats');
      return { offer: offers.written, enrollment: enrollments.written, quality_review: reviews.written };
    },
  );
}
