import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { personsSubgraph } from '../src/persons.subgraph';
import { CASE_MANAGER, CASE_MANAGER_TWO_KREISE, KIM_RHEINE, allRowCounts, registerPerson, actingAs } from './support';

const RECORD_STATUS = `mutation($input: RecordResidenceStatusInput!) { recordResidenceStatus(input: $input) {
  currentResidenceStatus version residenceStatusHistory { status validFrom validUntil } } }`;
const RECORD_REGIME = `mutation($input: RecordBenefitRegimeInput!) { recordBenefitRegime(input: $input) {
  currentBenefitRegime version benefitRegimeHistory { regime previousRegime validFrom validUntil } } }`;
const CHANGES = `query($filter: BenefitRegimeChangeFilterInput, $first: Int, $after: String) {
  benefitRegimeChanges(filter: $filter, first: $first, after: $after) {
    items { fromRegime toRegime changedOn recordedByOrganization { id } person { id familyName } }
    pageInfo { hasNextPage endCursor } } }`;

describe('persons: residence status and benefit regime history', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph), CASE_MANAGER);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it('records status changes as consecutive periods and keeps the current status on the person', async () => {
    const personId = await registerPerson(subgraph, {
      familyName: 'Statuswechsel',
      residenceStatus: { status: 'GESTATTUNG', validFrom: '2018-04-01' },
    });
    await subgraph.query(
      RECORD_STATUS,
      { input: { personId, status: 'DULDUNG', validFrom: '2020-01-15' } },
      CASE_MANAGER,
    );
    const res = await subgraph.query(
      RECORD_STATUS,
      { input: { personId, status: 'AUSBILDUNGSDULDUNG', validFrom: '2022-08-01' } },
      CASE_MANAGER,
    );
    expect(res).toEqual({
      data: {
        recordResidenceStatus: {
          currentResidenceStatus: 'AUSBILDUNGSDULDUNG',
          version: 3,
          residenceStatusHistory: [
            { status: 'GESTATTUNG', validFrom: '2018-04-01', validUntil: '2020-01-14' },
            { status: 'DULDUNG', validFrom: '2020-01-15', validUntil: '2022-07-31' },
            { status: 'AUSBILDUNGSDULDUNG', validFrom: '2022-08-01', validUntil: null },
          ],
        },
      },
    });
  });

  it(
    'refuses a status that starts before the current one, equals it, lies in the future, or ' +
      'belongs to nobody; nothing changes',
    async () => {
      const personId = await registerPerson(subgraph, {
        familyName: 'Statusfehler',
        residenceStatus: { status: 'DULDUNG', validFrom: '2021-06-01' },
      });
      const before = await allRowCounts(subgraph);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ personId, status: 'AE_25A', validFrom: '2021-06-01' }, 'BAD_USER_INPUT', 'input.validFrom'],
        [{ personId, status: 'AE_25A', validFrom: '2020-01-01' }, 'BAD_USER_INPUT', 'input.validFrom'],
        [{ personId, status: 'DULDUNG', validFrom: '2023-01-01' }, 'BAD_USER_INPUT', 'input.status'],
        [{ personId, status: 'AE_25A', validFrom: '2999-01-01' }, 'BAD_USER_INPUT', 'input.validFrom'],
        [
          { personId: '00000000-0000-4000-8000-000000000000', status: 'AE_25A', validFrom: '2023-01-01' },
          'NOT_FOUND',
          'id',
        ],
      ];
      for (const [input, code, field] of cases) {
        const res = await subgraph.query(RECORD_STATUS, { input }, CASE_MANAGER);
        expect(res.data ?? null).toBeNull();
        const extensions = res.errors?.[0].extensions ?? {};
        expect(extensions.code).toBe(code);
        expect([extensions.field, ...((extensions.fields as string[]) ?? [])]).toContain(field);
      }
      const unknownStatus = await subgraph.query(
        RECORD_STATUS,
        { input: { personId, status: 'AE_99X', validFrom: '2023-01-01' } },
        CASE_MANAGER,
      );
      expect(unknownStatus.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknownStatus.errors?.[0].message).toContain('"input.status"');
      expect(await allRowCounts(subgraph)).toEqual(before);
    },
  );

  it('keeps one open period when status changes arrive in parallel', async () => {
    const personId = await registerPerson(subgraph, {
      familyName: 'Statusparallel',
      residenceStatus: { status: 'GESTATTUNG', validFrom: '2018-01-01' },
    });
    const results = await Promise.all([
      subgraph.query(RECORD_STATUS, { input: { personId, status: 'DULDUNG', validFrom: '2019-01-01' } }, CASE_MANAGER),
      subgraph.query(RECORD_STATUS, { input: { personId, status: 'AE_OTHER', validFrom: '2020-01-01' } }, CASE_MANAGER),
    ]);
    // Serialised by the row lock: the earlier date either lands first or is refused as older than the later one.
    const history = await subgraph.query<{
      person: { currentResidenceStatus: string; residenceStatusHistory: { validUntil: string | null }[] };
    }>(
      `query($id: ID!) { person(id: $id) { currentResidenceStatus residenceStatusHistory { status ` +
        `validFrom
        validUntil } } }`,
      { id: personId },
    );
    const periods = history.data!.person.residenceStatusHistory;
    expect(periods.filter((p) => p.validUntil === null)).toHaveLength(1);
    expect(history.data!.person.currentResidenceStatus).toBe('AE_OTHER');
    expect(results.filter((r) => !r.errors)).toHaveLength(periods.length - 1);
  });

  it('records regime changes as first-class events that can be listed by municipality and regimes', async () => {
    const rheine = await registerPerson(subgraph, {
      familyName: 'Rechtskreis',
      benefitRegime: { regime: 'ASYLBLG', validFrom: '2019-02-01' },
    });
    const neuss = await registerPerson(
      subgraph,
      {
        familyName: 'Rechtskreisneuss',
        municipalityAgs: '05162024',
        benefitRegime: { regime: 'ASYLBLG', validFrom: '2019-03-01' },
      },
      CASE_MANAGER_TWO_KREISE,
    );
    const res = await subgraph.query(
      RECORD_REGIME,
      { input: { personId: rheine, regime: 'SGB_II', validFrom: '2021-05-01' } },
      CASE_MANAGER,
    );
    expect(res).toEqual({
      data: {
        recordBenefitRegime: {
          currentBenefitRegime: 'SGB_II',
          version: 2,
          benefitRegimeHistory: [
            { regime: 'ASYLBLG', previousRegime: null, validFrom: '2019-02-01', validUntil: '2021-04-30' },
            { regime: 'SGB_II', previousRegime: 'ASYLBLG', validFrom: '2021-05-01', validUntil: null },
          ],
        },
      },
    });
    await subgraph.query(
      RECORD_REGIME,
      { input: { personId: neuss, regime: 'SGB_II', validFrom: '2020-07-01' } },
      CASE_MANAGER,
    );
    await subgraph.query(
      RECORD_REGIME,
      { input: { personId: neuss, regime: 'SGB_III', validFrom: '2022-09-01' } },
      CASE_MANAGER,
    );

    const all = await subgraph.query(CHANGES, { filter: { fromRegime: 'ASYLBLG', toRegime: 'SGB_II' } });
    expect(all).toEqual({
      data: {
        benefitRegimeChanges: {
          items: [
            {
              fromRegime: 'ASYLBLG',
              toRegime: 'SGB_II',
              changedOn: '2020-07-01',
              recordedByOrganization: { id: KIM_RHEINE },
              person: { id: neuss, familyName: 'Rechtskreisneuss' },
            },
            {
              fromRegime: 'ASYLBLG',
              toRegime: 'SGB_II',
              changedOn: '2021-05-01',
              recordedByOrganization: { id: KIM_RHEINE },
              person: { id: rheine, familyName: 'Rechtskreis' },
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        },
      },
    });
    const kreis = await subgraph.query<{ benefitRegimeChanges: { items: { changedOn: string }[] } }>(CHANGES, {
      filter: { municipalityAgs: '05162' },
    });
    expect(kreis.data?.benefitRegimeChanges.items.map((c) => c.changedOn)).toEqual(['2020-07-01', '2022-09-01']);

    const page1 = await subgraph.query<{
      benefitRegimeChanges: { items: { changedOn: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(CHANGES, { first: 2 });
    expect(page1.data?.benefitRegimeChanges.items.map((c) => c.changedOn)).toEqual(['2020-07-01', '2021-05-01']);
    expect(page1.data?.benefitRegimeChanges.pageInfo.hasNextPage).toBe(true);
    const page2 = await subgraph.query<{
      benefitRegimeChanges: { items: { changedOn: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(CHANGES, { first: 2, after: page1.data?.benefitRegimeChanges.pageInfo.endCursor });
    expect(page2.data?.benefitRegimeChanges.items.map((c) => c.changedOn)).toEqual(['2022-09-01']);
    expect(page2.data?.benefitRegimeChanges.pageInfo.hasNextPage).toBe(false);

    const window = await subgraph.query<{ benefitRegimeChanges: { items: { changedOn: string }[] } }>(CHANGES, {
      filter: { changedFrom: '2021-01-01', changedUntil: '2021-12-31' },
    });
    expect(window.data?.benefitRegimeChanges.items.map((c) => c.changedOn)).toEqual(['2021-05-01']);
    const endBeforeStart = await subgraph.query(CHANGES, {
      filter: { changedFrom: '2022-01-01', changedUntil: '2021-12-31' },
    });
    expect(endBeforeStart.errors?.[0]).toMatchObject({
      message: 'Invalid value for "filter.changedUntil": must not be before changedFrom.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.changedUntil' },
    });
    const badCursor = await subgraph.query(CHANGES, { after: 'bm9wZQ' });
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('refuses a regime equal to the current one and a regime change dated before it, writing nothing', async () => {
    const personId = await registerPerson(subgraph, {
      familyName: 'Regimefehler',
      benefitRegime: { regime: 'SGB_II', validFrom: '2020-01-01' },
    });
    const before = await allRowCounts(subgraph);
    const same = await subgraph.query(
      RECORD_REGIME,
      { input: { personId, regime: 'SGB_II', validFrom: '2021-01-01' } },
      CASE_MANAGER,
    );
    expect(same.errors?.[0]).toMatchObject({
      message: 'Invalid value for "input.regime": equals the current benefit regime.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.regime' },
    });
    const older = await subgraph.query(
      RECORD_REGIME,
      { input: { personId, regime: 'SGB_XII', validFrom: '2019-12-31' } },
      CASE_MANAGER,
    );
    expect(older.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.validFrom' } });
    expect(await allRowCounts(subgraph)).toEqual(before);
  });
});
