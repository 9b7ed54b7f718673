import { providerOf } from '@gk/fixtures';
import type { TestSubgraph } from '@gk/shared/testing';
import {
  ADULT,
  CORE_GROUP,
  createOffer,
  dataOf,
  enroll,
  newPersonId,
  OFFER_FIELDS,
  offerInput,
  PROVIDER,
  PROVIDER_STAFF,
  snapshot,
  offersAskingPersons,
  startOffersTestSubgraph,
} from './support';

describe('offers: catalogue and lifecycle', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersAskingPersons());
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const create = (input: Record<string, unknown>) =>
    subgraph.query<{ createOffer: Record<string, unknown> }>(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`,
      { input },
      PROVIDER_STAFF,
    );

  it('creates a planned offer with default target-group rules and records who created it', async () => {
    const res = await create(offerInput({ description: 'Kurs am Vormittag.' }));
    const offer = dataOf(res).createOffer;
    expect(offer).toEqual({
      id: expect.any(String),
      title: 'Berufssprachkurs B1',
      description: 'Kurs am Vormittag.',
      category: 'LANGUAGE_COURSE',
      targetOutcome: 'LANGUAGE_LEVEL',
      targetGermanLevel: 'B1',
      startDate: '2026-01-12',
      endDate: '2026-06-30',
      hoursPerWeek: 16,
      seats: 10,
      status: 'PLANNED',
      provider: { id: PROVIDER },
      municipality: { ags: '05566076' },
      eligibility: { minAge: 18, maxAge: 27, residenceStatuses: [], benefitRegimes: [], minGermanLevel: null },
      figures: {
        seats: 10,
        taken: 0,
        free: 10,
        applicants: 0,
        occupancy: 0,
        completionRate: null,
        transitionRate: null,
      },
    });
    const [row] = await subgraph.db.dataSource.query(
      'SELECT created_by, created_by_org, updated_by FROM offer WHERE id = $1',
      [offer.id],
    );
    expect(row).toEqual({ created_by: 'provider-1', created_by_org: PROVIDER, updated_by: 'provider-1' });
  });

  it('keeps eligibility rules: only persons without SGB II / XII, with Duldung, from A2', async () => {
    const res = await create(
      offerInput({
        eligibility: {
          minAge: 18,
          maxAge: 25,
          residenceStatuses: ['DULDUNG'],
          benefitRegimes: ['ASYLBLG', 'SGB_III', 'NONE'],
          minGermanLevel: 'A2',
        },
      }),
    );
    expect(dataOf(res).createOffer.eligibility).toEqual({
      minAge: 18,
      maxAge: 25,
      residenceStatuses: ['DULDUNG'],
      benefitRegimes: ['ASYLBLG', 'SGB_III', 'NONE'],
      minGermanLevel: 'A2',
    });
  });

  it.each([
    [{ endDate: '2025-12-31' }, 'input.endDate', 'Invalid value for "input.endDate": must not be before startDate.'],
    [
      { eligibility: { minAge: 25, maxAge: 20 } },
      'input.eligibility.maxAge',
      'Invalid value for "input.eligibility.maxAge": must not be below minAge.',
    ],
    [
      { targetGermanLevel: null },
      'input.targetGermanLevel',
      'Invalid value for "input.targetGermanLevel": is required when targetOutcome is LANGUAGE_LEVEL.',
    ],
    [
      { targetOutcome: 'EMPLOYMENT' },
      'input.targetGermanLevel',
      'Invalid value for "input.targetGermanLevel": is only allowed when targetOutcome is LANGUAGE_LEVEL.',
    ],
  ])('refuses an inconsistent offer %j naming the field, creating nothing', async (overrides, field, message) => {
    const before = await snapshot(subgraph);
    const res = await create(offerInput(overrides));
    expect(res).toEqual({
      data: null,
      errors: [
        { message, path: ['createOffer'], locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', field } },
      ],
    });
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it.each([
    [{ seats: 0 }, ['input.seats']],
    [{ title: '   ' }, ['input.title']],
    [{ municipalityAgs: '5566' }, ['input.municipalityAgs']],
    [{ providerId: 'nope' }, ['input.providerId']],
    [
      { eligibility: { minAge: -1, residenceStatuses: ['DULDUNG', 'DULDUNG'] } },
      ['input.eligibility.minAge', 'input.eligibility.residenceStatuses'],
    ],
  ])('refuses invalid input %j with BAD_USER_INPUT naming the fields', async (overrides, fields) => {
    const before = await snapshot(subgraph);
    const res = await create(offerInput(overrides));
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields });
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it('moves an offer through its lifecycle and refuses steps out of order', async () => {
    const id = await createOffer(subgraph, {}, 'PLANNED');
    const step = (name: string) =>
      subgraph.query<Record<string, { status: string }>>(
        `mutation($id: ID!) { ${name}(input: { offerId: $id }) { status } }`,
        { id },
      );
    expect(await step('finishOffer')).toMatchObject({
      data: null,
      errors: [
        {
          message: 'An offer in status PLANNED cannot be moved to FINISHED.',
          extensions: { code: 'INVALID_OFFER_TRANSITION', status: 'PLANNED', action: 'finish' },
        },
      ],
    });
    expect(dataOf(await step('openOffer'))).toEqual({ openOffer: { status: 'OPEN' } });
    expect(dataOf(await step('startOffer'))).toEqual({ startOffer: { status: 'RUNNING' } });
    expect(dataOf(await step('finishOffer'))).toEqual({ finishOffer: { status: 'FINISHED' } });
    const cancel = await subgraph.query(
      'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Zu wenige Anmeldungen" }) { status } }',
      { id },
    );
    expect(cancel.errors?.[0]).toMatchObject({
      message: 'An offer in status FINISHED cannot be moved to CANCELLED.',
      extensions: { code: 'INVALID_OFFER_TRANSITION' },
    });
    const update = await subgraph.query(
      'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 20 }) { seats } }',
      { id },
    );
    expect(update.errors?.[0]).toMatchObject({
      message: 'An offer in status FINISHED cannot be changed.',
      extensions: { code: 'OFFER_CLOSED', status: 'FINISHED' },
    });
  });

  it('updates only the given fields and records who changed it', async () => {
    const id = await createOffer(subgraph);
    const colleague = providerOf(PROVIDER, 'provider-1b');
    const res = await subgraph.query<{ updateOffer: Record<string, unknown> }>(
      `mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { title seats hoursPerWeek targetOutcome ` +
        `targetGermanLevel eligibility { minAge maxAge minGermanLevel benefitRegimes } } }`,
      { input: { offerId: id, seats: 12, hoursPerWeek: null, eligibility: { minGermanLevel: 'A2' } } },
      colleague,
    );
    expect(dataOf(res).updateOffer).toEqual({
      title: 'Berufssprachkurs B1',
      seats: 12,
      hoursPerWeek: null,
      targetOutcome: 'LANGUAGE_LEVEL',
      targetGermanLevel: 'B1',
      eligibility: { minAge: 18, maxAge: 27, minGermanLevel: 'A2', benefitRegimes: [] },
    });
    const [row] = await subgraph.db.dataSource.query(
      'SELECT created_by, updated_by, version FROM offer WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ created_by: 'provider-1', updated_by: 'provider-1b', version: 3 });
  });

  it('refuses fewer seats than are taken, and an update that breaks a rule, changing nothing', async () => {
    const id = await createOffer(subgraph, { seats: 3 });
    for (let i = 0; i < 2; i += 1) dataOf(await enroll(subgraph, id, newPersonId()));
    const before = await snapshot(subgraph);
    const fewer = await subgraph.query(
      'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 1 }) { seats } }',
      { id },
    );
    expect(fewer.errors?.[0]).toMatchObject({
      message: 'An offer cannot have fewer seats than are taken.',
      extensions: { code: 'SEATS_BELOW_TAKEN', field: 'input.seats' },
    });
    const dates = await subgraph.query(
      'mutation($id: ID!) { updateOffer(input: { offerId: $id, endDate: "2025-01-01" }) { seats } }',
      { id },
    );
    expect(dates.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } });
    expect(await snapshot(subgraph)).toEqual(before);
    const same = await subgraph.query(
      'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 2 }) { figures { seats taken free occupancy } ' +
        '} }',
      { id },
    );
    expect(dataOf(same)).toEqual({ updateOffer: { figures: { seats: 2, taken: 2, free: 0, occupancy: 1 } } });
  });

  it(
    'cancels an offer: its active enrollments are withdrawn with the reason and seats freed; it takes no ' +
      'enrollments any more',
    async () => {
      const id = await createOffer(subgraph, { seats: 5 });
      const person = newPersonId();
      dataOf(await enroll(subgraph, id, person));
      const res = await subgraph.query<{ cancelOffer: unknown }>(
        'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Lehrkraft fehlt" }) { status figures { ' +
          'taken ' +
          'free } enrollments { status reason } } }',
        { id },
      );
      expect(dataOf(res)).toEqual({
        cancelOffer: {
          status: 'CANCELLED',
          figures: { taken: 0, free: 5 },
          enrollments: [{ status: 'WITHDRAWN', reason: 'Lehrkraft fehlt' }],
        },
      });
      const before = await snapshot(subgraph);
      const again = await enroll(subgraph, id, newPersonId());
      expect(again).toMatchObject({
        data: null,
        errors: [
          {
            message: 'The offer is cancelled and takes no applications or enrollments.',
            extensions: { code: 'OFFER_CANCELLED' },
          },
        ],
      });
      const applied = await subgraph.query(
        'mutation($input: ApplyForOfferInput!) { applyForOffer(input: $input) { id } }',
        { input: { offerId: id, personId: person, person: ADULT } },
      );
      expect(applied.errors?.[0].extensions?.code).toBe('OFFER_CANCELLED');
      expect(await snapshot(subgraph)).toEqual(before);
    },
  );

  it('refuses a step on an unknown offer with NOT_FOUND', async () => {
    const res = await subgraph.query(
      'mutation { openOffer(input: { offerId: "3f0b8a7e-1111-4222-8333-444455556666" }) { id } }',
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'No offer with this offerId exists.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('pages through offers in start-date order with a filter, never more than asked', async () => {
    const ids: string[] = [];
    for (const start of ['2030-03-01', '2030-01-01', '2030-02-01'])
      ids.push(
        await createOffer(subgraph, {
          municipalityAgs: '05162016',
          startDate: start,
          endDate: '2030-12-31',
          category: 'MENTORING',
          targetOutcome: 'STABILISATION',
          targetGermanLevel: null,
        }),
      );
    const page = (after?: string) =>
      subgraph.query<{
        offers: { items: { startDate: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      }>(
        'query($after: String) { offers(filter: { municipalityAgs: "05162", category: MENTORING }, first: 2, after: ' +
          '$after) { items { startDate } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
    const first = dataOf(await page()).offers;
    expect(first.items).toEqual([{ startDate: '2030-01-01' }, { startDate: '2030-02-01' }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await page(first.pageInfo.endCursor as string)).offers;
    expect(second).toEqual({
      items: [{ startDate: '2030-03-01' }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const bad = await page('not-a-cursor');
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it("records a quality review by the caller's organisation and shows it on the offer", async () => {
    const id = await createOffer(subgraph);
    const input = {
      offerId: id,
      reviewedOn: '2026-03-15',
      reachScore: 4,
      completionScore: 3,
      transitionScore: 2,
      feedbackScore: 5,
      summary: 'Gute Erreichbarkeit, Übergänge stärken.',
    };
    const res = await subgraph.query<{ recordQualityReview: unknown }>(
      'mutation($input: RecordQualityReviewInput!) { recordQualityReview(input: $input) { reviewedOn reachScore ' +
        'completionScore transitionScore feedbackScore summary reviewer { id } offer { id } } }',
      { input },
      CORE_GROUP,
    );
    expect(dataOf(res)).toEqual({
      recordQualityReview: {
        reviewedOn: '2026-03-15',
        reachScore: 4,
        completionScore: 3,
        transitionScore: 2,
        feedbackScore: 5,
        summary: 'Gute Erreichbarkeit, Übergänge stärken.',
        reviewer: { id: CORE_GROUP.organizationId },
        offer: { id },
      },
    });
    const before = await snapshot(subgraph);
    const badScore = await subgraph.query(
      'mutation($input: RecordQualityReviewInput!) { recordQualityReview(input: $input) { id } }',
      { input: { ...input, reachScore: 6 } },
      CORE_GROUP,
    );
    expect(badScore.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reachScore'] });
    const noOrg = await subgraph.query(
      'mutation($input: RecordQualityReviewInput!) { recordQualityReview(input: $input) { id } }',
      { input },
      { ...CORE_GROUP, organizationId: null },
    );
    expect(noOrg.errors?.[0]).toMatchObject({
      message: 'recordQualityReview is limited to your own organisation.',
      extensions: { code: 'FORBIDDEN' },
    });
    const future = await subgraph.query(
      'mutation($input: RecordQualityReviewInput!) { recordQualityReview(input: $input) { id } }',
      { input: { ...input, reviewedOn: '2999-01-01' } },
      CORE_GROUP,
    );
    expect(future.errors?.[0]).toMatchObject({
      message: 'Invalid value for "input.reviewedOn": must not lie in the future.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.reviewedOn' },
    });
    expect(await snapshot(subgraph)).toEqual(before);
    const listed = await subgraph.query(
      'query($id: ID!) { offer(id: $id) { qualityReviews { reachScore summary } } }',
      { id },
    );
    expect(dataOf(listed)).toEqual({
      offer: { qualityReviews: [{ reachScore: 4, summary: 'Gute Erreichbarkeit, Übergänge stärken.' }] },
    });
  });
});
