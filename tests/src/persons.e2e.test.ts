import {
  caseManagerNeuss,
  caseManagerOf,
  caseManagerRheine,
  caseManagerRheine2,
  demoPersonId,
  ORG,
} from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

describe('persons subgraph end to end, behind the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    'registers a person and follows them into the network and offers subgraphs, which read the required fields ' +
      'from persons',
    async () => {
      const registered = await hub.query<{ registerPerson: { person: { id: string } } }>(
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ` +
          `probableDuplicates { id } } }`,
        {
          input: {
            givenName: 'Nour',
            familyName: 'Endzuend',
            dateOfBirth: '2003-03-03',
            municipalityAgs: '05566076',
            germanLevel: 'A2',
            residenceStatus: { status: 'DULDUNG', validFrom: '2021-01-01' },
            benefitRegime: { regime: 'ASYLBLG', validFrom: '2021-01-01' },
          },
        },
        caseManagerRheine,
      );
      expect(registered.status).toBe(200);
      expect(registered.body.errors).toBeUndefined();
      const id = registered.body.data!.registerPerson.person.id;

      const res = await hub.query<{ person: { eligibleOffers: { title: string }[] } }>(
        `query($id: ID!) { person(id: $id) {
        familyName currentResidenceStatus
        municipality { name parent { name } }
        caseManagingOrganization { name }
        history { kind actorOrganization { name } }
        eligibleOffers { title }
      } }`,
        { id },
        caseManagerRheine,
      );
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.person).toEqual({
        familyName: 'Endzuend',
        currentResidenceStatus: 'DULDUNG',
        municipality: { name: 'Rheine', parent: { name: 'Kreis Steinfurt' } },
        caseManagingOrganization: { name: 'Teilhabemanagement Stadt Rheine' },
        history: [
          { kind: 'REGISTERED', actorOrganization: { name: 'Teilhabemanagement Stadt Rheine' } },
          { kind: 'RESIDENCE_STATUS_CHANGED', actorOrganization: { name: 'Teilhabemanagement Stadt Rheine' } },
          { kind: 'BENEFIT_REGIME_CHANGED', actorOrganization: { name: 'Teilhabemanagement Stadt Rheine' } },
        ],
        eligibleOffers: expect.any(Array),
      });
    },
  );

  it(
    "adds the case manager's own caseload figures to a network Municipality, equal to what the persons " +
      'database holds of its organisation',
    async () => {
      const res = await hub.query<{
        municipality: {
          name: string;
          targetGroupFigures: { total: number; byResidenceStatus: { key: string | null; count: number }[] };
        };
      }>(
        `{ municipality(ags: "05162") { name targetGroupFigures(referenceDate: "2025-06-30") { referenceDate ` +
          `total byResidenceStatus { key count } openNeedsByCategory { key count } } } }`,
        undefined,
        // The unprotected figures are for case managers of the municipalities in scope (the core group reads the
        // protected indicators).
        caseManagerNeuss,
      );
      expect(res.body.errors).toBeUndefined();
      const figures = res.body.data!.municipality.targetGroupFigures;
      expect(res.body.data!.municipality.name).toBe('Rhein-Kreis Neuss');
      const [expected] = await hub.subgraphs.persons.db.dataSource.query(
        `SELECT count(*)::int AS total FROM person WHERE municipality_ags LIKE '05162%' AND date_of_birth <= DATE
          '2007-06-30' AND date_of_birth > DATE '1997-06-30'
         AND case_managing_organization_id = $1`,
        [ORG.kiRkn],
      );
      expect(figures.total).toBe(expected.total);
      expect(figures.total).toBeGreaterThan(100);
      expect(figures.byResidenceStatus.reduce((sum, c) => sum + c.count, 0)).toBe(figures.total);
    },
  );

  it('shows referrals with the offer and organisations resolved by their owning subgraphs', async () => {
    const [row] = await hub.subgraphs.persons.db.dataSource.query(
      `SELECT r.person_id, p.case_managing_organization_id AS org FROM referral r JOIN person p ON p.id = ` +
        `r.person_id WHERE r.to_offer_id IS NOT NULL ORDER BY r.person_id LIMIT 1`,
    );
    const res = await hub.query<{
      person: { referrals: { toOffer: { title: string } | null; fromOrganization: { name: string } }[] };
    }>(
      `query($id: ID!) { person(id: $id) { referrals { status toOffer { title } fromOrganization { name } } } }`,
      { id: row.person_id },
      // A case manager of the organisation that manages the person sees their referrals.
      caseManagerOf(row.org),
    );
    expect(res.body.errors).toBeUndefined();
    const toOffer = res.body.data!.person.referrals.find((r) => r.toOffer !== null)!;
    expect(toOffer.toOffer!.title.length).toBeGreaterThan(0);
    expect(['Teilhabemanagement Stadt Rheine', 'Kommunales Integrationszentrum Rhein-Kreis Neuss']).toContain(
      toOffer.fromOrganization.name,
    );
  });

  it(
    'tells a case manager of the Rhein-Kreis Neuss nothing of a person managed in Rheine when registering ' +
      "the same name and birth date; Rheine's own case managers still get the duplicate warning",
    async () => {
      const [rheine]: {
        id: string;
        given_name: string;
        family_name: string;
        date_of_birth: string;
        municipality_ags: string;
        org: string;
      }[] = await hub.subgraphs.persons.db.dataSource.query(
        `SELECT id, given_name, family_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, municipality_ags,
          case_managing_organization_id AS org
         FROM person WHERE municipality_ags = '05566076' AND case_managing_organization_id = $1 ORDER BY id LIMIT 1`,
        [ORG.kimRheine],
      );
      const input = {
        givenName: rheine.given_name,
        familyName: rheine.family_name,
        dateOfBirth: rheine.date_of_birth,
        municipalityAgs: rheine.municipality_ags,
      };
      const REGISTER =
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id ` +
        `caseManagingOrganization { id } } probableDuplicates { id givenName familyName dateOfBirth pseudonym ` +
        `caseManagingOrganization { name } } } }`;
      // Registering in Rheine takes Rheine in scope: a case manager of the Rhein-Kreis Neuss's organisation whose
      // scope is both demo Kreise.
      const neuss = await hub.query<{ registerPerson: { person: { id: string } } }>(
        REGISTER,
        { input },
        caseManagerOf(ORG.kiRkn),
      );
      // Registered as if no one had these details: no id, no value, no count of the Rheine person.
      expect(neuss.body).toEqual({
        data: {
          registerPerson: {
            person: { id: expect.any(String), caseManagingOrganization: { id: ORG.kiRkn } },
            probableDuplicates: [],
          },
        },
      });
      expect(JSON.stringify(neuss.body)).not.toContain(rheine.id);
      expect(neuss.body.data!.registerPerson.person.id).not.toBe(rheine.id);

      // Rheine's case management sees that someone registered the same details elsewhere later, and nothing else about
      // it.
      const later = await hub.query(
        'query($id: ID!) { person(id: $id) { laterRegistrationsElsewhere } }',
        { id: rheine.id },
        caseManagerRheine,
      );
      expect(later.body).toEqual({ data: { person: { laterRegistrationsElsewhere: 1 } } });

      // A colleague in Rheine registering the same details is warned with the existing record, as before.
      const own = await hub.query(REGISTER, { input }, caseManagerRheine2);
      expect(own.body).toEqual({
        data: {
          registerPerson: {
            person: null,
            probableDuplicates: [
              {
                id: rheine.id,
                givenName: rheine.given_name,
                familyName: rheine.family_name,
                dateOfBirth: rheine.date_of_birth,
                pseudonym: expect.any(String),
                caseManagingOrganization: { name: 'Teilhabemanagement Stadt Rheine' },
              },
            ],
          },
        },
      });
    },
  );

  it('refuses a referral without consent and bad input through the gateway, writing nothing', async () => {
    const personId = demoPersonId('05566076', 3);
    const referralsBefore = await hub.subgraphs.persons.db.dataSource.query('SELECT count(*)::int AS n FROM referral');
    await hub.subgraphs.persons.db.dataSource.query(
      `UPDATE consent SET revoked_at = greatest(now(), created_at), revoked_by_subject = 'e2e' WHERE ` +
        `person_id = $1 AND revoked_at IS NULL`,
      [personId],
    );
    const refused = await hub.query(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
      { input: { personId, toOrganizationId: ORG.jmdRheine, purpose: 'COUNSELLING' } },
      caseManagerRheine,
    );
    // The gateway passes only its own list of codes through (CONSENT_REQUIRED is not on it yet), so assert the refusal
    // itself.
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toHaveLength(1);
    expect(await hub.subgraphs.persons.db.dataSource.query('SELECT count(*)::int AS n FROM referral')).toEqual(
      referralsBefore,
    );
    const bad = await hub.query(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`,
      { input: { givenName: 'Zu', familyName: 'Frueh', dateOfBirth: '2999-01-01', municipalityAgs: '05566076' } },
      caseManagerRheine,
    );
    expect(bad.body.errors?.[0]).toMatchObject({
      message: 'Invalid value for "input.dateOfBirth": must not be in the future.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['input.dateOfBirth'] },
    });
  });
});
