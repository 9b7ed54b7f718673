import { demoOrganizationId } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';
import { dataOf, refused } from './support';

const org = demoOrganizationId;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const LIST = `query($filter: OrganizationFilter, $first: Int, $after: String) { organizations(filter: $filter,
  first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }`;
const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id name kind
  areas publicSocialAgency contactEmail contactPhone website municipality { ags } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name kind areas
  publicSocialAgency contactEmail contactPhone website municipality { ags } } }`;

type Page = {
  organizations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
const names = (res: { data?: Page | null }) => dataOf(res).organizations.nodes.map((n) => n.name);

describe('organisations and municipalities', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(networkSubgraph, { loadDemoData: true });
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('municipalities', () => {
    it('lists municipalities by kind and by parent Kreis', async () => {
      const res = await subgraph.query(
        `{ kreise: municipalities(kind: KREIS) { ags name } steinfurt: municipalities(parentAgs: "05566") { name }
          all: municipalities { ags } }`,
      );
      expect(res).toEqual({
        data: {
          kreise: [
            { ags: '05566', name: 'Kreis Steinfurt' },
            { ags: '05162', name: 'Rhein-Kreis Neuss' },
          ],
          steinfurt: [{ name: 'Rheine' }],
          all: expect.any(Array),
        },
      });
      expect((res.data as { all: unknown[] }).all).toHaveLength(11);
    });

    it('refuses a malformed or unknown parent AGS', async () => {
      expect(
        (await subgraph.query(`{ municipalities(parentAgs: "0556") { name } }`)).errors?.map((e) => [
          e.message,
          e.extensions,
        ]),
      ).toEqual([
        [
          'Invalid value for "parentAgs": must be 5 digits (Kreis) or 8 digits (Gemeinde).',
          { code: 'BAD_USER_INPUT', field: 'parentAgs' },
        ],
      ]);
      expect(
        (await subgraph.query(`{ municipalities(parentAgs: "05999") { name } }`)).errors?.map((e) => [
          e.message,
          e.extensions,
        ]),
      ).toEqual([
        [
          'Invalid value for "parentAgs": must be the AGS of a known municipality.',
          { code: 'BAD_USER_INPUT', field: 'parentAgs' },
        ],
      ]);
    });
  });

  describe('lists', () => {
    it('filters by kind, by area, by municipality (a Kreis includes its members) and by name', async () => {
      expect(names(await subgraph.query<Page>(LIST, { filter: { kind: 'JOBCENTER' } }))).toEqual([
        'Jobcenter Kreis Steinfurt',
        'Jobcenter Rhein-Kreis Neuss',
      ]);
      expect(names(await subgraph.query<Page>(LIST, { filter: { ags: '05162008' } }))).toEqual([
        'Berufskolleg Grevenbroich',
        'Jugendmigrationsdienst Grevenbroich',
      ]);
      expect(names(await subgraph.query<Page>(LIST, { filter: { ags: '05566', area: 'BILDUNG' } }))).toEqual([
        'Berufskolleg Rheine',
        'Kommunales Integrationszentrum Kreis Steinfurt',
        'Schulamt für den Kreis Steinfurt',
        'Volkshochschule Rheine',
      ]);
      expect(names(await subgraph.query<Page>(LIST, { filter: { nameContains: 'FLÜCHTLINGS' } }))).toEqual([
        'Flüchtlingsberatung Rheine',
        'Flüchtlingsberatung im Rhein-Kreis Neuss',
        'Flüchtlingshilfe Kaarst',
        'Flüchtlingshilfe Meerbusch',
      ]);
      expect(names(await subgraph.query<Page>(LIST, { filter: { nameContains: '%' } }))).toEqual([]);
    });

    it('pages through all organisations with cursors, each exactly once', async () => {
      const all = names(await subgraph.query<Page>(LIST, { first: 100 }));
      expect(all).toHaveLength(31);
      const walked: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Page = dataOf(await subgraph.query<Page>(LIST, { first: 10, after }));
        walked.push(...page.organizations.nodes.map((n) => n.name));
        after = page.organizations.pageInfo.hasNextPage ? page.organizations.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(4);
      expect(walked).toEqual(all);
    });

    it('refuses a page size below 1, a cursor it did not issue, and a malformed or unknown AGS', async () => {
      const codes = async (variables: Record<string, unknown>) =>
        (await subgraph.query(LIST, variables)).errors?.map((e) => [e.message, e.extensions]);
      expect(await codes({ first: 0 })).toEqual([
        [
          'Invalid value for "first": must be a whole number of at least 1.',
          { code: 'BAD_USER_INPUT', field: 'first' },
        ],
      ]);
      expect(await codes({ after: 'bm90LWEtY3Vyc29y' })).toEqual([
        ['Invalid value for "after": is not a cursor this service issued.', { code: 'BAD_USER_INPUT', field: 'after' }],
      ]);
      expect(await codes({ filter: { ags: '123' } })).toEqual([
        [
          'Invalid value for "filter.ags": ags must be 5 digits (Kreis) or 8 digits (Gemeinde).',
          { code: 'BAD_USER_INPUT', fields: ['filter.ags'] },
        ],
      ]);
      expect(await codes({ filter: { ags: '05162099' } })).toEqual([
        [
          'Invalid value for "filter.ags": must be the AGS of a known municipality.',
          { code: 'BAD_USER_INPUT', field: 'filter.ags' },
        ],
      ]);
    });

    it('caps a page at 100 organisations', async () => {
      await subgraph.db.dataSource.query(
        `INSERT INTO organization (id, name, kind, areas, ags, created_by, updated_by)
         SELECT gen_random_uuid(), 'Sprachcafé ' || lpad(n::text, 3, '0'), 'VOLUNTEER_INITIATIVE',
         '{MIGRATION_UND_INTEGRATION}', '05162024', 'test', 'test' FROM generate_series(1, 80) n`,
      );
      const page = dataOf(await subgraph.query<Page>(LIST, { first: 500 })).organizations;
      expect(page.nodes).toHaveLength(100);
      expect(page.pageInfo.hasNextPage).toBe(true);
      await subgraph.db.dataSource.query(`DELETE FROM organization WHERE created_by = 'test'`);
    });
  });

  describe('registering and updating', () => {
    const valid = {
      name: 'Ausbildungsverbund Korschenbroich',
      kind: 'EMPLOYER',
      areas: ['ARBEIT_UND_WIRTSCHAFT', 'BILDUNG'],
      ags: '05162020',
      contactEmail: 'ausbildung@verbund-korschenbroich.example.org',
      contactPhone: '+49 2161 000000',
      website: 'https://verbund-korschenbroich.example.org',
    };

    it('registers an organisation with public contact data, then changes and removes parts of it', async () => {
      const registered = await subgraph.query<{ registerOrganization: { id: string } }>(REGISTER, { input: valid });
      const { id } = dataOf(registered).registerOrganization;
      expect(registered).toEqual({
        data: {
          registerOrganization: {
            id,
            name: 'Ausbildungsverbund Korschenbroich',
            kind: 'EMPLOYER',
            areas: ['ARBEIT_UND_WIRTSCHAFT', 'BILDUNG'],
            publicSocialAgency: false,
            contactEmail: 'ausbildung@verbund-korschenbroich.example.org',
            contactPhone: '+49 2161 000000',
            website: 'https://verbund-korschenbroich.example.org',
            municipality: { ags: '05162020' },
          },
        },
      });
      const updated = await subgraph.query(UPDATE, {
        input: {
          id,
          name: 'Ausbildungsverbund Korschenbroich e. V.',
          ags: '05162',
          contactEmail: null,
          contactPhone: '02161 000001',
        },
      });
      expect(updated).toEqual({
        data: {
          updateOrganization: {
            id,
            name: 'Ausbildungsverbund Korschenbroich e. V.',
            kind: 'EMPLOYER',
            areas: ['ARBEIT_UND_WIRTSCHAFT', 'BILDUNG'],
            publicSocialAgency: false,
            contactEmail: null,
            contactPhone: '02161 000001',
            website: 'https://verbund-korschenbroich.example.org',
            municipality: { ags: '05162' },
          },
        },
      });
      const [row] = await subgraph.db.dataSource.query(
        `SELECT created_by, updated_by, version, updated_at >= created_at AS later FROM organization WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ created_by: 'test-admin', updated_by: 'test-admin', version: 2, later: true });
    });

    it.each([
      ['a malformed e-mail address', { contactEmail: 'kontakt-at-example.org' }, 'contactEmail'],
      ['a phone number with letters', { contactPhone: '0800 CALL-ME' }, 'contactPhone'],
      ['a web site without http(s)', { website: 'ftp://example.org' }, 'website'],
      ['no area', { areas: [] }, 'areas'],
      ['the same area twice', { areas: ['BILDUNG', 'BILDUNG'] }, 'areas'],
      ['a blank name', { name: '  ' }, 'name'],
      ['a malformed AGS', { ags: '0516202' }, 'ags'],
    ])('refuses %s, naming the field, and changes nothing', async (_label, change, field) => {
      const res = await refused(subgraph, REGISTER, { input: { ...valid, ...change } });
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: [`input.${field}`] }]);
      expect(res.errors?.[0].message).toMatch(new RegExp(`^Invalid value for "input\\.${field}": `));
    });

    it('refuses an unknown AGS, and changes nothing', async () => {
      const res = await refused(subgraph, REGISTER, { input: { ...valid, ags: '05162099' } });
      expect(res.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.ags": must be the AGS of a known municipality.',
          { code: 'BAD_USER_INPUT', field: 'input.ags' },
        ],
      ]);
    });

    it('refuses updates to an unknown organisation or AGS or removing a required field, changing nothing', async () => {
      const id = org('vhs-neuss');
      const errors = async (input: Record<string, unknown>) =>
        (await refused(subgraph, UPDATE, { input })).errors?.map((e) => [e.message, e.extensions]);
      expect(await errors({ id: UNKNOWN_ID, name: 'X' })).toEqual([
        ['No Organization with this id exists.', { code: 'NOT_FOUND', entity: 'Organization', field: 'id' }],
      ]);
      expect(await errors({ id, ags: '05162099' })).toEqual([
        [
          'Invalid value for "input.ags": must be the AGS of a known municipality.',
          { code: 'BAD_USER_INPUT', field: 'input.ags' },
        ],
      ]);
      expect(await errors({ id, name: null })).toEqual([
        [
          'Invalid value for "input.name": must not be null; leave it out to keep the current value.',
          { code: 'BAD_USER_INPUT', field: 'input.name' },
        ],
      ]);
      expect(await errors({ id, areas: null })).toEqual([
        [
          'Invalid value for "input.areas": must not be null; leave it out to keep the current value.',
          { code: 'BAD_USER_INPUT', field: 'input.areas' },
        ],
      ]);
      expect(await errors({ id, website: 'not a url' })).toEqual([
        [
          'Invalid value for "input.website": website must be a URL address.',
          { code: 'BAD_USER_INPUT', fields: ['input.website'] },
        ],
      ]);
    });

    it('resolves organisation references in one batch, with their municipalities in a second', async () => {
      let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
      const statements = await subgraph.countStatements(async () => {
        res = await subgraph.query(
          `query($r: [_Any!]!) {
            _entities(representations: $r) { ... on Organization { name municipality { name } } } }`,
          {
            r: [org('jc-rkn'), UNKNOWN_ID, org('kim-rheine')].map((id) => ({ __typename: 'Organization', id })),
          },
        );
      });
      expect(res).toEqual({
        data: {
          _entities: [
            { name: 'Jobcenter Rhein-Kreis Neuss', municipality: { name: 'Rhein-Kreis Neuss' } },
            null,
            { name: 'Teilhabemanagement Stadt Rheine', municipality: { name: 'Rheine' } },
          ],
        },
      });
      expect(statements).toBe(2);
    });
  });
});
