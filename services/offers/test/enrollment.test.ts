import type { Identity } from '@gk/shared';
import { signTestToken } from '@gk/shared/testing';
import {
  ADULT,
  apply,
  CASE_MANAGER,
  createOffer,
  dataOf,
  enroll,
  ENROLLMENT_FIELDS,
  newPersonId,
  PROVIDER,
  PROVIDER_STAFF,
  recordPerson,
  snapshot,
  offersAskingPersons,
  startOffersTestSubgraph,
  type OffersWithPersons,
} from './support';

describe('offers: enrollments', () => {
  let subgraph: OffersWithPersons;

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersAskingPersons());
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const outcome = (enrollmentId: string, value: string, endedOn: string, reason?: string) =>
    subgraph.query<{ recordEnrollmentOutcome: Record<string, unknown> }>(
      `mutation($input: RecordEnrollmentOutcomeInput!) { recordEnrollmentOutcome(input: $input) { ` +
        `${ENROLLMENT_FIELDS} } }`,
      { input: { enrollmentId, outcome: value, endedOn, reason } },
    );
  const withdraw = (enrollmentId: string, withdrawnOn: string) =>
    subgraph.query<{ withdrawEnrollment: Record<string, unknown> }>(
      `mutation($input: WithdrawEnrollmentInput!) { withdrawEnrollment(input: $input) { ${ENROLLMENT_FIELDS} } }`,
      { input: { enrollmentId, withdrawnOn, reason: 'Umzug' } },
    );

  it('takes an application, turns it into an enrollment and records the outcome, recording who acted', async () => {
    const offerId = await createOffer(subgraph, { seats: 2, startDate: '2026-02-01' });
    const personId = newPersonId();
    const applied = dataOf(await apply(subgraph, offerId, personId, ADULT, '2026-01-05')).applyForOffer;
    expect(applied).toEqual({
      id: expect.any(String),
      status: 'APPLIED',
      appliedOn: '2026-01-05',
      enrolledOn: null,
      endedOn: null,
      outcome: null,
      reason: null,
      person: { id: personId },
      offer: { id: offerId },
    });

    const enrolled = dataOf(
      await subgraph.query<{ enrollInOffer: Record<string, unknown> }>(
        `mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`,
        { input: { offerId, personId, enrolledOn: '2026-02-01', person: ADULT } },
        CASE_MANAGER,
      ),
    ).enrollInOffer;
    expect(enrolled).toEqual({ ...applied, status: 'ENROLLED', enrolledOn: '2026-02-01' });

    const done = dataOf(
      await outcome(applied.id as string, 'QUALIFICATION_ACHIEVED', '2026-06-30', 'Zertifikat B1'),
    ).recordEnrollmentOutcome;
    expect(done).toEqual({
      ...enrolled,
      status: 'COMPLETED',
      endedOn: '2026-06-30',
      outcome: 'QUALIFICATION_ACHIEVED',
      reason: 'Zertifikat B1',
    });
    const [row] = await subgraph.db.dataSource.query(
      'SELECT created_by, updated_by, updated_by_org FROM enrollment WHERE id = $1',
      [applied.id],
    );
    expect(row).toEqual({ created_by: 'cm-1', updated_by: 'provider-1', updated_by_org: PROVIDER });
    const figures = await subgraph.query(
      'query($id: ID!) { offer(id: $id) { figures { seats taken free applicants occupancy } } }',
      { id: offerId },
    );
    expect(dataOf(figures)).toEqual({
      offer: { figures: { seats: 2, taken: 1, free: 1, applicants: 0, occupancy: 0.5 } },
    });
  });

  it('ends dropped-out enrollments as DROPPED_OUT and frees the seat', async () => {
    const offerId = await createOffer(subgraph, { seats: 1 });
    const first = dataOf(await enroll(subgraph, offerId, newPersonId())).enrollInOffer;
    expect(dataOf(await outcome(first.id, 'DROPPED_OUT', '2026-03-01')).recordEnrollmentOutcome).toMatchObject({
      status: 'DROPPED_OUT',
      outcome: 'DROPPED_OUT',
    });
    expect(dataOf(await enroll(subgraph, offerId, newPersonId())).enrollInOffer.status).toBe('ENROLLED');
  });

  it('refuses a person who does not meet the rules, naming the rules and never the values', async () => {
    const offerId = await createOffer(subgraph, {
      eligibility: {
        residenceStatuses: ['GESTATTUNG'],
        benefitRegimes: ['ASYLBLG', 'SGB_III', 'NONE'],
        minGermanLevel: 'B2',
      },
    });
    const before = await snapshot(subgraph);
    const res = await enroll(subgraph, offerId, newPersonId(), {
      age: 29,
      germanLevel: 'B1',
      residenceStatus: 'DULDUNG',
      benefitRegime: 'SGB_II',
    });
    expect(res).toEqual({
      data: null,
      errors: [
        {
          message: "The person does not meet the offer's rules: AGE, RESIDENCE_STATUS, BENEFIT_REGIME, GERMAN_LEVEL.",
          path: ['enrollInOffer'],
          locations: expect.any(Array),
          extensions: { code: 'NOT_ELIGIBLE', rules: ['AGE', 'RESIDENCE_STATUS', 'BENEFIT_REGIME', 'GERMAN_LEVEL'] },
        },
      ],
    });
    const applied = await apply(subgraph, offerId, newPersonId(), { age: 20 });
    expect(applied.errors?.[0].extensions).toEqual({
      code: 'NOT_ELIGIBLE',
      rules: ['RESIDENCE_STATUS', 'BENEFIT_REGIME', 'GERMAN_LEVEL'],
    });
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it('refuses a second active enrollment of a person in an offer, and allows one after the first ended', async () => {
    const offerId = await createOffer(subgraph, { seats: 5 });
    const personId = newPersonId();
    const first = dataOf(await apply(subgraph, offerId, personId)).applyForOffer;
    const before = await snapshot(subgraph);
    const again = await apply(subgraph, offerId, personId);
    expect(again.errors?.[0]).toMatchObject({
      message: 'The person already holds an active application or enrollment in this offer.',
      extensions: { code: 'ALREADY_ENROLLED' },
    });
    expect(await snapshot(subgraph)).toEqual(before);
    dataOf(await enroll(subgraph, offerId, personId));
    const enrolled = await snapshot(subgraph);
    const twice = await enroll(subgraph, offerId, personId);
    expect(twice.errors?.[0].extensions?.code).toBe('ALREADY_ENROLLED');
    expect(await snapshot(subgraph)).toEqual(enrolled);
    dataOf(await withdraw(first.id, '2026-02-10'));
    expect(dataOf(await apply(subgraph, offerId, personId, ADULT, '2026-03-01')).applyForOffer.status).toBe('APPLIED');
  });

  it('backs one active enrollment per person and offer with a unique index', async () => {
    const offerId = await createOffer(subgraph);
    const personId = newPersonId();
    dataOf(await apply(subgraph, offerId, personId));
    await expect(
      subgraph.db.dataSource.query(
        'INSERT INTO enrollment (id, person_id, offer_id, status, applied_on, created_by, updated_by) VALUES ' +
          "(gen_random_uuid(), $1, $2, 'APPLIED', '2026-01-01', 'x', 'x')",
        [personId, offerId],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'enrollment_one_active_idx' } });
  });

  it('refuses an outcome dated before the start of the enrollment or of the offer, changing nothing', async () => {
    const offerId = await createOffer(subgraph, { startDate: '2026-03-01' });
    const enrollment = dataOf(await enroll(subgraph, offerId, newPersonId(), ADULT, '2026-02-15')).enrollInOffer;
    const before = await snapshot(subgraph);
    for (const endedOn of ['2026-02-14', '2026-02-28']) {
      const res = await outcome(enrollment.id, 'NO_PROGRESS', endedOn);
      expect(res.errors?.[0]).toMatchObject({
        message: 'An outcome cannot be dated before the start of the enrollment or of the offer.',
        extensions: { code: 'OUTCOME_BEFORE_START', field: 'input.endedOn' },
      });
    }
    expect(await snapshot(subgraph)).toEqual(before);
    expect(dataOf(await outcome(enrollment.id, 'NO_PROGRESS', '2026-03-01')).recordEnrollmentOutcome.status).toBe(
      'COMPLETED',
    );
  });

  it('backs "outcome not before start" with a CHECK constraint', async () => {
    const offerId = await createOffer(subgraph);
    const enrollment = dataOf(await enroll(subgraph, offerId, newPersonId(), ADULT, '2026-02-15')).enrollInOffer;
    await expect(
      subgraph.db.dataSource.query(
        "UPDATE enrollment SET status = 'COMPLETED', outcome = 'NO_PROGRESS', ended_on = '2026-02-01' WHERE id = $1",
        [enrollment.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'enrollment_outcome_not_before_start' } });
  });

  it('refuses steps out of order on an enrollment', async () => {
    const offerId = await createOffer(subgraph);
    const applied = dataOf(await apply(subgraph, offerId, newPersonId())).applyForOffer;
    const before = await snapshot(subgraph);
    const early = await outcome(applied.id, 'PROGRESSED', '2026-06-01');
    expect(early.errors?.[0]).toMatchObject({
      message: 'An enrollment in status APPLIED cannot be given an outcome.',
      extensions: { code: 'INVALID_ENROLLMENT_TRANSITION', status: 'APPLIED' },
    });
    const rejected = await subgraph.query<{ rejectApplication: { status: string; endedOn: string } }>(
      'mutation($id: ID!) { rejectApplication(input: { enrollmentId: $id, rejectedOn: "2026-01-20", reason: "Kurs ' +
        'passt nicht" }) { status endedOn } }',
      { id: applied.id },
    );
    expect(dataOf(rejected)).toEqual({ rejectApplication: { status: 'REJECTED', endedOn: '2026-01-20' } });
    const late = await withdraw(applied.id, '2026-01-21');
    expect(late.errors?.[0]).toMatchObject({
      message: 'An enrollment in status REJECTED cannot be withdrawn.',
      extensions: { code: 'INVALID_ENROLLMENT_TRANSITION' },
    });
    expect(((await snapshot(subgraph)) as { offers: unknown }).offers).toEqual((before as { offers: unknown }).offers);
  });

  it('refuses enrollment into a planned offer, dates in the future and dates before the application', async () => {
    const planned = await createOffer(subgraph, {}, 'PLANNED');
    const before = await snapshot(subgraph);
    const res = await enroll(subgraph, planned, newPersonId());
    expect(res.errors?.[0]).toMatchObject({
      message: 'An offer in status PLANNED takes no enrollments.',
      extensions: { code: 'OFFER_NOT_OPEN', status: 'PLANNED' },
    });
    const future = await enroll(subgraph, planned, newPersonId(), ADULT, '2999-01-01');
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.enrolledOn' } });
    expect(await snapshot(subgraph)).toEqual(before);
    const open = await createOffer(subgraph);
    const personId = newPersonId();
    dataOf(await apply(subgraph, open, personId, ADULT, '2026-01-10'));
    const early = await enroll(subgraph, open, personId, ADULT, '2026-01-09');
    expect(early.errors?.[0]).toMatchObject({
      message: 'Invalid value for "input.enrolledOn": must not be before the application.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.enrolledOn' },
    });
    const unknown = await enroll(subgraph, '3f0b8a7e-1111-4222-8333-444455556666', personId);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const badFacts = await enroll(subgraph, open, personId, { age: 'old' });
    expect(badFacts.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Ten times the connection pool races for the seats: enough to prove the seat rule under contention,
  // while each enrollment also asks persons (a 200-request burst measured persons' throughput instead).
  it(
    'never overbooks: 100 concurrent enrollments for 10 free seats end with exactly 10 enrolled and 90 clear ' +
      'refusals',
    async () => {
      const offerId = await createOffer(subgraph, { seats: 12 });
      dataOf(await enroll(subgraph, offerId, newPersonId()));
      dataOf(await enroll(subgraph, offerId, newPersonId()));
      const results = await Promise.all(Array.from({ length: 100 }, () => enroll(subgraph, offerId, newPersonId())));
      const enrolled = results.filter((r) => r.data?.enrollInOffer?.status === 'ENROLLED');
      const refused = results.filter((r) => r.errors);
      expect(enrolled).toHaveLength(10);
      expect(refused).toHaveLength(90);
      expect(new Set(refused.map((r) => JSON.stringify(r.errors?.map((e) => [e.message, e.extensions]))))).toEqual(
        new Set([JSON.stringify([['The offer has no free seat.', { code: 'OFFER_FULL' }]])]),
      );
      const [counts] = await subgraph.db.dataSource.query(
        'SELECT o.seats_taken, (SELECT count(*)::int FROM enrollment e WHERE e.offer_id = o.id AND e.status = ' +
          "'ENROLLED') AS enrolled FROM offer o WHERE o.id = $1",
        [offerId],
      );
      expect(counts).toEqual({ seats_taken: 12, enrolled: 12 });
    },
  );

  it('backs the seat rule with a database constraint, whatever the application does', async () => {
    const offerId = await createOffer(subgraph, { seats: 1 });
    dataOf(await enroll(subgraph, offerId, newPersonId()));
    await expect(
      subgraph.db.dataSource.query(
        'INSERT INTO enrollment (id, person_id, offer_id, status, applied_on, enrolled_on, created_by, updated_by) ' +
          "VALUES (gen_random_uuid(), $1, $2, 'ENROLLED', '2026-01-01', '2026-01-01', 'x', 'x')",
        [newPersonId(), offerId],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'offer_no_overbooking' } });
  });

  it('shows more demand than supply: applicants beyond the free seats', async () => {
    const offerId = await createOffer(subgraph, { seats: 2 });
    dataOf(await enroll(subgraph, offerId, newPersonId()));
    for (let i = 0; i < 3; i += 1) dataOf(await apply(subgraph, offerId, newPersonId()));
    const res = await subgraph.query(
      'query($id: ID!) { offer(id: $id) { figures { free applicants } enrollments(status: APPLIED) { status } } }',
      { id: offerId },
    );
    expect(dataOf(res)).toEqual({
      offer: {
        figures: { free: 1, applicants: 3 },
        enrollments: [{ status: 'APPLIED' }, { status: 'APPLIED' }, { status: 'APPLIED' }],
      },
    });
  });

  describe("asks persons about the person, under the user's identity, at the moment of the write", () => {
    const ENROLL = `mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`;
    const APPLY = `mutation($input: ApplyForOfferInput!) { applyForOffer(input: $input) { ${ENROLLMENT_FIELDS} } }`;
    /** Sends the input as given: the person is not recorded first, whatever facts the input claims. */
    const enrollAsIs = (input: Record<string, unknown>, identity: Identity = CASE_MANAGER) =>
      subgraph.query(ENROLL, { input: { enrolledOn: '2026-02-01', ...input } }, identity);
    const applyAsIs = (input: Record<string, unknown>, identity: Identity = CASE_MANAGER) =>
      subgraph.query(APPLY, { input: { appliedOn: '2026-01-05', ...input } }, identity);
    const offersAudit = () => subgraph.db.dataSource.query('SELECT count(*)::int AS n FROM audit_entry');
    const OTHER_CASE_MANAGER: Identity = {
      subject: 'cm-2',
      organizationId: '2b2b2b2b-1111-4222-8333-444455556666',
      roles: ['CASE_MANAGER'],
      ags: ['05162024'],
    };

    it(
      'decides eligibility on the facts persons holds: an input claiming facts the offer admits does not get an ' +
        'ineligible person in',
      async () => {
        const offerId = await createOffer(subgraph, {
          eligibility: { residenceStatuses: ['GESTATTUNG', 'DULDUNG'], benefitRegimes: ['ASYLBLG', 'NONE'] },
        });
        const personId = newPersonId();
        await recordPerson(subgraph, personId, { age: 24, residenceStatus: 'AE_OTHER', benefitRegime: 'SGB_II' });
        const claims = { age: 21, germanLevel: 'B1', residenceStatus: 'DULDUNG', benefitRegime: 'ASYLBLG' };
        const [before, auditBefore] = [await snapshot(subgraph), await offersAudit()];
        for (const res of [
          await enrollAsIs({ offerId, personId, person: claims }),
          await applyAsIs({ offerId, personId, person: claims }),
        ]) {
          expect(res).toEqual({
            data: null,
            errors: [
              expect.objectContaining({
                extensions: { code: 'NOT_ELIGIBLE', rules: ['RESIDENCE_STATUS', 'BENEFIT_REGIME'] },
              }),
            ],
          });
        }
        expect(await snapshot(subgraph)).toEqual(before);
        expect(await offersAudit()).toEqual(auditBefore);
        // And the other way round: facts persons holds that the offer admits count, whatever the input claims, and the
        // input may be left out.
        await recordPerson(subgraph, personId, claims);
        expect(
          dataOf(await enrollAsIs({ offerId, personId, person: { age: 40, residenceStatus: 'AE_OTHER' } })),
        ).toMatchObject({ enrollInOffer: { status: 'ENROLLED', person: { id: personId } } });
        const another = newPersonId();
        await recordPerson(subgraph, another, claims);
        expect(dataOf(await enrollAsIs({ offerId, personId: another }))).toMatchObject({
          enrollInOffer: { status: 'ENROLLED' },
        });
      },
    );

    it(
      "costs persons two statements per enrollment by the person's case manager: the person, and the audit entry of " +
        'the facts handed over',
      async () => {
        const offerId = await createOffer(subgraph, { eligibility: { residenceStatuses: ['DULDUNG'] } });
        const personId = newPersonId();
        await recordPerson(subgraph, personId);
        expect(
          await subgraph.persons.countStatements(async () => dataOf(await enrollAsIs({ offerId, personId }))),
        ).toBe(2);
        // Only the facts the offer's rules look at: the age always, here the residence status too.
        const audit = await subgraph.persons.db.dataSource.query(
          'SELECT subject, purpose, action, entity, fields FROM audit_entry WHERE person_refs && ARRAY[$1::text]',
          [personId],
        );
        expect(audit).toEqual([
          {
            subject: 'cm-1',
            purpose: 'ENROLLMENT',
            action: 'READ',
            entity: 'Person',
            fields: ['age', 'currentResidenceStatus'],
          },
        ]);
      },
    );

    it('refuses an id no person has with BAD_USER_INPUT naming input.personId, taking no seat', async () => {
      const offerId = await createOffer(subgraph, { seats: 1 });
      const nobody = '00000000-0000-4000-8000-00000000abcd';
      const before = await snapshot(subgraph);
      for (const res of [
        await enrollAsIs({ offerId, personId: nobody, person: ADULT }),
        await applyAsIs({ offerId, personId: nobody, person: ADULT }),
      ]) {
        expect(res).toEqual({
          data: null,
          errors: [
            expect.objectContaining({
              message: 'Invalid value for "input.personId": names no person.',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.personId' },
            }),
          ],
        });
      }
      expect(await snapshot(subgraph)).toEqual(before);
    });

    it(
      'lets a case manager of another organisation, and provider staff, enrol only with a consent for ENROLLMENT ' +
        'for their organisation',
      async () => {
        const offerId = await createOffer(subgraph);
        const personId = newPersonId();
        await recordPerson(subgraph, personId, ADULT, []);
        const before = await snapshot(subgraph);
        for (const identity of [OTHER_CASE_MANAGER, PROVIDER_STAFF]) {
          expect((await enrollAsIs({ offerId, personId }, identity)).errors?.[0]).toMatchObject({
            message:
              'Enrolling a person your organisation does not manage needs an active consent for your organisation ' +
              'and ' +
              'the purpose ENROLLMENT.',
            extensions: { code: 'CONSENT_REQUIRED', field: 'input.personId', purpose: 'ENROLLMENT' },
          });
        }
        expect(await snapshot(subgraph)).toEqual(before);
        await recordPerson(subgraph, personId, ADULT, [OTHER_CASE_MANAGER.organizationId as string]);
        expect(dataOf(await enrollAsIs({ offerId, personId }, OTHER_CASE_MANAGER))).toMatchObject({
          enrollInOffer: { status: 'ENROLLED' },
        });
        // The managing organisation's case manager needs none.
        const own = newPersonId();
        await recordPerson(subgraph, own, ADULT, []);
        expect(dataOf(await enrollAsIs({ offerId, personId: own }))).toMatchObject({
          enrollInOffer: { status: 'ENROLLED' },
        });
      },
    );

    it(
      "refuses with SUBGRAPH_UNAVAILABLE, changing nothing, without the gateway's token for persons or while " +
        'persons is down',
      async () => {
        const offerId = await createOffer(subgraph);
        const personId = newPersonId();
        await recordPerson(subgraph, personId);
        const before = await snapshot(subgraph);
        // A request that did not come through the gateway carries no token for persons.
        const direct = await fetch(subgraph.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await signTestToken(subgraph.keys, 'offers', CASE_MANAGER)}`,
          },
          body: JSON.stringify({
            query: ENROLL,
            variables: { input: { offerId, personId, enrolledOn: '2026-02-01', person: ADULT } },
          }),
        });
        expect(((await direct.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
          code: 'SUBGRAPH_UNAVAILABLE',
          subgraph: 'persons',
        });
        await subgraph.persons.stopServer();
        try {
          expect((await enrollAsIs({ offerId, personId })).errors?.[0].extensions).toEqual({
            code: 'SUBGRAPH_UNAVAILABLE',
            subgraph: 'persons',
          });
          expect(await snapshot(subgraph)).toEqual(before);
        } finally {
          await subgraph.persons.startServer();
        }
        expect(dataOf(await enrollAsIs({ offerId, personId }))).toMatchObject({
          enrollInOffer: { status: 'ENROLLED' },
        });
      },
    );
  });
});
