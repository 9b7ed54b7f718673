import {
  admin as ADMIN,
  dataProtectionOfficer as DPO,
  financeRheine as FINANCE,
  providerOf,
  systemGateway as SYSTEM,
} from '@gk/fixtures';
import type { Identity } from '@gk/shared';
import type { TestSubgraph } from '@gk/shared/testing';
import {
  ADULT,
  apply,
  CASE_MANAGER,
  CORE_GROUP,
  createOffer,
  dataOf,
  enroll,
  newPersonId,
  offerInput,
  OTHER_PROVIDER_STAFF,
  PROVIDER,
  PROVIDER_STAFF,
  snapshot,
  offersAskingPersons,
  startOffersTestSubgraph,
} from './support';

const NETWORK_COORDINATOR: Identity = {
  subject: 'nc-1',
  organizationId: '6f6f6f6f-1111-4222-8333-444455556666',
  roles: ['NETWORK_COORDINATOR'],
  ags: ['05566'],
};

const forbidden = (path: (string | number)[]) => ({
  message: expect.any(String),
  path,
  locations: expect.any(Array),
  extensions: { code: 'FORBIDDEN' },
});

interface AuditRow {
  subject: string;
  organization_id: string | null;
  roles: string[];
  purpose: string | null;
  action: string;
  entity: string;
  person_ref: string;
  fields: string[];
}

describe('offers: access rules and audit trail', () => {
  let subgraph: TestSubgraph;
  let offerId: string;
  let person: string;
  let enrollmentId: string;
  let otherOfferId: string;
  let otherEnrollmentId: string;

  const audit = (personRef: string): Promise<AuditRow[]> =>
    subgraph.db.dataSource.query(
      'SELECT subject, organization_id, roles, purpose, action, entity, $1::text AS person_ref, fields ' +
        'FROM audit_entry WHERE person_refs && ARRAY[$1::text] ORDER BY id',
      [personRef],
    );

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersAskingPersons());
    offerId = await createOffer(subgraph, { seats: 10 });
    otherOfferId = await createOffer(subgraph, { seats: 10, providerId: OTHER_PROVIDER_STAFF.organizationId });
    person = newPersonId();
    enrollmentId = dataOf(await enroll(subgraph, offerId, person)).enrollInOffer.id;
    otherEnrollmentId = dataOf(await enroll(subgraph, otherOfferId, person)).enrollInOffer.id;
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('offer management', () => {
    it(
      'lets provider staff create offers for their own organisation only; every other role is refused and nothing ' +
        'is written',
      async () => {
        const before = await snapshot(subgraph);
        const create = (identity: Identity) =>
          subgraph.query(
            'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
            { input: offerInput() },
            identity,
          );
        for (const identity of [
          OTHER_PROVIDER_STAFF,
          CASE_MANAGER,
          CORE_GROUP,
          NETWORK_COORDINATOR,
          FINANCE,
          DPO,
          ADMIN,
        ]) {
          expect(await create(identity)).toEqual({ data: null, errors: [forbidden(['createOffer'])] });
        }
        expect(await snapshot(subgraph)).toEqual(before);
        expect((await create(PROVIDER_STAFF)).errors).toBeUndefined();
      },
    );

    it("refuses changes and status steps on another provider's offer, changing nothing", async () => {
      const before = await snapshot(subgraph);
      const steps = [
        'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 20 }) { id } }',
        'mutation($id: ID!) { startOffer(input: { offerId: $id }) { id } }',
        'mutation($id: ID!) { finishOffer(input: { offerId: $id }) { id } }',
        'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "x" }) { id } }',
      ];
      for (const step of steps) {
        for (const identity of [OTHER_PROVIDER_STAFF, CASE_MANAGER, ADMIN, DPO]) {
          const res = await subgraph.query(step, { id: offerId }, identity);
          expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
        }
      }
      const planned = await createOffer(subgraph, {}, 'PLANNED');
      expect(
        (
          await subgraph.query(
            'mutation($id: ID!) { openOffer(input: { offerId: $id }) { id } }',
            { id: planned },
            OTHER_PROVIDER_STAFF,
          )
        ).errors?.[0].extensions,
      ).toEqual({ code: 'FORBIDDEN' });
      const after = await snapshot(subgraph);
      expect((after as { enrollments: unknown }).enrollments).toEqual((before as { enrollments: unknown }).enrollments);
      expect(
        dataOf(
          await subgraph.query(
            'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 11 }) { seats } }',
            { id: offerId },
            providerOf(PROVIDER, 'colleague'),
          ),
        ),
      ).toEqual({ updateOffer: { seats: 11 } });
    });

    it('takes quality reviews from the core group and the network coordination in their own name only', async () => {
      const review = (identity: Identity, reviewerOrganizationId?: string) =>
        subgraph.query(
          'mutation($input: RecordQualityReviewInput!) { recordQualityReview(input: $input) { reviewer { id } } }',
          {
            input: {
              offerId,
              reviewerOrganizationId,
              reachScore: 3,
              completionScore: 3,
              transitionScore: 3,
              feedbackScore: 3,
              summary: 'ok',
            },
          },
          identity,
        );
      expect(dataOf(await review(CORE_GROUP))).toEqual({
        recordQualityReview: { reviewer: { id: CORE_GROUP.organizationId } },
      });
      expect(dataOf(await review(NETWORK_COORDINATOR))).toEqual({
        recordQualityReview: { reviewer: { id: NETWORK_COORDINATOR.organizationId } },
      });
      const before = await snapshot(subgraph);
      expect((await review(CORE_GROUP, NETWORK_COORDINATOR.organizationId as string)).errors?.[0]).toMatchObject({
        message: 'recordQualityReview is limited to your own organisation.',
        extensions: { code: 'FORBIDDEN' },
      });
      for (const identity of [PROVIDER_STAFF, CASE_MANAGER, FINANCE, DPO, ADMIN]) {
        expect((await review(identity)).errors?.[0]).toMatchObject({
          message: 'recordQualityReview needs one of the roles CORE_GROUP, NETWORK_COORDINATOR.',
          extensions: { code: 'FORBIDDEN' },
        });
      }
      expect(await snapshot(subgraph)).toEqual(before);
    });
  });

  describe('enrollment writes', () => {
    it(
      'lets case managers and the offer provider apply and enroll; other providers and roles are refused, writing ' +
        'nothing',
      async () => {
        const before = await snapshot(subgraph);
        const auditBefore = await subgraph.db.dataSource.query('SELECT count(*)::int AS n FROM audit_entry');
        for (const identity of [OTHER_PROVIDER_STAFF, CORE_GROUP, NETWORK_COORDINATOR, FINANCE, DPO, ADMIN]) {
          expect(
            (await apply(subgraph, offerId, newPersonId(), ADULT, '2026-01-05', identity)).errors?.[0].extensions,
          ).toEqual({ code: 'FORBIDDEN' });
          expect(
            (await enroll(subgraph, offerId, newPersonId(), ADULT, '2026-02-01', identity)).errors?.[0].extensions,
          ).toEqual({ code: 'FORBIDDEN' });
        }
        expect(await snapshot(subgraph)).toEqual(before);
        expect(await subgraph.db.dataSource.query('SELECT count(*)::int AS n FROM audit_entry')).toEqual(auditBefore);
        expect(
          dataOf(await apply(subgraph, offerId, newPersonId(), ADULT, '2026-01-05', PROVIDER_STAFF)).applyForOffer
            .status,
        ).toBe('APPLIED');
        expect(
          dataOf(await enroll(subgraph, offerId, newPersonId(), ADULT, '2026-02-01', PROVIDER_STAFF)).enrollInOffer
            .status,
        ).toBe('ENROLLED');
      },
    );

    it('lets only the offer provider reject and record outcomes; case managers and the provider withdraw', async () => {
      const applicant = newPersonId();
      const applied = dataOf(await apply(subgraph, offerId, applicant)).applyForOffer.id;
      const enrolled = dataOf(await enroll(subgraph, offerId, newPersonId())).enrollInOffer.id;
      const before = await snapshot(subgraph);
      for (const identity of [CASE_MANAGER, OTHER_PROVIDER_STAFF, ADMIN]) {
        expect(
          (
            await subgraph.query(
              'mutation($id: ID!) { rejectApplication(input: { enrollmentId: $id }) { id } }',
              { id: applied },
              identity,
            )
          ).errors?.[0].extensions,
        ).toEqual({ code: 'FORBIDDEN' });
        expect(
          (
            await subgraph.query(
              'mutation($id: ID!) { recordEnrollmentOutcome(input: { enrollmentId: $id, outcome: NO_PROGRESS, ' +
                'endedOn: "2026-06-30" }) { id } }',
              { id: enrolled },
              identity,
            )
          ).errors?.[0].extensions,
        ).toEqual({ code: 'FORBIDDEN' });
      }
      for (const identity of [OTHER_PROVIDER_STAFF, CORE_GROUP, DPO, ADMIN]) {
        expect(
          (
            await subgraph.query(
              'mutation($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id }) { id } }',
              { id: applied },
              identity,
            )
          ).errors?.[0].extensions,
        ).toEqual({ code: 'FORBIDDEN' });
      }
      expect(await snapshot(subgraph)).toEqual(before);
      expect(
        dataOf(
          await subgraph.query('mutation($id: ID!) { rejectApplication(input: { enrollmentId: $id }) { status } }', {
            id: applied,
          }),
        ),
      ).toEqual({ rejectApplication: { status: 'REJECTED' } });
      expect(
        dataOf(
          await subgraph.query(
            'mutation($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id }) { status } }',
            { id: enrolled },
            CASE_MANAGER,
          ),
        ),
      ).toEqual({ withdrawEnrollment: { status: 'WITHDRAWN' } });
    });

    it('records every enrollment write in the audit trail with who, organisation, roles and purpose', async () => {
      const someone = newPersonId();
      const withPurpose = { ...CASE_MANAGER, purpose: 'ENROLLMENT' as const };
      const { id } = dataOf(await enroll(subgraph, offerId, someone, ADULT, '2026-02-01', withPurpose)).enrollInOffer;
      dataOf(
        await subgraph.query(
          'mutation($id: ID!) { recordEnrollmentOutcome(input: { enrollmentId: $id, outcome: PROGRESSED, endedOn: ' +
            '"2026-06-30" }) { id } }',
          { id },
        ),
      );
      expect(await audit(someone)).toEqual([
        {
          subject: 'cm-1',
          organization_id: CASE_MANAGER.organizationId,
          roles: ['CASE_MANAGER'],
          purpose: 'ENROLLMENT',
          action: 'WRITE',
          entity: 'Enrollment',
          person_ref: someone,
          fields: ['status', 'appliedOn', 'enrolledOn', 'offer'],
        },
        // The mutation's answer is a read of the enrollment too.
        {
          subject: 'cm-1',
          organization_id: CASE_MANAGER.organizationId,
          roles: ['CASE_MANAGER'],
          purpose: 'ENROLLMENT',
          action: 'READ',
          entity: 'Enrollment',
          person_ref: someone,
          fields: expect.arrayContaining(['id', 'status', 'person', 'offer']),
        },
        {
          subject: 'provider-1',
          organization_id: PROVIDER,
          roles: ['PROVIDER'],
          purpose: null,
          action: 'WRITE',
          entity: 'Enrollment',
          person_ref: someone,
          fields: ['status', 'outcome', 'endedOn', 'reason'],
        },
        {
          subject: 'provider-1',
          organization_id: PROVIDER,
          roles: ['PROVIDER'],
          purpose: null,
          action: 'READ',
          entity: 'Enrollment',
          person_ref: someone,
          fields: ['id'],
        },
      ]);
    });

    it('records the withdrawal of every person when an offer is cancelled', async () => {
      const cancelled = await createOffer(subgraph, { seats: 5 });
      const [a, b] = [newPersonId(), newPersonId()];
      dataOf(await enroll(subgraph, cancelled, a));
      dataOf(await apply(subgraph, cancelled, b));
      dataOf(
        await subgraph.query(
          'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Raum fehlt" }) { id } }',
          { id: cancelled },
        ),
      );
      for (const p of [a, b]) {
        expect((await audit(p)).filter((r) => r.subject === 'provider-1')).toEqual([
          {
            subject: 'provider-1',
            organization_id: PROVIDER,
            roles: ['PROVIDER'],
            purpose: null,
            action: 'WRITE',
            entity: 'Enrollment',
            person_ref: p,
            fields: ['status', 'endedOn', 'reason'],
          },
        ]);
      }
    });

    it('keeps the audit trail append-only, even for the service itself', async () => {
      await expect(
        subgraph.db.dataSource.query('UPDATE audit_entry SET subject = $1', ['someone-else']),
      ).rejects.toThrow('audit entries are append-only');
      await expect(subgraph.db.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(
        'audit entries are append-only',
      );
    });
  });

  describe('enrollment reads', () => {
    const ONE = 'query($id: ID!) { enrollment(id: $id) { id status person { id } } }';

    it('shows one enrollment to staff of the offer provider only', async () => {
      expect(dataOf(await subgraph.query(ONE, { id: enrollmentId }))).toEqual({
        enrollment: { id: enrollmentId, status: 'ENROLLED', person: { id: person } },
      });
      for (const identity of [
        OTHER_PROVIDER_STAFF,
        CASE_MANAGER,
        CORE_GROUP,
        NETWORK_COORDINATOR,
        FINANCE,
        DPO,
        ADMIN,
      ]) {
        expect(await subgraph.query(ONE, { id: enrollmentId }, identity)).toEqual({
          data: { enrollment: null },
          errors: [forbidden(['enrollment'])],
        });
      }
      expect(dataOf(await subgraph.query(ONE, { id: newPersonId() }))).toEqual({ enrollment: null });
    });

    it(
      "lists an offer's enrollments to its provider's staff; others get the offer with enrollments null and " +
        'FORBIDDEN',
      async () => {
        const q = 'query($id: ID!) { offer(id: $id) { id figures { taken } enrollments { id } } }';
        expect(
          dataOf(
            await subgraph.query<{ offer: { enrollments: { id: string }[] } }>(
              q,
              { id: otherOfferId },
              OTHER_PROVIDER_STAFF,
            ),
          ).offer.enrollments,
        ).toEqual([{ id: otherEnrollmentId }]);
        for (const identity of [PROVIDER_STAFF, CASE_MANAGER, DPO, ADMIN]) {
          expect(await subgraph.query(q, { id: otherOfferId }, identity)).toEqual({
            data: { offer: { id: otherOfferId, figures: { taken: 1 }, enrollments: null } },
            errors: [forbidden(['offer', 'enrollments'])],
          });
        }
        // The core group reads counts of persons only protected, in its indicators.
        expect(await subgraph.query(q, { id: otherOfferId }, CORE_GROUP)).toEqual({
          data: { offer: { id: otherOfferId, figures: { taken: null }, enrollments: null } },
          errors: [forbidden(['offer', 'enrollments']), forbidden(['offer', 'figures', 'taken'])],
        });
      },
    );

    it('resolves Enrollment references for the offer provider only', async () => {
      const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Enrollment { id status } } }';
      const r = [
        { __typename: 'Enrollment', id: enrollmentId },
        { __typename: 'Enrollment', id: otherEnrollmentId },
      ];
      expect(await subgraph.query(q, { r })).toEqual({
        data: { _entities: [{ id: enrollmentId, status: 'ENROLLED' }, null] },
        errors: [forbidden(['_entities', 1])],
      });
      expect(await subgraph.query(q, { r }, CASE_MANAGER)).toEqual({
        data: { _entities: [null, null] },
        errors: [forbidden(['_entities', 0]), forbidden(['_entities', 1])],
      });
    });

    it(
      "gives a person's whole course history and measure career to the case managers the persons subgraph grants " +
        'them, and FORBIDDEN to other roles',
      async () => {
        const q =
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrollments { id } ' +
          'measureCareer ' +
          '{ length } } } }';
        const rep = (visible: boolean) => ({
          r: [{ __typename: 'Person', id: person, enrollmentsVisibleToViewer: visible }],
        });
        const ids = (res: { data?: { _entities: { enrollments: { id: string }[] | null }[] } | null }) =>
          res.data?._entities[0].enrollments?.map((e) => e.id).sort();
        expect(dataOf(await subgraph.query(q, rep(true), CASE_MANAGER))).toEqual({
          _entities: [{ id: person, enrollments: expect.any(Array), measureCareer: { length: expect.any(Number) } }],
        });
        expect(ids(await subgraph.query(q, rep(true), CASE_MANAGER))).toEqual([enrollmentId, otherEnrollmentId].sort());
        for (const identity of [CASE_MANAGER, CORE_GROUP, NETWORK_COORDINATOR, FINANCE, DPO, ADMIN]) {
          expect(await subgraph.query(q, rep(false), identity)).toEqual({
            data: { _entities: [{ id: person, enrollments: null, measureCareer: null }] },
            errors: expect.arrayContaining([
              forbidden(['_entities', 0, 'enrollments']),
              forbidden(['_entities', 0, 'measureCareer']),
            ]),
          });
        }
      },
    );

    it(
      "gives provider staff only the enrollments in their own organisation's offers, even where the persons " +
        "subgraph grants the person's enrollments (a consent for ENROLLMENT), and no measure career",
      async () => {
        const q =
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrollments { id } ' +
          'measureCareer ' +
          '{ length } } } }';
        const withConsent = (identity: Identity) => ({ ...identity, purpose: 'ENROLLMENT' as const });
        for (const visible of [true, false]) {
          const r = [{ __typename: 'Person', id: person, enrollmentsVisibleToViewer: visible }];
          // Each provider sees its own enrollment of the person and nothing of the other's; the measure career, derived
          // from both, is withheld.
          for (const [identity, own] of [
            [PROVIDER_STAFF, enrollmentId],
            [OTHER_PROVIDER_STAFF, otherEnrollmentId],
          ] as const) {
            expect(await subgraph.query(q, { r }, withConsent(identity))).toEqual({
              data: { _entities: [{ id: person, enrollments: [{ id: own }], measureCareer: null }] },
              errors: [forbidden(['_entities', 0, 'measureCareer'])],
            });
          }
        }
      },
    );

    it("filters a provider's view of many persons in one statement", async () => {
      const persons = [person, newPersonId(), newPersonId()];
      for (const p of persons.slice(1)) {
        dataOf(await enroll(subgraph, offerId, p));
        dataOf(await enroll(subgraph, otherOfferId, p));
      }
      const q =
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrollments { offer { id } } } } }';
      const read = (ids: string[]) =>
        subgraph.query(
          q,
          { r: ids.map((id) => ({ __typename: 'Person', id, enrollmentsVisibleToViewer: true })) },
          PROVIDER_STAFF,
        );
      expect(dataOf(await read(persons))).toEqual({
        _entities: persons.map((id) => ({ id, enrollments: [{ offer: { id: offerId } }] })),
      });
      // The scope is in the statement and the loader batches: three persons cost what one costs.
      expect(await subgraph.countStatements(() => read(persons))).toBe(
        await subgraph.countStatements(() => read([person])),
      );
    });

    it('records who read which enrollment fields of which person, once per request', async () => {
      const someone = newPersonId();
      dataOf(await enroll(subgraph, offerId, someone));
      const reader = { ...PROVIDER_STAFF, subject: 'reader-1', purpose: 'ENROLLMENT' as const };
      dataOf(
        await subgraph.query(
          'query($id: ID!) { offer(id: $id) { enrollments { status appliedOn } } }',
          { id: offerId },
          reader,
        ),
      );
      const rows = (await audit(someone)).filter((r) => r.subject === 'reader-1');
      expect(rows).toEqual([
        {
          subject: 'reader-1',
          organization_id: PROVIDER,
          roles: ['PROVIDER'],
          purpose: 'ENROLLMENT',
          action: 'READ',
          entity: 'Enrollment',
          person_ref: someone,
          fields: ['appliedOn', 'status'],
        },
      ]);
      await subgraph.query(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrollments { id } } } }',
        { r: [{ __typename: 'Person', id: someone, enrollmentsVisibleToViewer: false }] },
        { ...ADMIN, subject: 'nosy-admin' },
      );
      expect((await audit(someone)).filter((r) => r.subject === 'nosy-admin')).toEqual([]);
    });
  });

  describe('data protection officer and erasure', () => {
    const LOG =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on DataSubject { personId offersAccessLog { ' +
      'subject organizationId roles action entity fields } } } }';

    it(
      "lists this subgraph's audit entries of a person to the data protection officer only, newest " + 'first',
      async () => {
        const someone = newPersonId();
        dataOf(await enroll(subgraph, offerId, someone));
        dataOf(
          await subgraph.query(
            'query($id: ID!) { offer(id: $id) { enrollments { status } } }',
            { id: offerId },
            { ...PROVIDER_STAFF, subject: 'reader-2' },
          ),
        );
        const res = await subgraph.query<{ _entities: { offersAccessLog: unknown[] }[] }>(
          LOG,
          { r: [{ __typename: 'DataSubject', personId: someone }] },
          DPO,
        );
        expect(dataOf(res)._entities[0]).toEqual({
          personId: someone,
          offersAccessLog: [
            {
              subject: 'reader-2',
              organizationId: PROVIDER,
              roles: ['PROVIDER'],
              action: 'READ',
              entity: 'Enrollment',
              fields: ['status'],
            },
            {
              subject: 'cm-1',
              organizationId: CASE_MANAGER.organizationId,
              roles: ['CASE_MANAGER'],
              action: 'READ',
              entity: 'Enrollment',
              fields: expect.any(Array),
            },
            {
              subject: 'cm-1',
              organizationId: CASE_MANAGER.organizationId,
              roles: ['CASE_MANAGER'],
              action: 'WRITE',
              entity: 'Enrollment',
              fields: ['status', 'appliedOn', 'enrolledOn', 'offer'],
            },
          ],
        });
        for (const identity of [PROVIDER_STAFF, CASE_MANAGER, CORE_GROUP, NETWORK_COORDINATOR, FINANCE, ADMIN]) {
          expect(
            await subgraph.query(LOG, { r: [{ __typename: 'DataSubject', personId: someone }] }, identity),
          ).toEqual({
            data: { _entities: [null] },
            errors: [forbidden(['_entities', 0, 'offersAccessLog'])],
          });
        }
      },
    );

    it('reads the access logs of many persons in one statement', async () => {
      const count = async (n: number) => {
        const r = Array.from({ length: n }, () => ({ __typename: 'DataSubject', personId: newPersonId() }));
        return subgraph.countStatements(() => subgraph.query(LOG, { r }, DPO));
      };
      expect(await count(2)).toBe(1);
      expect(await count(25)).toBe(1);
    });

    it("unlinks an erased person's enrollments, system sweep only, keeping the figures; idempotent", async () => {
      const erased = newPersonId();
      const a = dataOf(await enroll(subgraph, offerId, erased)).enrollInOffer.id;
      const b = dataOf(await enroll(subgraph, otherOfferId, erased)).enrollInOffer.id;
      const figures = () =>
        subgraph.query('query($id: ID!) { offer(id: $id) { figures { taken applicants } } }', { id: offerId });
      const figuresBefore = await figures();
      const erase = (identity: Identity) =>
        subgraph.query<{ _erasePersonData: number }>(
          'mutation($id: ID!) { _erasePersonData(personId: $id) }',
          { id: erased },
          identity,
        );
      const before = await snapshot(subgraph);
      for (const identity of [DPO, ADMIN, CASE_MANAGER, PROVIDER_STAFF]) {
        expect(await erase(identity)).toEqual({ data: null, errors: [forbidden(['_erasePersonData'])] });
      }
      expect(await snapshot(subgraph)).toEqual(before);
      expect(dataOf(await erase(SYSTEM))).toEqual({ _erasePersonData: 2 });
      expect(
        await subgraph.db.dataSource.query('SELECT id, person_id FROM enrollment WHERE id = ANY($1) ORDER BY id', [
          [a, b],
        ]),
      ).toEqual([a, b].sort().map((id) => ({ id, person_id: null })));
      expect(await figures()).toEqual(figuresBefore);
      const personView = await subgraph.query(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { enrollments { id } } } }',
        { r: [{ __typename: 'Person', id: erased, enrollmentsVisibleToViewer: true }] },
        CASE_MANAGER,
      );
      expect(dataOf(personView)).toEqual({ _entities: [{ enrollments: [] }] });
      expect(dataOf(await erase(SYSTEM))).toEqual({ _erasePersonData: 0 });
      expect((await audit(erased)).filter((r) => r.action === 'ERASE')).toEqual([
        {
          subject: SYSTEM.subject,
          organization_id: null,
          roles: ['DATA_PROTECTION_OFFICER'],
          purpose: null,
          action: 'ERASE',
          entity: 'Enrollment',
          person_ref: erased,
          fields: ['person'],
        },
        {
          subject: SYSTEM.subject,
          organization_id: null,
          roles: ['DATA_PROTECTION_OFFICER'],
          purpose: null,
          action: 'ERASE',
          entity: 'Enrollment',
          person_ref: erased,
          fields: ['person'],
        },
      ]);
    });
  });
});
