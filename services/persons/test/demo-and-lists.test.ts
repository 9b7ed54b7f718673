import { todayIso } from '@gk/shared';
import { DEMO_PERSON_COUNTS, demoOrganizationId, demoPersonRefs } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { personsSubgraph } from '../src/persons.subgraph';
import { ageOn } from '../src/common/validation';
import { KIM_RHEINE, KI_RKN, actingAs, caseManagerOf } from './support';

/**
 * The demo's case managers: KI Rhein-Kreis Neuss manages the 192 persons of the Kreis, KIM Rheine the 100 of Rheine.
 */
const RKN_CM = caseManagerOf(KI_RKN);
const RHEINE_CM = caseManagerOf(KIM_RHEINE);

interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  currentResidenceStatus: string | null;
  dateOfBirth: string;
}
interface Page {
  persons: { items: PersonRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const LIST = `query($filter: PersonFilterInput, $first: Int, $after: String) {
  persons(filter: $filter, first: $first, after: $after) { items { id givenName familyName currentResidenceStatus
  dateOfBirth } pageInfo { hasNextPage endCursor } } }`;

const WITH_RELATIONS = `query($first: Int) { persons(first: $first) { items {
  id currentResidenceStatus currentBenefitRegime age municipality { ags } caseManagingOrganization { id }
  residenceStatusHistory { status } benefitRegimeHistory { regime }
  needs { category status } consents { organization { id } active } referrals { status toOrganization { id } }
  history { kind } } } }`;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id age germanLevel
  currentResidenceStatus currentBenefitRegime municipality { ags } } } }`;

describe('persons: demo data, lists and batching', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph, { loadDemoData: true }), RKN_CM);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    subgraph.db.dataSource.query(text, params);

  async function allPages(
    filter: Record<string, unknown>,
    first: number,
    who = RKN_CM,
  ): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: { data?: Page | null } = await subgraph.query<Page>(LIST, { filter, first, after }, who);
      pages += 1;
      ids.push(...res.data!.persons.items.map((p) => p.id));
      if (!res.data!.persons.pageInfo.hasNextPage) return { ids, pages };
      after = res.data!.persons.pageInfo.endCursor;
    }
  }

  it('loads exactly the demo persons every slice points at, in the planned municipalities', async () => {
    const rows = await sql<{ id: string; municipality_ags: string; case_managing_organization_id: string }>(
      'SELECT id, municipality_ags, case_managing_organization_id FROM person ORDER BY id',
    );
    const refs = demoPersonRefs();
    expect(rows.map((r) => r.id)).toEqual(refs.map((r) => r.id).sort());
    const perAgs: Record<string, number> = {};
    for (const r of rows) perAgs[r.municipality_ags] = (perAgs[r.municipality_ags] ?? 0) + 1;
    expect(perAgs).toEqual(DEMO_PERSON_COUNTS);
    expect(
      new Set(rows.filter((r) => r.municipality_ags === '05566076').map((r) => r.case_managing_organization_id)),
    ).toEqual(new Set([demoOrganizationId('kim-rheine')]));
    expect(
      new Set(rows.filter((r) => r.municipality_ags !== '05566076').map((r) => r.case_managing_organization_id)),
    ).toEqual(new Set([demoOrganizationId('ki-rkn')]));
  });

  it(
    'gives Rheine mostly Gestattung and Duldung, two thirds SGB II overall, regime changes, open ' +
      'needs in several categories, consents and referrals',
    async () => {
      const [rheine] = await sql<{ tolerated: number; total: number }>(
        `SELECT count(*) FILTER (WHERE current_residence_status IN ('GESTATTUNG','DULDUNG'))::int AS ` +
          `tolerated,
        count(*)::int AS total FROM person WHERE municipality_ags = '05566076'`,
      );
      expect(rheine.tolerated / rheine.total).toBeGreaterThan(0.6);
      const [sgb2] = await sql<{ share: number }>(
        `SELECT avg((current_benefit_regime = 'SGB_II')::int)::float AS share FROM person`,
      );
      expect(sgb2.share).toBeGreaterThan(0.55);
      expect(sgb2.share).toBeLessThan(0.78);
      const [changes] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM benefit_regime_period WHERE previous_regime = 'ASYLBLG' AND regime = 'SGB_II'`,
      );
      expect(changes.n).toBeGreaterThan(30);
      const [statusChanges] = await sql<{ n: number }>(
        `SELECT count(DISTINCT person_id)::int AS n FROM residence_status_period WHERE valid_until IS NOT NULL`,
      );
      expect(statusChanges.n).toBeGreaterThan(20);
      const openCategories = await sql<{ category: string }>(
        `SELECT DISTINCT category FROM need WHERE status = 'OPEN'`,
      );
      expect(openCategories.length).toBeGreaterThanOrEqual(6);
      const [other] = await sql<{ consents: number; revoked: number; referrals: number; offerReferrals: number }>(
        `SELECT (SELECT count(*) FROM consent)::int AS consents, (SELECT count(*) FROM consent WHERE revoked_at IS NOT
        NULL)::int AS revoked,
              (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM referral WHERE to_offer_id IS
              NOT NULL)::int AS "offerReferrals"`,
      );
      expect(other.consents).toBeGreaterThan(100);
      expect(other.revoked).toBeGreaterThan(0);
      expect(other.referrals).toBeGreaterThan(20);
      expect(other.offerReferrals).toBeGreaterThan(5);
      // Every referral to an organisation rests on an active consent for it (the gate holds for demo data too).
      const [uncovered] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM referral r LEFT JOIN consent c ON c.id = r.consent_id AND c.organization_id =
        r.to_organization_id AND c.revoked_at IS NULL AND r.purpose = ANY(c.purposes)
       WHERE r.to_organization_id IS NOT NULL AND c.id IS NULL`,
      );
      expect(uncovered.n).toBe(0);
    },
  );

  it(
    'gives the Rheine, Rhein-Kreis Neuss and Neuss dashboards open language, school-degree and ' +
      'training needs that are not withheld',
    async () => {
      const res = await subgraph.query<{
        _entities: {
          ags: string;
          targetGroup: { openNeedsByCategory: { category: string; openNeeds: { value: number | null } }[] };
        }[];
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ags targetGroup {
        openNeedsByCategory { category openNeeds { value } } } } } }`,
        {
          r: ['05566076', '05162', '05162024'].map((ags) => ({
            __typename: 'AreaIndicators',
            ags,
            referenceDate: todayIso(),
          })),
        },
        { subject: 'core-demo', organizationId: null, roles: ['CORE_GROUP'], ags: ['05566', '05162'] },
      );
      expect(res.errors).toBeUndefined();
      for (const area of res.data!._entities) {
        const open = Object.fromEntries(
          area.targetGroup.openNeedsByCategory.map((c) => [c.category, c.openNeeds.value]),
        );
        for (const category of ['LANGUAGE', 'SCHOOL_DEGREE', 'VOCATIONAL_TRAINING'])
          expect([area.ags, category, open[category]! >= 5]).toEqual([area.ags, category, true]);
      }
    },
  );

  it('loads the same demo data on every run', async () => {
    const other = await startTestSubgraph(personsSubgraph, { loadDemoData: true });
    try {
      const digest = `SELECT md5(string_agg(concat_ws('|', p.id, p.given_name, p.family_name, p.date_of_birth,
        p.current_residence_status, p.current_benefit_regime, p.german_level,
        (SELECT string_agg(n.category || n.status, ',' ORDER BY n.id) FROM need n WHERE n.person_id = p.id)), ';' ORDER
        BY p.id)) AS d FROM person p`;
      const [a] = await sql<{ d: string }>(digest);
      const [b] = await other.db.dataSource.query(digest);
      expect(b.d).toBe(a.d);
    } finally {
      await other.close();
    }
  });

  it('pages through a municipality in name order with capped page sizes', async () => {
    const { ids, pages } = await allPages({ municipalityAgs: '05566076' }, 40, RHEINE_CM);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(100);
    const expected = await sql<{ id: string }>(
      `SELECT id FROM person WHERE municipality_ags = '05566076' ORDER BY family_name, given_name, id`,
    );
    expect(ids).toEqual(expected.map((r) => r.id));

    const kreis = await allPages({ municipalityAgs: '05162' }, 100);
    expect(kreis.ids).toHaveLength(192);
    // A case manager lists only the persons their own organisation manages.
    expect((await allPages({ municipalityAgs: '05162' }, 100, RHEINE_CM)).ids).toEqual([]);
    expect((await allPages({ municipalityAgs: '05566076' }, 100)).ids).toEqual([]);

    const capped = await subgraph.query<Page>(LIST, { first: 1000 });
    expect(capped.data!.persons.items).toHaveLength(100);
    expect(capped.data!.persons.pageInfo.hasNextPage).toBe(true);
    const defaulted = await subgraph.query<Page>(LIST, {});
    expect(defaulted.data!.persons.items).toHaveLength(20);

    const zero = await subgraph.query(LIST, { first: 0 });
    expect(zero.errors?.[0]).toMatchObject({
      message: 'Invalid value for "first": must be a whole number of at least 1.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    const forged = await subgraph.query(LIST, { after: Buffer.from('not-an-id').toString('base64url') });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const badAgs = await subgraph.query(LIST, { filter: { municipalityAgs: '0556' } });
    expect(badAgs.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: ['filter.municipalityAgs'] },
    });
  });

  it(
    'filters by residence status, benefit regime, need, target group, name and case manager, as ' + 'the database says',
    async () => {
      const check = async (filter: Record<string, unknown>, where: string, who = RKN_CM) => {
        const { ids } = await allPages(filter, 100, who);
        const expected = await sql<{ id: string }>(
          `SELECT id FROM person p WHERE ${where} AND case_managing_organization_id = $1 ORDER BY ` +
            `family_name,
          given_name, id`,
          [who.organizationId],
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(ids).toEqual(expected.map((r) => r.id));
      };
      await check(
        { residenceStatuses: ['GESTATTUNG', 'DULDUNG'], municipalityAgs: '05566076' },
        `current_residence_status IN ('GESTATTUNG','DULDUNG') AND municipality_ags = '05566076'`,
        RHEINE_CM,
      );
      await check({ benefitRegimes: ['ASYLBLG'] }, `current_benefit_regime = 'ASYLBLG'`);
      await check(
        { needCategory: 'SCHOOL_DEGREE', needStatus: 'OPEN' },
        `EXISTS (SELECT 1 FROM need n WHERE n.person_id = p.id AND n.category = 'SCHOOL_DEGREE' AND n.status = 'OPEN')`,
      );
      await check({ needStatus: 'MET' }, `EXISTS (SELECT 1 FROM need n WHERE n.person_id = p.id AND n.status = 'MET')`);
      await check({ nameContains: 'AMANI' }, `given_name = 'Amani'`);
      await check({ nameContains: 'ni Bei' }, `given_name LIKE '%ni' AND family_name = 'Beispiel'`);
      await check(
        { caseManagingOrganizationId: demoOrganizationId('ki-rkn'), municipalityAgs: '05162024' },
        `municipality_ags = '05162024'`,
      );

      const today = todayIso();
      const outside = await allPages({ inTargetGroup: false }, 100);
      const all = await sql<{ id: string; dob: string }>(
        `SELECT id, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM person WHERE case_managing_organization_id = $1`,
        [KI_RKN],
      );
      const expectedOutside = all.filter((p) => ageOn(p.dob, today) < 18 || ageOn(p.dob, today) > 27).map((p) => p.id);
      expect(expectedOutside.length).toBeGreaterThan(0);
      expect([...outside.ids].sort()).toEqual(expectedOutside.sort());
      const inside = await allPages({ inTargetGroup: true, targetGroupOn: '2020-01-01' }, 100);
      expect([...inside.ids].sort()).toEqual(
        all
          .filter((p) => ageOn(p.dob, '2020-01-01') >= 18 && ageOn(p.dob, '2020-01-01') <= 27)
          .map((p) => p.id)
          .sort(),
      );
    },
  );

  it(
    'lists persons with status, histories, needs, consents, referrals and history in a constant ' +
      'number of statements',
    async () => {
      const count = async (first: number) => {
        let items: unknown[] = [];
        const statements = await subgraph.countStatements(async () => {
          const res = await subgraph.query<{ persons: { items: unknown[] } }>(WITH_RELATIONS, { first });
          expect(res.errors).toBeUndefined();
          items = res.data!.persons.items;
        });
        expect(items).toHaveLength(first);
        return statements;
      };
      // One page query, then one statement each for status periods, regime periods, needs, consents, referrals and
      // history,
      // and the audit trail's one INSERT for every field read. The managing organisation's case manager needs no
      // consent
      // lookup.
      expect(await count(10)).toBe(8);
      expect(await count(100)).toBe(8);
    },
  );

  it('resolves Person references with the fields the offers subgraph requires in one statement', async () => {
    // The Kreis Neuss persons, managed by the default case manager's organisation.
    const refs = demoPersonRefs().filter((r) => r.ags !== '05566076');
    const run = async (n: number) => {
      const representations = [
        ...refs.slice(0, n).map((r) => ({ __typename: 'Person', id: r.id })),
        { __typename: 'Person', id: '00000000-0000-4000-8000-000000000000' },
      ];
      let entities: ({ id: string; municipality: { ags: string } } | null)[] = [];
      const statements = await subgraph.countStatements(async () => {
        const res = await subgraph.query<{ _entities: typeof entities }>(ENTITIES, { r: representations });
        expect(res.errors).toBeUndefined();
        entities = res.data!._entities;
      });
      expect(entities.slice(0, n).map((e) => e?.id)).toEqual(refs.slice(0, n).map((r) => r.id));
      expect(entities.slice(0, n).map((e) => e?.municipality.ags)).toEqual(refs.slice(0, n).map((r) => r.ags));
      expect(entities[n]).toBeNull();
      return statements;
    };
    // The persons, and the audit trail's one INSERT.
    expect(await run(5)).toBe(2);
    expect(await run(150)).toBe(2);
  });
});
