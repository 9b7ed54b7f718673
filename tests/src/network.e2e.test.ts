import { demoAllianceId, demoOrganizationId, networkCoordinatorNeuss } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

const RHEINE = demoAllianceId('rheine');
const NEUSS = demoAllianceId('rhein-kreis-neuss');
const org = demoOrganizationId;

describe('the network subgraph through the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    "answers a core group's questions across subgraphs: the alliances spanning Neuss, their coverage, and " +
      'the offers of the members',
    async () => {
      const res = await hub.query<{
        alliancesForMunicipality: { coreGroup: { organization: { name: string; offers: { title: string }[] } }[] }[];
      }>(
        `{ alliancesForMunicipality(ags: "05162024") {
          name leadOffice { name } spannedMunicipalities { name }
          coverage(asOf: "2021-01-01") { missingAreas missingExpectedAgencies complete }
          coreGroup(activeOn: "2021-01-01") { organization { name offers { title } } }
        } }`,
      );
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      const [alliance] = res.body.data?.alliancesForMunicipality ?? [];
      expect(res.body.data?.alliancesForMunicipality).toHaveLength(1);
      expect(alliance).toMatchObject({
        name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss",
        leadOffice: { name: 'Kommunales Integrationszentrum Rhein-Kreis Neuss' },
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
        coverage: { missingAreas: [], missingExpectedAgencies: ['AUSLAENDERBEHOERDE'], complete: false },
      });
      expect(alliance.coreGroup.map((m) => m.organization.name)).toHaveLength(10);
      // The offers subgraph contributes the members' offers: the VHS Neuss runs the Integrationskurs of the shared
      // catalogue.
      const vhs = alliance.coreGroup.find((m) => m.organization.name === 'Volkshochschule Neuss');
      expect(vhs?.organization.offers.map((o) => o.title)).toContain('Integrationskurs für junge Erwachsene');
    },
  );

  it('lists, for an organisation, the alliances that span its municipality', async () => {
    const res = await hub.query(
      `{ organization(id: "${org('vhs-rheine')}") { municipality { name alliances { id name } } } }`,
    );
    expect(res.body).toEqual({
      data: {
        organization: {
          municipality: { name: 'Rheine', alliances: [{ id: RHEINE, name: "Bündnis Gemeinsam klappt's Rheine" }] },
        },
      },
    });
  });

  it(
    'builds an alliance through the gateway and keeps its rules: refusals arrive with their codes and clear ' +
      'messages, and change nothing',
    async () => {
      const created = await hub.query<{ createAlliance: { id: string; standingTasks: unknown[] } }>(
        `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id standingTasks { task } } }`,
        {
          input: { name: 'Bündnis Jüchen', leadAgs: '05162012', leadOfficeId: org('ki-rkn'), startDate: '2021-05-01' },
        },
        networkCoordinatorNeuss,
      );
      expect(created.body.errors).toBeUndefined();
      const allianceId = created.body.data!.createAlliance.id;
      expect(created.body.data!.createAlliance.standingTasks).toHaveLength(7);

      const seat = {
        allianceId,
        organizationId: org('abh-rkn'),
        representativeName: 'Gustav Gateway',
        representativeRole: 'Sachgebietsleitung',
        area: 'MIGRATION_UND_INTEGRATION',
        decisionAuthority: 'FULL',
        validFrom: '2021-05-01',
      };
      const ADD =
        `mutation($input: AddCoreGroupMemberInput!) { addCoreGroupMember(input: $input) { validFrom alliance { ` +
        `coverage(asOf: "2021-05-01") { presentExpectedAgencies } } } }`;
      expect((await hub.query(ADD, { input: seat }, networkCoordinatorNeuss)).body).toEqual({
        data: {
          addCoreGroupMember: {
            validFrom: '2021-05-01',
            alliance: { coverage: { presentExpectedAgencies: ['AUSLAENDERBEHOERDE'] } },
          },
        },
      });

      const twice = await hub.query(ADD, { input: { ...seat, validFrom: '2021-06-01' } }, networkCoordinatorNeuss);
      expect(twice.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['The organisation already holds a seat in this core group during this period.', 'CORE_GROUP_OVERLAP'],
      ]);
      const backwards = await hub.query(
        ADD,
        { input: { ...seat, organizationId: org('fb-rkn'), validFrom: '2021-06-01', validUntil: '2021-05-31' } },
        networkCoordinatorNeuss,
      );
      expect(backwards.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Invalid value for "input.validUntil": must not be before validFrom.', 'BAD_USER_INPUT'],
      ]);
      const party = await hub.query(
        `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { title } }`,
        {
          input: {
            allianceId,
            title: 'Absprache',
            partyIds: [org('abh-rkn'), NEUSS],
            signedOn: '2021-06-01',
            summary: 'Text',
          },
        },
        networkCoordinatorNeuss,
      );
      expect(party.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Invalid value for "input.partyIds": must each be the id of an organisation.', 'BAD_USER_INPUT'],
      ]);
      const malformed = await hub.query(`{ alliancesForMunicipality(ags: "516202") { name } }`);
      expect(malformed.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Invalid value for "ags": must be 5 digits (Kreis) or 8 digits (Gemeinde).', 'BAD_USER_INPUT'],
      ]);

      const after = await hub.query(
        `query($id: ID!) { alliance(id: $id) { coreGroup { organization { name } } agreements { title } } }`,
        { id: allianceId },
      );
      expect(after.body).toEqual({
        data: {
          alliance: { coreGroup: [{ organization: { name: 'Ausländerbehörde Rhein-Kreis Neuss' } }], agreements: [] },
        },
      });
    },
  );
});
