import { type Identity } from '@gk/shared';
import { demoAllianceId, demoOrganizationId, networkCoordinator } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';
import { actingAs, dataOf, refused } from './support';

const RHEINE = demoAllianceId('rheine');
const NEUSS = demoAllianceId('rhein-kreis-neuss');
const org = demoOrganizationId;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const CREATE = `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) {
  name programme startDate leadMunicipality { ags } leadOffice { name } spannedMunicipalities { ags }
  coreGroup { id } standingTasks { task status note } coverage(asOf: "2022-01-01") { missingAreas
  missingExpectedAgencies complete } } }`;
const ADD = `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) {
  id representativeName representativeRole area decisionAuthority validFrom validUntil organization { name } alliance {
  name } } }`;
const CHANGE = `mutation($input: ChangeCoreGroupMemberInput!) { changeCoreGroupMember(input: $input) { id
  representativeName representativeRole area decisionAuthority validFrom validUntil } }`;
const END = `mutation($input: EndCoreGroupMemberInput!) {
  endCoreGroupMember(input: $input) { id validFrom validUntil } }`;

describe('alliances', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    // Alliances are built and run by a network coordinator of their municipality.
    subgraph = actingAs(await startTestSubgraph(networkSubgraph, { loadDemoData: true }), networkCoordinator);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('the demo alliances', () => {
    it('serves the Rheine alliance: lead office, core group, forums, priorities, agreements, coverage', async () => {
      const res = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) {
          id name programme startDate leadMunicipality { ags name parent { name } } leadOffice { name kind }
          spannedMunicipalities { ags }
          coreGroup(activeOn: "2021-01-01") { organization { name } area decisionAuthority validUntil }
          forums { kind title startsOn endsOn participants { name } }
          priorities { rank title status dueOn }
          agreements { title signedOn parties { name } }
          standingTasks { task status }
          coverage(asOf: "2021-01-01") { asOf representedAreas missingAreas presentExpectedAgencies
          missingExpectedAgencies complete }
        } }`,
        { id: RHEINE },
      );
      expect(res).toEqual({
        data: {
          alliance: {
            id: RHEINE,
            name: "Bündnis Gemeinsam klappt's Rheine",
            programme: 'GEMEINSAM_KLAPPTS',
            startDate: '2019-06-01',
            leadMunicipality: { ags: '05566076', name: 'Rheine', parent: { name: 'Kreis Steinfurt' } },
            leadOffice: { name: 'Teilhabemanagement Stadt Rheine', kind: 'KOMMUNALES_INTEGRATIONSZENTRUM' },
            spannedMunicipalities: [{ ags: '05566076' }],
            coreGroup: [
              {
                organization: { name: 'Agentur für Arbeit Rheine' },
                area: 'ARBEIT_UND_WIRTSCHAFT',
                decisionAuthority: 'WITH_RESERVATION',
                validUntil: null,
              },
              {
                organization: { name: 'Teilhabemanagement Stadt Rheine' },
                area: 'MIGRATION_UND_INTEGRATION',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Jugendamt Stadt Rheine' },
                area: 'SOZIALES',
                decisionAuthority: 'WITH_RESERVATION',
                validUntil: null,
              },
              {
                organization: { name: 'Flüchtlingsberatung Rheine' },
                area: 'MIGRATION_UND_INTEGRATION',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Jobcenter Kreis Steinfurt' },
                area: 'ARBEIT_UND_WIRTSCHAFT',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Jugendmigrationsdienst Rheine' },
                area: 'MIGRATION_UND_INTEGRATION',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Volkshochschule Rheine' },
                area: 'BILDUNG',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Sozialamt Stadt Rheine' },
                area: 'SOZIALES',
                decisionAuthority: 'FULL',
                validUntil: null,
              },
              {
                organization: { name: 'Schulamt für den Kreis Steinfurt' },
                area: 'BILDUNG',
                decisionAuthority: 'WITH_RESERVATION',
                validUntil: null,
              },
              {
                organization: { name: 'Ausländerbehörde Kreis Steinfurt' },
                area: 'MIGRATION_UND_INTEGRATION',
                decisionAuthority: 'WITH_RESERVATION',
                validUntil: null,
              },
              {
                organization: { name: 'Patenschaftsnetz Rheine e. V.' },
                area: 'MIGRATION_UND_INTEGRATION',
                decisionAuthority: 'ADVISORY',
                validUntil: null,
              },
            ],
            forums: [
              {
                kind: 'WORKING_GROUP',
                title: 'AG Übergang Schule und Beruf',
                startsOn: '2019-10-01',
                endsOn: null,
                participants: [
                  { name: 'Agentur für Arbeit Rheine' },
                  { name: 'Berufskolleg Rheine' },
                  { name: 'Jobcenter Kreis Steinfurt' },
                  { name: 'Jugendmigrationsdienst Rheine' },
                  { name: 'Volkshochschule Rheine' },
                ],
              },
              {
                kind: 'EVENT',
                title: 'Bündnisforum Rheine 2020',
                startsOn: '2020-02-12',
                endsOn: null,
                participants: [
                  { name: 'Ausländerbehörde Kreis Steinfurt' },
                  { name: 'Flüchtlingsberatung Rheine' },
                  { name: 'Jobcenter Kreis Steinfurt' },
                  { name: 'Patenschaftsnetz Rheine e. V.' },
                  { name: 'Sozialamt Stadt Rheine' },
                  { name: 'Teilhabemanagement Stadt Rheine' },
                ],
              },
            ],
            priorities: [
              { rank: 1, title: 'Datenbasis zur Zielgruppe aufbauen', status: 'ACHIEVED', dueOn: '2019-12-31' },
              {
                rank: 2,
                title: 'Angebotslücken beim Erwerb der Fachoberschulreife schließen',
                status: 'IN_PROGRESS',
                dueOn: '2021-07-31',
              },
              { rank: 3, title: 'Ehrenamtliche Mentoring-Tandems ausbauen', status: 'OPEN', dueOn: null },
            ],
            agreements: [
              {
                title: 'Verfahrensvereinbarung zum Rechtskreiswechsel',
                signedOn: '2020-03-15',
                parties: [
                  { name: 'Agentur für Arbeit Rheine' },
                  { name: 'Jobcenter Kreis Steinfurt' },
                  { name: 'Sozialamt Stadt Rheine' },
                ],
              },
            ],
            standingTasks: [
              { task: 'SET_PRIORITIES', status: 'DONE' },
              { task: 'ACT_AS_MULTIPLIERS', status: 'IN_PROGRESS' },
              { task: 'KNOW_LIVING_SITUATION', status: 'DONE' },
              { task: 'COORDINATE_NEEDS_SURVEY', status: 'DONE' },
              { task: 'MAKE_OFFERS_TRANSPARENT', status: 'IN_PROGRESS' },
              { task: 'DEVELOP_PROCEDURE_AGREEMENTS', status: 'IN_PROGRESS' },
              { task: 'PLAN_LOCAL_OFFERS', status: 'NOT_STARTED' },
            ],
            coverage: {
              asOf: '2021-01-01',
              representedAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES', 'BILDUNG'],
              missingAreas: [],
              presentExpectedAgencies: [
                'JOBCENTER',
                'AGENTUR_FUER_ARBEIT',
                'AUSLAENDERBEHOERDE',
                'REFUGEE_COUNSELLING',
                'SCHOOL_SUPERVISION',
                'SOZIALAMT',
                'JUGENDAMT',
              ],
              missingExpectedAgencies: [],
              complete: true,
            },
          },
        },
      });
    });
    it('shows the ended Berufskolleg seat in the full history but not among the seats in force', async () => {
      const res = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { all: coreGroup { organization { name } }
          now: coreGroup(activeOn: "2020-08-01") { organization { name } } before: coreGroup(activeOn: "2020-07-31") {
          organization { name } } } }`,
        { id: RHEINE },
      );
      const { all, now, before } = dataOf(
        res as never as { data: { alliance: Record<string, { organization: { name: string } }[]> } } & typeof res,
      ).alliance;
      expect(all).toHaveLength(12);
      expect(before.map((m) => m.organization.name)).toContain('Berufskolleg Rheine');
      expect(now.map((m) => m.organization.name)).not.toContain('Berufskolleg Rheine');
      expect(now).toHaveLength(11);
    });

    it('shows the Rhein-Kreis Neuss alliance spanning its eight municipalities, without Ausländerbehörde', async () => {
      const res = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { leadMunicipality { name kind } spannedMunicipalities { name }
          coverage(asOf: "2021-01-01") { asOf representedAreas missingAreas presentExpectedAgencies
          missingExpectedAgencies complete } } }`,
        { id: NEUSS },
      );
      expect(res).toEqual({
        data: {
          alliance: {
            leadMunicipality: { name: 'Rhein-Kreis Neuss', kind: 'KREIS' },
            spannedMunicipalities: [
              'Dormagen',
              'Grevenbroich',
              'Jüchen',
              'Kaarst',
              'Korschenbroich',
              'Meerbusch',
              'Neuss',
              'Rommerskirchen',
            ].map((name) => ({ name })),
            coverage: {
              asOf: '2021-01-01',
              representedAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES', 'BILDUNG'],
              missingAreas: [],
              presentExpectedAgencies: [
                'JOBCENTER',
                'AGENTUR_FUER_ARBEIT',
                'REFUGEE_COUNSELLING',
                'SCHOOL_SUPERVISION',
                'SOZIALAMT',
                'JUGENDAMT',
              ],
              missingExpectedAgencies: ['AUSLAENDERBEHOERDE'],
              complete: false,
            },
          },
        },
      });
    });

    it('counts coverage on the day asked: before the alliance started, nobody held a seat', async () => {
      const res = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { coverage(asOf: "2019-08-31") { representedAreas presentExpectedAgencies
          complete } } }`,
        { id: NEUSS },
      );
      expect(res).toEqual({
        data: { alliance: { coverage: { representedAreas: [], presentExpectedAgencies: [], complete: false } } },
      });
    });

    it('returns null for an unknown alliance id and refuses an id that is not a UUID', async () => {
      expect(await subgraph.query(`{ alliance(id: "${UNKNOWN_ID}") { name } }`)).toEqual({ data: { alliance: null } });
      const res = await subgraph.query(`{ alliance(id: "rheine") { name } }`);
      expect(res).toEqual({
        data: { alliance: null },
        errors: [
          {
            message: 'Invalid value for "id": must be a UUID.',
            locations: [{ line: 1, column: 3 }],
            path: ['alliance'],
            extensions: { code: 'BAD_USER_INPUT', field: 'id' },
          },
        ],
      });
    });
  });

  describe('alliances of a municipality', () => {
    it("includes the Kreis's alliance for a member municipality, only its own for one outside it", async () => {
      const res = await subgraph.query(`{
        neuss: alliancesForMunicipality(ags: "05162024") { name }
        kreis: alliancesForMunicipality(ags: "05162") { name }
        rheine: alliancesForMunicipality(ags: "05566076") { name }
        steinfurt: alliancesForMunicipality(ags: "05566") { name }
        viaMunicipality: municipality(ags: "05162008") { alliances { name } }
      }`);
      expect(res).toEqual({
        data: {
          neuss: [{ name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" }],
          kreis: [{ name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" }],
          rheine: [{ name: "Bündnis Gemeinsam klappt's Rheine" }],
          steinfurt: [],
          viaMunicipality: { alliances: [{ name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" }] },
        },
      });
    });

    it('refuses a malformed AGS and an unknown AGS, naming the field', async () => {
      const malformed = await subgraph.query(`{ alliancesForMunicipality(ags: "5162") { name } }`);
      expect(malformed).toEqual({
        data: null,
        errors: [
          {
            message: 'Invalid value for "ags": must be 5 digits (Kreis) or 8 digits (Gemeinde).',
            locations: [{ line: 1, column: 3 }],
            path: ['alliancesForMunicipality'],
            extensions: { code: 'BAD_USER_INPUT', field: 'ags' },
          },
        ],
      });
      const unknown = await subgraph.query(`{ alliancesForMunicipality(ags: "05999") { name } }`);
      expect(unknown).toEqual({
        data: null,
        errors: [
          {
            message: 'Invalid value for "ags": must be the AGS of a known municipality.',
            locations: [{ line: 1, column: 3 }],
            path: ['alliancesForMunicipality'],
            extensions: { code: 'BAD_USER_INPUT', field: 'ags' },
          },
        ],
      });
    });
  });

  describe('creating an alliance', () => {
    it("creates Neuss's own alliance (seven tasks to do, no core group); Neuss then has two alliances", async () => {
      const res = await subgraph.query(CREATE, {
        input: { name: 'Bündnis Neuss', leadAgs: '05162024', leadOfficeId: org('jmd-neuss'), startDate: '2021-02-01' },
      });
      expect(res).toEqual({
        data: {
          createAlliance: {
            name: 'Bündnis Neuss',
            programme: 'GEMEINSAM_KLAPPTS',
            startDate: '2021-02-01',
            leadMunicipality: { ags: '05162024' },
            leadOffice: { name: 'Jugendmigrationsdienst Neuss' },
            spannedMunicipalities: [{ ags: '05162024' }],
            coreGroup: [],
            standingTasks: [
              'SET_PRIORITIES',
              'ACT_AS_MULTIPLIERS',
              'KNOW_LIVING_SITUATION',
              'COORDINATE_NEEDS_SURVEY',
              'MAKE_OFFERS_TRANSPARENT',
              'DEVELOP_PROCEDURE_AGREEMENTS',
              'PLAN_LOCAL_OFFERS',
            ].map((task) => ({ task, status: 'NOT_STARTED', note: null })),
            coverage: {
              missingAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES', 'BILDUNG'],
              missingExpectedAgencies: [
                'JOBCENTER',
                'AGENTUR_FUER_ARBEIT',
                'AUSLAENDERBEHOERDE',
                'REFUGEE_COUNSELLING',
                'SCHOOL_SUPERVISION',
                'SOZIALAMT',
                'JUGENDAMT',
              ],
              complete: false,
            },
          },
        },
      });
      expect(await subgraph.query(`{ alliancesForMunicipality(ags: "05162024") { name } }`)).toEqual({
        data: {
          alliancesForMunicipality: [
            { name: 'Bündnis Neuss' },
            { name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" },
          ],
        },
      });
    });

    it('records who created it and from which organisation', async () => {
      const coordinator: Identity = {
        subject: 'coordinator-7',
        organizationId: org('ki-rkn'),
        roles: ['NETWORK_COORDINATOR'],
        ags: ['05162'],
      };
      const res = await subgraph.query(
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
        {
          input: {
            name: 'Bündnis Dormagen',
            leadAgs: '05162004',
            leadOfficeId: org('vhs-dormagen'),
            startDate: '2021-03-01',
          },
        },
        coordinator,
      );
      const { id } = dataOf(res as { data?: { createAlliance: { id: string } } }).createAlliance;
      const rows = await subgraph.db.dataSource.query(
        `SELECT created_by, created_by_org, updated_by, created_at > now() - interval '1 minute' AS recent FROM alliance
          WHERE id = $1`,
        [id],
      );
      expect(rows).toEqual([
        { created_by: 'coordinator-7', created_by_org: org('ki-rkn'), updated_by: 'coordinator-7', recent: true },
      ]);
      const tasks = await subgraph.db.dataSource.query(
        `SELECT DISTINCT created_by, created_by_org FROM alliance_standing_task WHERE alliance_id = $1`,
        [id],
      );
      expect(tasks).toEqual([{ created_by: 'coordinator-7', created_by_org: org('ki-rkn') }]);
    });

    it.each([
      [
        'a malformed lead AGS',
        { leadAgs: '0516202' },
        {
          message: 'Invalid value for "input.leadAgs": leadAgs must be 5 digits (Kreis) or 8 digits (Gemeinde).',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.leadAgs'] },
        },
      ],
      [
        'an unknown lead AGS',
        { leadAgs: '05162099' },
        {
          message: 'Invalid value for "input.leadAgs": must be the AGS of a known municipality.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.leadAgs' },
        },
      ],
      [
        'an unknown lead office',
        { leadOfficeId: UNKNOWN_ID },
        {
          message: 'Invalid value for "input.leadOfficeId": must be the id of a known organisation.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.leadOfficeId' },
        },
      ],
      [
        'a blank name',
        { name: '   ' },
        {
          message: 'Invalid value for "input.name": name must not be blank.',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.name'] },
        },
      ],
      [
        'a second alliance of the same municipality and programme',
        { leadAgs: '05566076' },
        {
          message: 'The lead municipality already has an alliance under this programme.',
          extensions: { code: 'ALLIANCE_EXISTS', field: 'input.leadAgs' },
        },
      ],
    ])('refuses %s and changes nothing', async (_label, change, error) => {
      const input = {
        name: 'Bündnis Grevenbroich',
        leadAgs: '05162008',
        leadOfficeId: org('jmd-grevenbroich'),
        startDate: '2021-04-01',
        ...change,
      };
      const res = await refused(
        subgraph,
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
        { input },
      );
      expect(res).toEqual({
        data: null,
        errors: [{ ...error, locations: [{ line: 1, column: 42 }], path: ['createAlliance'] }],
      });
    });

    it('refuses a start date that is not a calendar date', async () => {
      const res = await refused(
        subgraph,
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
        {
          input: {
            name: 'Bündnis Kaarst',
            leadAgs: '05162016',
            leadOfficeId: org('fh-kaarst'),
            startDate: '2021-02-30',
          },
        },
      );
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(res.errors?.[0].message).toContain('Date must be a calendar date written YYYY-MM-DD.');
    });
  });

  describe('the core group', () => {
    let allianceId: string;

    beforeAll(async () => {
      const res = await subgraph.query(
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
        {
          input: {
            name: 'Bündnis Meerbusch',
            leadAgs: '05162022',
            leadOfficeId: org('fh-meerbusch'),
            startDate: '2021-01-01',
          },
        },
      );
      allianceId = dataOf(res as { data?: { createAlliance: { id: string } } }).createAlliance.id;
    });

    const seat = (change: Record<string, unknown> = {}) => ({
      allianceId,
      organizationId: org('jc-rkn'),
      representativeName: 'Rita Rollenbeispiel',
      representativeRole: 'Teamleitung U25',
      area: 'ARBEIT_UND_WIRTSCHAFT',
      decisionAuthority: 'FULL',
      validFrom: '2021-01-01',
      ...change,
    });

    it('adds a seat, changes its representative, ends it, and lets the organisation take a new one', async () => {
      const added = await subgraph.query(ADD, { input: seat() });
      const { id } = dataOf(added as { data?: { addCoreGroupMember: { id: string } } }).addCoreGroupMember;
      expect(added).toEqual({
        data: {
          addCoreGroupMember: {
            id,
            representativeName: 'Rita Rollenbeispiel',
            representativeRole: 'Teamleitung U25',
            area: 'ARBEIT_UND_WIRTSCHAFT',
            decisionAuthority: 'FULL',
            validFrom: '2021-01-01',
            validUntil: null,
            organization: { name: 'Jobcenter Rhein-Kreis Neuss' },
            alliance: { name: 'Bündnis Meerbusch' },
          },
        },
      });

      expect(
        await subgraph.query(CHANGE, {
          input: { id, representativeName: 'Otto Ersatzmann', decisionAuthority: 'WITH_RESERVATION' },
        }),
      ).toEqual({
        data: {
          changeCoreGroupMember: {
            id,
            representativeName: 'Otto Ersatzmann',
            representativeRole: 'Teamleitung U25',
            area: 'ARBEIT_UND_WIRTSCHAFT',
            decisionAuthority: 'WITH_RESERVATION',
            validFrom: '2021-01-01',
            validUntil: null,
          },
        },
      });

      expect(await subgraph.query(END, { input: { id, validUntil: '2021-06-30' } })).toEqual({
        data: { endCoreGroupMember: { id, validFrom: '2021-01-01', validUntil: '2021-06-30' } },
      });

      const again = await subgraph.query(ADD, {
        input: seat({ validFrom: '2021-07-01', representativeName: 'Nina Nachfolge' }),
      });
      const second = dataOf(again as { data?: { addCoreGroupMember: { id: string } } }).addCoreGroupMember.id;

      const res = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) {
        coreGroup { id representativeName validFrom validUntil }
        june: coverage(asOf: "2021-06-30") { presentExpectedAgencies representedAreas }
        july: coverage(asOf: "2021-07-01") { presentExpectedAgencies representedAreas }
        inForce: coreGroup(activeOn: "2021-07-01") { id }
      } }`,
        { id: allianceId },
      );
      expect(res).toEqual({
        data: {
          alliance: {
            coreGroup: [
              { id, representativeName: 'Otto Ersatzmann', validFrom: '2021-01-01', validUntil: '2021-06-30' },
              { id: second, representativeName: 'Nina Nachfolge', validFrom: '2021-07-01', validUntil: null },
            ],
            june: { presentExpectedAgencies: ['JOBCENTER'], representedAreas: ['ARBEIT_UND_WIRTSCHAFT'] },
            july: { presentExpectedAgencies: ['JOBCENTER'], representedAreas: ['ARBEIT_UND_WIRTSCHAFT'] },
            inForce: [{ id: second }],
          },
        },
      });
    });

    it('refuses an organisation twice in the same core group at the same time, and changes nothing', async () => {
      // The Jobcenter holds an open-ended seat from 2021-07-01 (previous test).
      const res = await refused(subgraph, ADD, { input: seat({ validFrom: '2022-01-01', area: 'SOZIALES' }) });
      expect(res).toEqual({
        data: null,
        errors: [
          {
            message: 'The organisation already holds a seat in this core group during this period.',
            locations: [{ line: 1, column: 46 }],
            path: ['addCoreGroupMember'],
            extensions: { code: 'CORE_GROUP_OVERLAP' },
          },
        ],
      });
      // A seat that ends on the day before the open seat begins overlaps the earlier, ended one.
      const earlier = await refused(subgraph, ADD, {
        input: seat({ validFrom: '2021-06-01', validUntil: '2021-06-30' }),
      });
      expect(earlier.errors?.[0].extensions).toEqual({ code: 'CORE_GROUP_OVERLAP' });
    });

    it('lets the same organisation sit in the core groups of different alliances at the same time', async () => {
      const res = await subgraph.query(
        `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) { alliance { name } } }`,
        {
          input: seat({
            allianceId: NEUSS,
            organizationId: org('abh-rkn'),
            area: 'MIGRATION_UND_INTEGRATION',
            validFrom: '2022-01-01',
          }),
        },
      );
      expect(res).toEqual({
        data: { addCoreGroupMember: { alliance: { name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" } } },
      });
      const coverage = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { before: coverage(asOf: "2021-12-31") { missingExpectedAgencies complete }
          after: coverage(asOf: "2022-01-01") { missingExpectedAgencies complete } } }`,
        { id: NEUSS },
      );
      expect(coverage).toEqual({
        data: {
          alliance: {
            before: { missingExpectedAgencies: ['AUSLAENDERBEHOERDE'], complete: false },
            after: { missingExpectedAgencies: [], complete: true },
          },
        },
      });
    });

    it.each([
      [
        'a membership that ends before it starts',
        { organizationId: org('sozialamt-rkn'), validFrom: '2021-05-01', validUntil: '2021-04-30' },
        {
          message: 'Invalid value for "input.validUntil": must not be before validFrom.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.validUntil' },
        },
      ],
      [
        'an unknown organisation',
        { organizationId: UNKNOWN_ID },
        {
          message: 'Invalid value for "input.organizationId": must be the id of a known organisation.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.organizationId' },
        },
      ],
      ['an area that does not exist', { organizationId: org('sozialamt-rkn'), area: 'SPORT' }, null],
      [
        'a blank representative',
        { organizationId: org('sozialamt-rkn'), representativeName: ' ' },
        {
          message: 'Invalid value for "input.representativeName": representativeName must not be blank.',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.representativeName'] },
        },
      ],
    ])('refuses %s and changes nothing', async (_label, change, error) => {
      const res = await refused(subgraph, ADD, { input: seat(change) });
      if (error)
        expect(res).toEqual({
          data: null,
          errors: [{ ...error, locations: [{ line: 1, column: 46 }], path: ['addCoreGroupMember'] }],
        });
      else expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a seat in an alliance that does not exist', async () => {
      const res = await refused(subgraph, ADD, { input: seat({ allianceId: UNKNOWN_ID }) });
      expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No Alliance with this id exists.', 'NOT_FOUND'],
      ]);
    });

    it('refuses changes that would break the rules, and changes nothing', async () => {
      const added = await subgraph.query(ADD, {
        input: seat({
          organizationId: org('jugendamt-rkn'),
          area: 'SOZIALES',
          validFrom: '2021-03-01',
          validUntil: '2021-12-31',
        }),
      });
      const { id } = dataOf(added as { data?: { addCoreGroupMember: { id: string } } }).addCoreGroupMember;
      const later = await subgraph.query(ADD, {
        input: seat({ organizationId: org('jugendamt-rkn'), area: 'SOZIALES', validFrom: '2022-01-01' }),
      });
      expect(later.errors).toBeUndefined();

      const afterEnd = await refused(subgraph, CHANGE, { input: { id, validFrom: '2022-01-01' } });
      expect(afterEnd.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.validFrom": must not be after the membership\'s last day.',
          { code: 'BAD_USER_INPUT', field: 'input.validFrom' },
        ],
      ]);

      const secondId = (
        await subgraph.db.dataSource.query(
          `SELECT id FROM core_group_membership WHERE organization_id = $1 AND valid_from = '2022-01-01'`,
          [org('jugendamt-rkn')],
        )
      )[0].id;
      const overlap = await refused(subgraph, CHANGE, { input: { id: secondId, validFrom: '2021-12-01' } });
      expect(overlap.errors?.map((e) => e.extensions?.code)).toEqual(['CORE_GROUP_OVERLAP']);

      const nullName = await refused(subgraph, CHANGE, { input: { id, representativeName: null } });
      expect(nullName.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.representativeName": must not be null; leave it out to keep the current value.',
          { code: 'BAD_USER_INPUT', field: 'input.representativeName' },
        ],
      ]);

      const unknown = await refused(subgraph, CHANGE, { input: { id: UNKNOWN_ID, representativeRole: 'Leitung' } });
      expect(unknown.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No CoreGroupMembership with this id exists.', 'NOT_FOUND'],
      ]);
    });

    it('refuses to end a seat twice or before it began, and changes nothing', async () => {
      const added = await subgraph.query(ADD, {
        input: seat({ organizationId: org('schulamt-rkn'), area: 'BILDUNG', validFrom: '2021-09-01' }),
      });
      const { id } = dataOf(added as { data?: { addCoreGroupMember: { id: string } } }).addCoreGroupMember;

      const early = await refused(subgraph, END, { input: { id, validUntil: '2021-08-31' } });
      expect(early.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.validUntil": must not be before the membership\'s first day.',
          { code: 'BAD_USER_INPUT', field: 'input.validUntil' },
        ],
      ]);

      expect((await subgraph.query(END, { input: { id, validUntil: '2021-09-01' } })).errors).toBeUndefined();
      const twice = await refused(subgraph, END, { input: { id, validUntil: '2021-12-31' } });
      expect(twice.errors?.map((e) => [e.message, e.extensions])).toEqual([
        ['The membership has already ended.', { code: 'MEMBERSHIP_ALREADY_ENDED' }],
      ]);
    });

    it('keeps the invariants in the database even for a write that bypasses the service', async () => {
      const insert = (from: string, until: string | null) =>
        subgraph.db.dataSource.query(
          `INSERT INTO core_group_membership (id, alliance_id, organization_id, representative_name,
            representative_role, area, decision_authority, valid_from, valid_until, created_by, updated_by)
           VALUES (gen_random_uuid(), $1, $2, 'X', 'Y', 'SOZIALES', 'FULL', $3, $4, 'sql', 'sql')`,
          [allianceId, org('sozialamt-rkn'), from, until],
        );
      await expect(insert('2021-05-01', '2021-04-30')).rejects.toMatchObject({
        driverError: { constraint: 'core_group_membership_period_check' },
      });
      await insert('2021-01-01', '2021-12-31');
      await expect(insert('2021-12-31', null)).rejects.toMatchObject({
        driverError: { constraint: 'core_group_membership_no_overlap' },
      });
    });
  });
});
