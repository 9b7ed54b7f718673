import { ROLES, type Identity, type Role } from '@gk/shared';
import { admin, demoAllianceId, demoOrganizationId, networkCoordinatorNeuss } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { networkSubgraph } from '../src/network.subgraph';
import { dataOf, databaseFingerprint } from './support';

const RHEINE = demoAllianceId('rheine');
const NEUSS = demoAllianceId('rhein-kreis-neuss');
const org = demoOrganizationId;

/** Every role with both demo Kreise in scope; the scope rules are tested with narrower coordinators. */
const as = (role: Role, ags: string[] = ['05162', '05566']): Identity => ({
  subject: `test-${role.toLowerCase()}`,
  organizationId: null,
  roles: [role],
  ags,
});
const STAFF_READERS: Role[] = ['NETWORK_COORDINATOR', 'CORE_GROUP', 'ADMIN'];
const MEMBER_COORDINATOR = as('NETWORK_COORDINATOR', ['05162024']);
const FAR_COORDINATOR = as('NETWORK_COORDINATOR', ['05970']);

const ROLE_RULE = 'Changing an alliance needs one of the roles NETWORK_COORDINATOR.';
const SCOPE_RULE = 'Changing an alliance is limited to the municipalities in your scope.';

describe('access to the network', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(networkSubgraph, { loadDemoData: true });
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  /** Sends as `identity`, expects the one FORBIDDEN error with `message`, and that nothing changed. */
  async function forbidden(
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
    message: string,
  ): Promise<void> {
    const before = await databaseFingerprint(subgraph);
    const res = await subgraph.query(query, variables, identity);
    expect({
      data: res.data,
      errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    }).toEqual({ data: null, errors: [{ message, code: 'FORBIDDEN' }] });
    expect(await databaseFingerprint(subgraph)).toEqual(before);
  }

  describe('reads', () => {
    it.each([...ROLES])(
      'lets %s read municipalities, organisations with their contact data, alliances and coverage',
      async (role) => {
        const res = await subgraph.query<{
          municipality: { name: string };
          organization: { name: string; contactEmail: string | null };
          alliance: {
            name: string;
            coverage: { complete: boolean };
            forums: unknown[];
            priorities: unknown[];
            agreements: unknown[];
            standingTasks: unknown[];
          };
        }>(
          `query($id: ID!, $org: ID!) {
          municipality(ags: "05162") { name }
          organization(id: $org) { name contactEmail }
          alliance(id: $id) { name coverage(asOf: "2021-01-01") { complete } forums { title } priorities { title }
          agreements { title } standingTasks { task } coreGroup { area organization { name } } }
        }`,
          { id: NEUSS, org: org('jc-rkn') },
          as(role),
        );
        const data = dataOf(res);
        expect(data.municipality).toEqual({ name: 'Rhein-Kreis Neuss' });
        expect(data.organization.name).toBe('Jobcenter Rhein-Kreis Neuss');
        expect(data.alliance.standingTasks).toHaveLength(7);
      },
    );

    it.each(STAFF_READERS)('shows %s the names and positions of core-group representatives', async (role) => {
      const res = await subgraph.query<{
        alliance: { coreGroup: { representativeName: string | null; representativeRole: string | null }[] };
      }>(
        `query($id: ID!) { alliance(id: $id) { coreGroup { representativeName representativeRole } } }`,
        { id: RHEINE },
        as(role),
      );
      const seats = dataOf(res).alliance.coreGroup;
      expect(seats.length).toBeGreaterThan(0);
      for (const seat of seats)
        expect(seat).toEqual({ representativeName: expect.any(String), representativeRole: expect.any(String) });
    });

    it.each(ROLES.filter((r) => !STAFF_READERS.includes(r)))(
      'gives %s the seats without representatives: null with FORBIDDEN at each path',
      async (role) => {
        const res = await subgraph.query<{
          alliance: {
            coreGroup: { area: string; representativeName: string | null; representativeRole: string | null }[];
          };
        }>(
          `query($id: ID!) { alliance(id: $id) { coreGroup { area representativeName representativeRole } } }`,
          { id: RHEINE },
          as(role),
        );
        const seats = res.data?.alliance.coreGroup ?? [];
        expect(seats.length).toBeGreaterThan(0);
        for (const seat of seats)
          expect(seat).toEqual({ area: expect.any(String), representativeName: null, representativeRole: null });
        const errors = (res.errors ?? []).map((e) => ({ path: e.path, message: e.message, code: e.extensions?.code }));
        const expected = seats.flatMap((_, i) =>
          ['representativeName', 'representativeRole'].map((field) => ({
            path: ['alliance', 'coreGroup', i, field],
            message: `Reading ${field} needs one of the roles NETWORK_COORDINATOR, CORE_GROUP, ADMIN.`,
            code: 'FORBIDDEN',
          })),
        );
        expect(errors).toEqual(expect.arrayContaining(expected));
        expect(errors).toHaveLength(expected.length);
      },
    );
  });

  describe('organisations', () => {
    const REGISTER = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { name
      municipality { ags } } }`;
    const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name municipality {
      ags } } }`;
    const input = (name: string, ags = '05162024') => ({
      input: { name, kind: 'EMPLOYER', areas: ['BILDUNG'], ags, publicSocialAgency: false },
    });

    it('lets a coordinator register within their scope and an administrator anywhere', async () => {
      expect(await subgraph.query(REGISTER, input('Verbund Neuss'), MEMBER_COORDINATOR)).toEqual({
        data: { registerOrganization: { name: 'Verbund Neuss', municipality: { ags: '05162024' } } },
      });
      expect(await subgraph.query(REGISTER, input('Verbund Kaarst', '05162016'), networkCoordinatorNeuss)).toEqual({
        data: { registerOrganization: { name: 'Verbund Kaarst', municipality: { ags: '05162016' } } },
      });
      expect(await subgraph.query(REGISTER, input('Verbund Rheine', '05566076'), admin)).toEqual({
        data: { registerOrganization: { name: 'Verbund Rheine', municipality: { ags: '05566076' } } },
      });
    });

    it('refuses every other role, and a coordinator outside their scope, changing nothing', async () => {
      for (const role of ROLES.filter((r) => r !== 'NETWORK_COORDINATOR' && r !== 'ADMIN')) {
        await forbidden(
          REGISTER,
          input('Verbund X'),
          as(role),
          'Registering an organisation needs one of the roles NETWORK_COORDINATOR, ADMIN.',
        );
      }
      await forbidden(
        REGISTER,
        input('Verbund X', '05162016'),
        MEMBER_COORDINATOR,
        'Registering an organisation is limited to the municipalities in your scope.',
      );
      await forbidden(
        REGISTER,
        input('Verbund X'),
        FAR_COORDINATOR,
        'Registering an organisation is limited to the municipalities in your scope.',
      );
    });

    it('lets a coordinator change an organisation in scope, but not move it out nor change one elsewhere', async () => {
      const id = org('jmd-neuss');
      expect(await subgraph.query(UPDATE, { input: { id, contactPhone: '02131 000000' } }, MEMBER_COORDINATOR)).toEqual(
        { data: { updateOrganization: { name: 'Jugendmigrationsdienst Neuss', municipality: { ags: '05162024' } } } },
      );
      await forbidden(
        UPDATE,
        { input: { id, ags: '05162016' } },
        MEMBER_COORDINATOR,
        'Changing an organisation is limited to the municipalities in your scope.',
      );
      await forbidden(
        UPDATE,
        { input: { id: org('fh-kaarst'), name: 'Anders' } },
        MEMBER_COORDINATOR,
        'Changing an organisation is limited to the municipalities in your scope.',
      );
      for (const role of ROLES.filter((r) => r !== 'NETWORK_COORDINATOR' && r !== 'ADMIN')) {
        await forbidden(
          UPDATE,
          { input: { id, name: 'Anders' } },
          as(role),
          'Changing an organisation needs one of the roles NETWORK_COORDINATOR, ADMIN.',
        );
      }
      expect(dataOf(await subgraph.query(UPDATE, { input: { id, name: 'JMD Neuss' } }, admin))).toEqual({
        updateOrganization: { name: 'JMD Neuss', municipality: { ags: '05162024' } },
      });
    });
  });

  describe('alliances', () => {
    const MUTATIONS: Record<string, [string, () => Record<string, unknown>]> = {};
    let membershipId = '';
    let forumId = '';
    const seat = {
      allianceId: NEUSS,
      organizationId: org('bk-grevenbroich'),
      representativeName: 'Vera Vertretung',
      representativeRole: 'Fachbereichsleitung',
      area: 'BILDUNG',
      decisionAuthority: 'FULL',
      validFrom: '2030-01-01',
    };
    Object.assign(MUTATIONS, {
      createAlliance: [
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { name } }`,
        () => ({ name: 'Bündnis Jüchen', leadAgs: '05162012', leadOfficeId: org('jc-rkn'), startDate: '2021-01-01' }),
      ],
      addCoreGroupMember: [
        `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) { id } }`,
        () => seat,
      ],
      changeCoreGroupMember: [
        `mutation($input: ChangeCoreGroupMemberInput!) { changeCoreGroupMember(input: $input) { id } }`,
        () => ({ id: membershipId, representativeRole: 'Leitung' }),
      ],
      endCoreGroupMember: [
        `mutation($input: EndCoreGroupMemberInput!) { endCoreGroupMember(input: $input) { id } }`,
        () => ({ id: membershipId, validUntil: '2030-12-31' }),
      ],
      scheduleForum: [
        `mutation($input: ScheduleForumInput!) { scheduleForum(input: $input) { id } }`,
        () => ({
          allianceId: NEUSS,
          kind: 'WORKING_GROUP',
          title: 'AG Wohnen',
          topic: 'Wohnraum',
          startsOn: '2021-06-01',
          participantIds: [org('jc-rkn')],
        }),
      ],
      recordForumParticipants: [
        `mutation($input: RecordForumParticipantsInput!) { recordForumParticipants(input: $input) { title } }`,
        () => ({ forumId, organizationIds: [org('vhs-neuss')] }),
      ],
      setAlliancePriorities: [
        `mutation($input: SetAlliancePrioritiesInput!) { setAlliancePriorities(input: $input) { name } }`,
        () => ({ allianceId: NEUSS, priorities: [{ title: 'Wohnraum' }] }),
      ],
      recordAgreement: [
        `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { title } }`,
        () => ({
          allianceId: NEUSS,
          title: 'Absprache Wohnen',
          partyIds: [org('jc-rkn'), org('vhs-neuss')],
          signedOn: '2021-06-01',
          summary: 'Wer hilft bei der Wohnungssuche.',
        }),
      ],
      updateStandingTask: [
        `mutation($input: UpdateStandingTaskInput!) { updateStandingTask(input: $input) { status } }`,
        () => ({ allianceId: NEUSS, task: 'PLAN_LOCAL_OFFERS', status: 'DONE' }),
      ],
    });

    // In dependency order: the seat and the forum the later mutations work on are made by the allowed call.
    it.each(Object.keys(MUTATIONS))(
      '%s: only a network coordinator with the lead municipality in scope; anyone else is refused, changing nothing',
      async (name) => {
        const [mutation, input] = MUTATIONS[name];
        for (const role of ROLES.filter((r) => r !== 'NETWORK_COORDINATOR'))
          await forbidden(mutation, { input: input() }, as(role), ROLE_RULE);
        // The Neuss alliance is led by the Kreis: a coordinator of one member town is not enough.
        if (name !== 'createAlliance') await forbidden(mutation, { input: input() }, MEMBER_COORDINATOR, SCOPE_RULE);
        await forbidden(mutation, { input: input() }, FAR_COORDINATOR, SCOPE_RULE);
        const res = await subgraph.query<Record<string, { id?: string }>>(
          mutation,
          { input: input() },
          networkCoordinatorNeuss,
        );
        const result = dataOf(res)[name];
        if (name === 'addCoreGroupMember') membershipId = result.id as string;
        if (name === 'scheduleForum') forumId = result.id as string;
      },
    );
  });
});
