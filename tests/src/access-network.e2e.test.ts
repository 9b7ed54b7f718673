import { ROLES, type Identity, type Role } from '@gk/shared';
import { demoAllianceId, demoOrganizationId } from '@gk/fixtures';
import { startTestHub, type HubResponse, type TestHub } from './support/hub';
import { tableFingerprint } from './support/fingerprint';

const RHEINE = demoAllianceId('rheine');
const NEUSS = demoAllianceId('rhein-kreis-neuss');
const org = demoOrganizationId;

/** Each role with both demo Kreise in scope; one coordinator elsewhere shows the municipality rule. */
const who = (role: Role, ags = ['05162', '05566']): Partial<Identity> => ({
  subject: `e2e-${role.toLowerCase()}`,
  roles: [role],
  ags,
  organizationId: null,
});
const ELSEWHERE = 'NETWORK_COORDINATOR of another Kreis';
const COLUMNS: [string, Partial<Identity>][] = [
  ...ROLES.map((r): [string, Partial<Identity>] => [r, who(r)]),
  [ELSEWHERE, who('NETWORK_COORDINATOR', ['05970'])],
];

/**
 * The access matrix of the network subgraph: who may read the representatives of a core group
 * (staff names), and who may run each mutation. Everything else the network holds is reference
 * data that every role reads.
 */
const MATRIX: Record<string, string[]> = {
  representativeName: ['NETWORK_COORDINATOR', 'CORE_GROUP', 'ADMIN', ELSEWHERE],
  representativeRole: ['NETWORK_COORDINATOR', 'CORE_GROUP', 'ADMIN', ELSEWHERE],
  registerOrganization: ['NETWORK_COORDINATOR', 'ADMIN'],
  updateOrganization: ['NETWORK_COORDINATOR', 'ADMIN'],
  createAlliance: ['NETWORK_COORDINATOR'],
  addCoreGroupMember: ['NETWORK_COORDINATOR'],
  changeCoreGroupMember: ['NETWORK_COORDINATOR'],
  scheduleForum: ['NETWORK_COORDINATOR'],
  recordForumParticipants: ['NETWORK_COORDINATOR'],
  setAlliancePriorities: ['NETWORK_COORDINATOR'],
  recordAgreement: ['NETWORK_COORDINATOR'],
  updateStandingTask: ['NETWORK_COORDINATOR'],
  endCoreGroupMember: ['NETWORK_COORDINATOR'],
};

const TABLES = [
  'organization',
  'alliance',
  'core_group_membership',
  'alliance_forum',
  'alliance_forum_participant',
  'alliance_priority',
  'procedure_agreement',
  'alliance_standing_task',
];

describe('access matrix of the network subgraph, through the gateway', () => {
  let hub: TestHub;
  let membershipId = '';
  let forumId = '';
  let counter = 0;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  const fingerprint = () => tableFingerprint(hub.subgraphs.network.db.dataSource, TABLES);

  /**
   * Each mutation with fresh input for every call; the later ones work on the seat and forum the allowed calls made.
   */
  const MUTATIONS: Record<string, () => [string, Record<string, unknown>]> = {
    registerOrganization: () => [
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        name: `Verbund ${++counter}`,
        kind: 'EMPLOYER',
        areas: ['BILDUNG'],
        ags: '05162024',
        publicSocialAgency: false,
      },
    ],
    updateOrganization: () => [
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      { id: org('jmd-neuss'), contactPhone: `02131 00000${++counter % 10}` },
    ],
    createAlliance: () => [
      `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
      { name: 'Bündnis Rommerskirchen', leadAgs: '05162028', leadOfficeId: org('jc-rkn'), startDate: '2021-01-01' },
    ],
    addCoreGroupMember: () => [
      `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) { id } }`,
      {
        allianceId: NEUSS,
        organizationId: org('bk-grevenbroich'),
        representativeName: 'Bea Beispiel',
        representativeRole: 'Schulleitung',
        area: 'BILDUNG',
        decisionAuthority: 'FULL',
        validFrom: '2030-01-01',
      },
    ],
    changeCoreGroupMember: () => [
      `mutation($input: ChangeCoreGroupMemberInput!) { changeCoreGroupMember(input: $input) { id } }`,
      { id: membershipId, representativeRole: `Leitung ${++counter}` },
    ],
    scheduleForum: () => [
      `mutation($input: ScheduleForumInput!) { scheduleForum(input: $input) { id } }`,
      {
        allianceId: NEUSS,
        kind: 'WORKING_GROUP',
        title: 'AG Wohnen',
        topic: 'Wohnraum',
        startsOn: '2021-06-01',
        participantIds: [org('jc-rkn')],
      },
    ],
    recordForumParticipants: () => [
      `mutation($input: RecordForumParticipantsInput!) { recordForumParticipants(input: $input) { id } }`,
      { forumId, organizationIds: [org('vhs-neuss')] },
    ],
    setAlliancePriorities: () => [
      `mutation($input: SetAlliancePrioritiesInput!) { setAlliancePriorities(input: $input) { id } }`,
      { allianceId: NEUSS, priorities: [{ title: `Wohnraum ${++counter}` }] },
    ],
    recordAgreement: () => [
      `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`,
      {
        allianceId: NEUSS,
        title: 'Absprache Wohnen',
        partyIds: [org('jc-rkn'), org('vhs-neuss')],
        signedOn: '2021-06-01',
        summary: 'Wer hilft bei der Wohnungssuche.',
      },
    ],
    updateStandingTask: () => [
      `mutation($input: UpdateStandingTaskInput!) { updateStandingTask(input: $input) { task } }`,
      { allianceId: NEUSS, task: 'PLAN_LOCAL_OFFERS', status: 'IN_PROGRESS', note: `Stand ${++counter}` },
    ],
    endCoreGroupMember: () => [
      `mutation($input: EndCoreGroupMemberInput!) { endCoreGroupMember(input: $input) { id } }`,
      { id: membershipId, validUntil: '2030-12-31' },
    ],
  };

  const codes = (res: HubResponse) => (res.body.errors ?? []).map((e) => e.extensions?.code);

  describe.each(['representativeName', 'representativeRole'])('Alliance.coreGroup.%s', (field) => {
    it.each(COLUMNS)('%s', async (column, identity) => {
      const res = await hub.query<{ alliance: { coreGroup: Record<string, unknown>[] } }>(
        `query($id: ID!) { alliance(id: $id) { name coreGroup { area ${field} } } }`,
        { id: RHEINE },
        identity,
      );
      const seats = res.body.data?.alliance.coreGroup ?? [];
      expect(seats.length).toBeGreaterThan(0);
      if (MATRIX[field].includes(column)) {
        expect(res.body.errors).toBeUndefined();
        for (const seat of seats) expect(seat[field]).toEqual(expect.any(String));
      } else {
        // The seat stays readable; only the staff name is withheld, with an error at its path.
        for (const seat of seats) expect(seat).toEqual({ area: expect.any(String), [field]: null });
        expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(
          seats.map((_, i) => [['alliance', 'coreGroup', i, field], 'FORBIDDEN']),
        );
      }
    });
  });

  describe.each(Object.keys(MUTATIONS))('%s', (mutation) => {
    // Refused callers first, so the allowed call runs last and its result is there for the next mutation.
    const ordered = [...COLUMNS].sort(
      ([a], [b]) => Number(MATRIX[mutation].includes(a)) - Number(MATRIX[mutation].includes(b)),
    );
    it.each(ordered)('%s', async (column, identity) => {
      const [query, input] = MUTATIONS[mutation]();
      const before = await fingerprint();
      const res = await hub.query<Record<string, { id?: string }>>(query, { input }, identity);
      if (MATRIX[mutation].includes(column)) {
        expect(res.body.errors).toBeUndefined();
        if (mutation === 'addCoreGroupMember') membershipId = res.body.data![mutation].id as string;
        if (mutation === 'scheduleForum') forumId = res.body.data![mutation].id as string;
      } else {
        expect(res.body.data).toBeNull();
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(await fingerprint()).toEqual(before);
      }
    });
  });

  it.each(COLUMNS)(
    'lets %s read the reference data: municipalities, organisations with contact data, alliances, forums, ' +
      'priorities, agreements, tasks, coverage',
    async (_, identity) => {
      const res = await hub.query(
        `query($id: ID!) {
        municipality(ags: "05162") { name members { name } }
        organizations(first: 5) { nodes { name contactEmail contactPhone website } }
        alliance(id: $id) { name forums { title participants { name } } priorities { title } agreements { title }
        standingTasks { task status } coverage(asOf: "2021-01-01") { complete } coreGroup { area organization { name }
        } }
      }`,
        { id: NEUSS },
        identity,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toMatchObject({
        municipality: { name: 'Rhein-Kreis Neuss' },
        alliance: { name: expect.any(String), standingTasks: expect.any(Array) },
      });
    },
  );
});
