import { demoAllianceId, demoOrganizationId, networkCoordinator } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';
import { actingAs, dataOf, refused } from './support';

const RHEINE = demoAllianceId('rheine');
const NEUSS = demoAllianceId('rhein-kreis-neuss');
const org = demoOrganizationId;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const SCHEDULE = `mutation($input: ScheduleForumInput!) { scheduleForum(input: $input) { id kind title topic startsOn
  endsOn participants { name } } }`;
const PARTICIPANTS = `mutation($input: RecordForumParticipantsInput!) { recordForumParticipants(input: $input) { title
  participants { name } } }`;
const PRIORITIES = `mutation($input: SetAlliancePrioritiesInput!) { setAlliancePriorities(input: $input) { priorities {
  id rank title status dueOn } } }`;
const AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { title signedOn summary
  parties { name } } }`;
const TASK = `mutation($input: UpdateStandingTaskInput!) { updateStandingTask(input: $input) { task status note } }`;

interface PriorityRow {
  id: string;
  rank: number;
  title: string;
  status: string;
  dueOn: string | null;
}

describe('how an alliance works: forums, priorities, agreements, standing tasks', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    // Alliances are built and run by a network coordinator of their municipality.
    subgraph = actingAs(await startTestSubgraph(networkSubgraph, { loadDemoData: true }), networkCoordinator);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('forums', () => {
    it('schedules a forum with participants, then records more, ignoring one already recorded', async () => {
      const scheduled = await subgraph.query(SCHEDULE, {
        input: {
          allianceId: NEUSS,
          kind: 'EVENT',
          title: 'Netzwerktreffen Grevenbroich',
          topic: 'Übergänge in Ausbildung',
          startsOn: '2021-05-04',
          participantIds: [org('jmd-grevenbroich'), org('bk-grevenbroich')],
        },
      });
      const { id } = dataOf(scheduled as { data?: { scheduleForum: { id: string } } }).scheduleForum;
      expect(scheduled).toEqual({
        data: {
          scheduleForum: {
            id,
            kind: 'EVENT',
            title: 'Netzwerktreffen Grevenbroich',
            topic: 'Übergänge in Ausbildung',
            startsOn: '2021-05-04',
            endsOn: null,
            participants: [{ name: 'Berufskolleg Grevenbroich' }, { name: 'Jugendmigrationsdienst Grevenbroich' }],
          },
        },
      });
      const recorded = await subgraph.query(PARTICIPANTS, {
        input: { forumId: id, organizationIds: [org('jmd-grevenbroich'), org('ihk-mn')] },
      });
      expect(recorded).toEqual({
        data: {
          recordForumParticipants: {
            title: 'Netzwerktreffen Grevenbroich',
            participants: [
              { name: 'Berufskolleg Grevenbroich' },
              { name: 'IHK Mittlerer Niederrhein, Geschäftsstelle Neuss' },
              { name: 'Jugendmigrationsdienst Grevenbroich' },
            ],
          },
        },
      });
      const forums = await subgraph.query(`query($id: ID!) { alliance(id: $id) { forums { title } } }`, { id: NEUSS });
      expect(forums).toEqual({
        data: {
          alliance: {
            forums: [
              { title: 'AG Sprache und Qualifizierung' },
              { title: 'Fachtag Bleibeperspektiven' },
              { title: 'Netzwerktreffen Grevenbroich' },
            ],
          },
        },
      });
    });

    it('refuses a forum ending before its start, an unknown participant or alliance, changing nothing', async () => {
      const base = {
        allianceId: NEUSS,
        kind: 'WORKING_GROUP',
        title: 'AG Wohnen',
        topic: 'Wohnraum für junge Geflüchtete',
        startsOn: '2021-05-01',
      };
      const early = await refused(subgraph, SCHEDULE, { input: { ...base, endsOn: '2021-04-30' } });
      expect(early).toEqual({
        data: null,
        errors: [
          {
            message: 'Invalid value for "input.endsOn": must not be before startsOn.',
            locations: [{ line: 1, column: 41 }],
            path: ['scheduleForum'],
            extensions: { code: 'BAD_USER_INPUT', field: 'input.endsOn' },
          },
        ],
      });
      const stranger = await refused(subgraph, SCHEDULE, {
        input: { ...base, participantIds: [org('jc-rkn'), UNKNOWN_ID] },
      });
      expect(stranger.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.participantIds": must each be the id of a known organisation.',
          { code: 'BAD_USER_INPUT', field: 'input.participantIds' },
        ],
      ]);
      const nowhere = await refused(subgraph, SCHEDULE, { input: { ...base, allianceId: UNKNOWN_ID } });
      expect(nowhere.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No Alliance with this id exists.', 'NOT_FOUND'],
      ]);
    });

    it('refuses participants for an unknown forum or that are not organisations, changing nothing', async () => {
      const noForum = await refused(subgraph, PARTICIPANTS, {
        input: { forumId: UNKNOWN_ID, organizationIds: [org('jc-rkn')] },
      });
      expect(noForum.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No AllianceForum with this id exists.', 'NOT_FOUND'],
      ]);
      const [{ id: forumId }] = await subgraph.db.dataSource.query(
        `SELECT id FROM alliance_forum WHERE title = 'AG Sprache und Qualifizierung'`,
      );
      const notOrganization = await refused(subgraph, PARTICIPANTS, { input: { forumId, organizationIds: [NEUSS] } });
      expect(notOrganization.errors?.map((e) => e.extensions)).toEqual([
        { code: 'BAD_USER_INPUT', field: 'input.organizationIds' },
      ]);
      const none = await refused(subgraph, PARTICIPANTS, { input: { forumId, organizationIds: [] } });
      expect(none.errors?.map((e) => e.extensions)).toEqual([
        { code: 'BAD_USER_INPUT', fields: ['input.organizationIds'] },
      ]);
    });
  });

  describe('priorities', () => {
    it('replaces the ranked list: keeps ids of priorities listed again, adds new ones, removes the rest', async () => {
      const before = dataOf(
        await subgraph.query<{ alliance: { priorities: PriorityRow[] } }>(
          `query($id: ID!) { alliance(id: $id) { priorities { id rank title status dueOn } } }`,
          { id: RHEINE },
        ),
      ).alliance.priorities;
      expect(before.map((p) => p.rank)).toEqual([1, 2, 3]);
      const res = await subgraph.query<{ setAlliancePriorities: { priorities: PriorityRow[] } }>(PRIORITIES, {
        input: {
          allianceId: RHEINE,
          priorities: [
            {
              id: before[2].id,
              title: 'Ehrenamtliche Mentoring-Tandems ausbauen',
              status: 'IN_PROGRESS',
              dueOn: '2021-12-31',
            },
            { title: 'Beratung bei Rechtskreiswechsel verlässlich machen' },
            { id: before[1].id, title: before[1].title, status: 'ACHIEVED', dueOn: before[1].dueOn },
          ],
        },
      });
      const after = dataOf(res).setAlliancePriorities.priorities;
      expect(after).toEqual([
        {
          id: before[2].id,
          rank: 1,
          title: 'Ehrenamtliche Mentoring-Tandems ausbauen',
          status: 'IN_PROGRESS',
          dueOn: '2021-12-31',
        },
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          rank: 2,
          title: 'Beratung bei Rechtskreiswechsel verlässlich machen',
          status: 'OPEN',
          dueOn: null,
        },
        {
          id: before[1].id,
          rank: 3,
          title: 'Angebotslücken beim Erwerb der Fachoberschulreife schließen',
          status: 'ACHIEVED',
          dueOn: '2021-07-31',
        },
      ]);
      expect(after.map((p) => p.id)).not.toContain(before[0].id);
    });

    it('clears the list when given an empty one', async () => {
      const res = await subgraph.query(PRIORITIES, { input: { allianceId: NEUSS, priorities: [] } });
      expect(res).toEqual({ data: { setAlliancePriorities: { priorities: [] } } });
    });

    it("refuses another alliance's id, a repeated priority, a blank title, an unknown alliance", async () => {
      const rheine = dataOf(
        await subgraph.query<{ alliance: { priorities: PriorityRow[] } }>(
          `query($id: ID!) { alliance(id: $id) { priorities { id rank title status dueOn } } }`,
          { id: RHEINE },
        ),
      ).alliance.priorities;
      const foreign = await refused(subgraph, PRIORITIES, {
        input: { allianceId: NEUSS, priorities: [{ title: 'Neu' }, { id: rheine[0].id, title: 'Fremd' }] },
      });
      expect(foreign).toEqual({
        data: null,
        errors: [
          {
            message: 'Invalid value for "input.priorities.1.id": must be the id of a priority of this alliance.',
            locations: [{ line: 1, column: 49 }],
            path: ['setAlliancePriorities'],
            extensions: { code: 'BAD_USER_INPUT', field: 'input.priorities.1.id' },
          },
        ],
      });
      const twice = await refused(subgraph, PRIORITIES, {
        input: {
          allianceId: RHEINE,
          priorities: [
            { id: rheine[0].id, title: 'A' },
            { id: rheine[0].id, title: 'B' },
          ],
        },
      });
      expect(twice.errors?.map((e) => [e.message, e.extensions])).toEqual([
        [
          'Invalid value for "input.priorities": must not list a priority twice.',
          { code: 'BAD_USER_INPUT', field: 'input.priorities' },
        ],
      ]);
      const blank = await refused(subgraph, PRIORITIES, {
        input: { allianceId: RHEINE, priorities: [{ title: ' ' }] },
      });
      expect(blank.errors?.map((e) => e.extensions)).toEqual([
        { code: 'BAD_USER_INPUT', fields: ['input.priorities.0.title'] },
      ]);
      const nowhere = await refused(subgraph, PRIORITIES, {
        input: { allianceId: UNKNOWN_ID, priorities: [{ title: 'A' }] },
      });
      expect(nowhere.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No Alliance with this id exists.', 'NOT_FOUND'],
      ]);
    });
  });

  describe('procedure agreements', () => {
    it('records an agreement between organisations', async () => {
      const res = await subgraph.query(AGREEMENT, {
        input: {
          allianceId: NEUSS,
          title: 'Absprache Sprachkurszugang',
          partyIds: [org('vhs-neuss'), org('jc-rkn'), org('sozialamt-rkn')],
          signedOn: '2021-02-15',
          summary: 'Wer meldet wann zu welchem Sprachkurs an.',
        },
      });
      expect(res).toEqual({
        data: {
          recordAgreement: {
            title: 'Absprache Sprachkurszugang',
            signedOn: '2021-02-15',
            summary: 'Wer meldet wann zu welchem Sprachkurs an.',
            parties: [
              { name: 'Jobcenter Rhein-Kreis Neuss' },
              { name: 'Sozialamt Rhein-Kreis Neuss' },
              { name: 'Volkshochschule Neuss' },
            ],
          },
        },
      });
      const agreements = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { agreements { title signedOn } } }`,
        { id: NEUSS },
      );
      expect(agreements).toEqual({
        data: {
          alliance: {
            agreements: [
              { title: 'Vereinbarung zur Zusammenarbeit in der Beratung junger Geflüchteter', signedOn: '2020-06-30' },
              { title: 'Absprache Sprachkurszugang', signedOn: '2021-02-15' },
            ],
          },
        },
      });
    });

    it.each([
      [
        'a party that is an alliance, not an organisation',
        [org('jc-rkn'), NEUSS],
        {
          message: 'Invalid value for "input.partyIds": must each be the id of an organisation.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.partyIds' },
        },
      ],
      [
        'a party that does not exist',
        [org('jc-rkn'), UNKNOWN_ID],
        {
          message: 'Invalid value for "input.partyIds": must each be the id of an organisation.',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.partyIds' },
        },
      ],
      [
        'a single party',
        [org('jc-rkn')],
        {
          message: 'Invalid value for "input.partyIds": partyIds must contain at least 2 elements.',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.partyIds'] },
        },
      ],
      [
        'the same party twice',
        [org('jc-rkn'), org('jc-rkn')],
        {
          message: 'Invalid value for "input.partyIds": All partyIds\'s elements must be unique.',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.partyIds'] },
        },
      ],
    ])('refuses %s and changes nothing', async (_label, partyIds, error) => {
      const res = await refused(subgraph, AGREEMENT, {
        input: { allianceId: NEUSS, title: 'Absprache', partyIds, signedOn: '2021-03-01', summary: 'Text' },
      });
      expect(res).toEqual({
        data: null,
        errors: [{ ...error, locations: [{ line: 1, column: 43 }], path: ['recordAgreement'] }],
      });
    });
  });

  describe('standing tasks', () => {
    it('updates the status and note of one task and leaves the others alone', async () => {
      const res = await subgraph.query(TASK, {
        input: {
          allianceId: NEUSS,
          task: 'PLAN_LOCAL_OFFERS',
          status: 'IN_PROGRESS',
          note: 'Planung mit den Trägern der acht Kommunen begonnen',
        },
      });
      expect(res).toEqual({
        data: {
          updateStandingTask: {
            task: 'PLAN_LOCAL_OFFERS',
            status: 'IN_PROGRESS',
            note: 'Planung mit den Trägern der acht Kommunen begonnen',
          },
        },
      });
      const tasks = await subgraph.query(
        `query($id: ID!) { alliance(id: $id) { standingTasks { task status note } } }`,
        { id: NEUSS },
      );
      expect(tasks).toEqual({
        data: {
          alliance: {
            standingTasks: [
              { task: 'SET_PRIORITIES', status: 'DONE', note: null },
              { task: 'ACT_AS_MULTIPLIERS', status: 'NOT_STARTED', note: null },
              { task: 'KNOW_LIVING_SITUATION', status: 'NOT_STARTED', note: null },
              { task: 'COORDINATE_NEEDS_SURVEY', status: 'IN_PROGRESS', note: null },
              { task: 'MAKE_OFFERS_TRANSPARENT', status: 'IN_PROGRESS', note: null },
              { task: 'DEVELOP_PROCEDURE_AGREEMENTS', status: 'NOT_STARTED', note: null },
              {
                task: 'PLAN_LOCAL_OFFERS',
                status: 'IN_PROGRESS',
                note: 'Planung mit den Trägern der acht Kommunen begonnen',
              },
            ],
          },
        },
      });
      const [row] = await subgraph.db.dataSource.query(
        `SELECT updated_by, created_by FROM alliance_standing_task WHERE alliance_id = $1 AND task =
          'PLAN_LOCAL_OFFERS'`,
        [NEUSS],
      );
      expect(row).toEqual({ updated_by: 'coordinator-test', created_by: 'demo-data' });
    });

    it('refuses an unknown alliance and an unknown task, changing nothing', async () => {
      const nowhere = await refused(subgraph, TASK, {
        input: { allianceId: UNKNOWN_ID, task: 'SET_PRIORITIES', status: 'DONE' },
      });
      expect(nowhere.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['No Alliance with this id exists.', 'NOT_FOUND'],
      ]);
      const unknownTask = await refused(subgraph, TASK, {
        input: { allianceId: NEUSS, task: 'WRITE_REPORT', status: 'DONE' },
      });
      expect(unknownTask.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('batching', () => {
    const LIST = `query($first: Int) { alliances(first: $first) { nodes { name leadOffice { name } leadMunicipality {
      name }
      coreGroup { representativeName organization { name municipality { name } } } } pageInfo { hasNextPage } } }`;

    it('reads alliances with core groups and organisations in as many statements for one as for many', async () => {
      for (const [ags, office] of [
        ['05162004', 'vhs-dormagen'],
        ['05162008', 'bk-grevenbroich'],
        ['05162016', 'fh-kaarst'],
      ] as const) {
        const created = await subgraph.query<{ createAlliance: { id: string } }>(
          `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
          {
            input: { name: `Bündnis ${ags}`, leadAgs: ags, leadOfficeId: org(office), startDate: '2021-01-01' },
          },
        );
        const allianceId = dataOf(created).createAlliance.id;
        for (const key of ['jc-rkn', 'aa-neuss', office]) {
          const added = await subgraph.query(
            `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) { id } }`,
            {
              input: {
                allianceId,
                organizationId: org(key),
                representativeName: 'Pia Probe',
                representativeRole: 'Vertretung',
                area: 'SOZIALES',
                decisionAuthority: 'ADVISORY',
                validFrom: '2021-01-01',
              },
            },
          );
          expect(added.errors).toBeUndefined();
        }
      }

      let one: Awaited<ReturnType<TestSubgraph['query']>> = {};
      let many: Awaited<ReturnType<TestSubgraph['query']>> = {};
      const forOne = await subgraph.countStatements(async () => {
        one = await subgraph.query(LIST, { first: 1 });
      });
      const forMany = await subgraph.countStatements(async () => {
        many = await subgraph.query(LIST, { first: 50 });
      });

      const oneNodes = dataOf(one as { data?: { alliances: { nodes: { coreGroup: unknown[] }[] } } }).alliances.nodes;
      const manyNodes = dataOf(
        many as {
          data?: { alliances: { nodes: { name: string; coreGroup: unknown[] }[]; pageInfo: { hasNextPage: boolean } } };
        },
      ).alliances;
      expect(oneNodes).toHaveLength(1);
      expect(manyNodes.nodes.map((n) => [n.name, n.coreGroup.length])).toEqual([
        ['Bündnis 05162004', 3],
        ['Bündnis 05162008', 3],
        ['Bündnis 05162016', 3],
        ["Bündnis Gemeinsam klappt's Rheine", 12],
        ["Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss", 10],
      ]);
      expect(manyNodes.pageInfo).toEqual({ hasNextPage: false });
      // alliances page, lead offices, lead municipalities, core groups, member organisations, their municipalities
      expect(forOne).toBe(6);
      expect(forMany).toBe(6);
    });

    it('resolves alliance references in one batch, null for an unknown id', async () => {
      let res: Awaited<ReturnType<TestSubgraph['query']>> = {};
      const statements = await subgraph.countStatements(async () => {
        res = await subgraph.query(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Alliance { id name } } }`,
          {
            r: [RHEINE, UNKNOWN_ID, NEUSS].map((id) => ({ __typename: 'Alliance', id })),
          },
        );
      });
      expect(res).toEqual({
        data: {
          _entities: [
            { id: RHEINE, name: "Bündnis Gemeinsam klappt's Rheine" },
            null,
            { id: NEUSS, name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" },
          ],
        },
      });
      expect(statements).toBe(1);
    });

    it('pages through alliances with a cursor', async () => {
      const first = dataOf(
        await subgraph.query<{
          alliances: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }>(`{ alliances(first: 2) { nodes { name } pageInfo { hasNextPage endCursor } } }`),
      ).alliances;
      const rest = await subgraph.query(
        `query($after: String) { alliances(first: 50, after: $after) { nodes { name } pageInfo { hasNextPage } } }`,
        { after: first.pageInfo.endCursor },
      );
      expect(first.nodes).toEqual([{ name: 'Bündnis 05162004' }, { name: 'Bündnis 05162008' }]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(rest).toEqual({
        data: {
          alliances: {
            nodes: [
              { name: 'Bündnis 05162016' },
              { name: "Bündnis Gemeinsam klappt's Rheine" },
              { name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss" },
            ],
            pageInfo: { hasNextPage: false },
          },
        },
      });
    });
  });
});
