import { financeRheine } from '@gk/fixtures';
import { ROLES, type Identity, type Role } from '@gk/shared';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph } from '../src/funding.subgraph';
import {
  actingAs,
  allocate,
  approvedApplication,
  createBudget,
  createProgram,
  dataOf,
  OFFER_A,
  OFFER_B,
  OFFER_C,
  spend,
} from './support';

const MONEY =
  `fiscalYear planned allocated spent stateShare ownShare otherShare byProgramme { program { name } ` +
  `allocated spent }
  costPerEnrolledPerson costPerCompletedQualification`;
const ENTITIES =
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ags referenceDate ` +
  `money { ${MONEY} } } } }`;
const SHORT =
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { money { spent ` +
  `costPerEnrolledPerson costPerCompletedQualification } } } }`;

/**
 * What the gateway sends for `money`: the key and the participation it required from the offers subgraph (null where
 * offers withheld or refused it).
 */
interface Participation {
  fiscalYear: number;
  enrolledPersons: { value: number | null };
  completedQualifications: { value: number | null };
}
const area = (ags: string, referenceDate: string, participation: Participation | null = null) => ({
  __typename: 'AreaIndicators',
  ags,
  referenceDate,
  participation,
});
const counts = (fiscalYear: number, enrolled: number | null, completed: number | null): Participation => ({
  fiscalYear,
  enrolledPersons: { value: enrolled },
  completedQualifications: { value: completed },
});

const as = (role: Role, ags: string[] = ['05566', '05162']): Identity => ({
  subject: `test-${role.toLowerCase()}`,
  organizationId: null,
  roles: [role],
  ags,
});

/**
 * A hand-made Rhein-Kreis Neuss for 2025 and 2026, figures worked out by hand in the comments:
 * a Kreis line, two member lines and an income line, a foundation grant, Rheine (another Kreis),
 * and expenditures on both sides of the reference dates.
 */
describe('money indicators of an area (AreaIndicators.money)', () => {
  let s: TestSubgraph;

  beforeAll(async () => {
    s = actingAs(await startTestSubgraph(fundingSubgraph), financeRheine);
    const kim = await createProgram(s, {
      name: 'Kommunales Integrationsmanagement',
      funder: 'LAND_NRW',
      periodStart: '2020-07-01',
      periodEnd: '2030-12-31',
    });
    const foundation = await createProgram(s, {
      name: 'Stiftung Zukunft',
      funder: 'FOUNDATION',
      maxFundingRateBasisPoints: 10000,
      periodStart: '2025-01-01',
      periodEnd: '2030-12-31',
    });
    const kreisOwn = await createBudget(s, {
      municipalityAgs: '05162',
      fiscalYear: 2025,
      budgetProduct: '8101',
      source: 'OWN_FUNDS',
      programId: kim,
      amount: '15000.00',
    });
    const neussState = await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2025,
      budgetProduct: '8102',
      source: 'STATE_FUNDING',
      programId: kim,
      amount: '40000.00',
    });
    await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2025,
      budgetProduct: '8102',
      lineKind: 'ERTRAEGE',
      source: 'STATE_FUNDING',
      amount: '40000.00',
    });
    const dormagen = await createBudget(s, {
      municipalityAgs: '05162004',
      fiscalYear: 2025,
      budgetProduct: '8103',
      source: 'INTEGRATIONSPAUSCHALE',
      amount: '5000.00',
    });
    const rheine = await createBudget(s, { municipalityAgs: '05566076', fiscalYear: 2025, amount: '20000.00' });
    const neuss2026 = await createBudget(s, {
      municipalityAgs: '05162024',
      fiscalYear: 2026,
      budgetProduct: '8102',
      source: 'STATE_FUNDING',
      programId: kim,
      amount: '50000.00',
    });
    const grant = await approvedApplication(s, foundation, '3000.00', {
      municipalityAgs: '05162024',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      requested: '3000.00',
      ownShare: '0.00',
    });
    const book = async (
      from: Record<string, string>,
      offerId: string,
      fiscalYear: number,
      amount: string,
      spent: [string, string][] = [],
    ) => {
      const allocationId = dataOf(await allocate(s, { ...from, offerId, fiscalYear, amount })).allocateFunding.id;
      for (const [spentOn, spentAmount] of spent)
        dataOf(await spend(s, { allocationId, amount: spentAmount, spentOn, purpose: 'Honorare' }));
    };
    await book({ budgetId: kreisOwn }, OFFER_A, 2025, '4000.00', [
      ['2025-03-01', '1000.00'],
      ['2025-12-31', '500.00'],
    ]);
    await book({ budgetId: neussState }, OFFER_B, 2025, '30000.00', [['2025-06-30', '10000.01']]);
    await book({ budgetId: dormagen }, OFFER_C, 2025, '1000.00');
    await book({ applicationId: grant }, OFFER_A, 2025, '3000.00', [['2025-09-30', '1500.00']]);
    await book({ budgetId: rheine }, OFFER_A, 2025, '5000.00', [['2025-05-01', '5000.00']]);
    await book({ budgetId: neuss2026 }, OFFER_B, 2026, '20000.00', [
      ['2026-02-01', '2000.00'],
      ['2026-08-01', '3000.00'],
    ]);
  });

  afterAll(async () => {
    await s?.close();
  });

  it(
    'sums a Kreis with its members and a Gemeinde alone, spent up to the reference date, in two ' + 'fiscal years',
    async () => {
      const res = await s.query(ENTITIES, {
        r: [
          area('05162', '2025-12-31'),
          area('05162', '2025-06-30'),
          area('05162024', '2025-12-31'),
          area('05162', '2026-06-30'),
          area('05162028', '2025-12-31'),
        ],
      });
      const kim = 'Kommunales Integrationsmanagement';
      expect(res).toEqual({
        data: {
          _entities: [
            {
              ags: '05162',
              referenceDate: '2025-12-31',
              money: {
                fiscalYear: 2025,
                // 15,000 (Kreis) + 40,000 (Neuss) + 5,000 (Dormagen); the income line and Rheine do not count.
                planned: '60000.00',
                // 4,000 + 30,000 + 1,000 + 3,000
                allocated: '38000.00',
                // 1,000 + 500 + 10,000.01 + 1,500
                spent: '13000.01',
                // the state line's 30,000
                stateShare: '30000.00',
                // own funds 4,000 + Integrationspauschale 1,000
                ownShare: '5000.00',
                // the foundation's grant
                otherShare: '3000.00',
                byProgramme: [
                  // 4,000 + 30,000; spent 1,500 + 10,000.01
                  { program: { name: kim }, allocated: '34000.00', spent: '11500.01' },
                  { program: { name: 'Stiftung Zukunft' }, allocated: '3000.00', spent: '1500.00' },
                ],
                costPerEnrolledPerson: null,
                costPerCompletedQualification: null,
              },
            },
            {
              ags: '05162',
              referenceDate: '2025-06-30',
              money: {
                fiscalYear: 2025,
                planned: '60000.00',
                allocated: '38000.00',
                // 1,000 (March) + 10,000.01 (30 June counts); 500 in December and 1,500 in September come later.
                spent: '11000.01',
                stateShare: '30000.00',
                ownShare: '5000.00',
                otherShare: '3000.00',
                byProgramme: [
                  { program: { name: kim }, allocated: '34000.00', spent: '11000.01' },
                  { program: { name: 'Stiftung Zukunft' }, allocated: '3000.00', spent: '0.00' },
                ],
                costPerEnrolledPerson: null,
                costPerCompletedQualification: null,
              },
            },
            {
              ags: '05162024',
              referenceDate: '2025-12-31',
              money: {
                // Neuss alone: its state line and the grant; the Kreis line and Dormagen are not Neuss's.
                fiscalYear: 2025,
                planned: '40000.00',
                allocated: '33000.00',
                spent: '11500.01',
                stateShare: '30000.00',
                ownShare: '0.00',
                otherShare: '3000.00',
                byProgramme: [
                  { program: { name: kim }, allocated: '30000.00', spent: '10000.01' },
                  { program: { name: 'Stiftung Zukunft' }, allocated: '3000.00', spent: '1500.00' },
                ],
                costPerEnrolledPerson: null,
                costPerCompletedQualification: null,
              },
            },
            {
              ags: '05162',
              referenceDate: '2026-06-30',
              money: {
                // 2026: the Neuss line only; 2,000 spent in February, 3,000 in August after the date.
                fiscalYear: 2026,
                planned: '50000.00',
                allocated: '20000.00',
                spent: '2000.00',
                stateShare: '20000.00',
                ownShare: '0.00',
                otherShare: '0.00',
                byProgramme: [{ program: { name: kim }, allocated: '20000.00', spent: '2000.00' }],
                costPerEnrolledPerson: null,
                costPerCompletedQualification: null,
              },
            },
            {
              ags: '05162028',
              referenceDate: '2025-12-31',
              money: {
                fiscalYear: 2025,
                planned: '0.00',
                allocated: '0.00',
                spent: '0.00',
                stateShare: '0.00',
                ownShare: '0.00',
                otherShare: '0.00',
                byProgramme: [],
                costPerEnrolledPerson: null,
                costPerCompletedQualification: null,
              },
            },
          ],
        },
      });
    },
  );

  it(
    'divides spent by the participation counts the gateway hands over, rounded to the cent half up, and never by ' +
      'a withheld or zero count',
    async () => {
      const res = await s.query(SHORT, {
        r: [
          // 13,000.01 / 7 = 1,857.1442.. -> 1,857.14; / 3 = 4,333.3366.. -> 4,333.34
          area('05162', '2025-12-31', counts(2025, 7, 3)),
          // 11,500.01 / 2 = 5,750.005 -> 5,750.01 (half up); the enrolled count is withheld
          area('05162024', '2025-12-31', counts(2025, null, 2)),
          // zero qualifications: no cost; 2,000 / 8 = 250
          area('05162', '2026-06-30', counts(2026, 8, 0)),
          // offers gave no participation (withheld or refused)
          area('05162024', '2025-06-30', null),
          // counts of another fiscal year than the money's are not used
          area('05162', '2025-06-30', counts(2024, 5, 5)),
          // money allocated, nothing spent yet: zero per head
          area('05162004', '2025-12-31', counts(2025, 6, 6)),
          // no money of its own in the year: no cost per head (not 0.00)
          area('05162028', '2025-12-31', counts(2025, 6, 6)),
        ],
      });
      expect(res).toEqual({
        data: {
          _entities: [
            {
              money: { spent: '13000.01', costPerEnrolledPerson: '1857.14', costPerCompletedQualification: '4333.34' },
            },
            { money: { spent: '11500.01', costPerEnrolledPerson: null, costPerCompletedQualification: '5750.01' } },
            { money: { spent: '2000.00', costPerEnrolledPerson: '250.00', costPerCompletedQualification: null } },
            // 10,000.01 on 30 June
            { money: { spent: '10000.01', costPerEnrolledPerson: null, costPerCompletedQualification: null } },
            { money: { spent: '11000.01', costPerEnrolledPerson: null, costPerCompletedQualification: null } },
            { money: { spent: '0.00', costPerEnrolledPerson: '0.00', costPerCompletedQualification: '0.00' } },
            { money: { spent: '0.00', costPerEnrolledPerson: null, costPerCompletedQualification: null } },
          ],
        },
      });
    },
  );

  it(
    'costs the same statements for one area or twelve (the state-wide list), however many lines ' + 'they have',
    async () => {
      const gemeinden = [
        '05162004',
        '05162008',
        '05162012',
        '05162016',
        '05162020',
        '05162022',
        '05162024',
        '05162028',
      ];
      const twelve = [
        ...['05162', ...gemeinden, '05566', '05566076'].map((ags) => area(ags, '2025-12-31', counts(2025, 10, 5))),
        area('05162', '2026-06-30', counts(2026, 10, 5)),
      ];
      const measure = (r: unknown[]) => s.countStatements(async () => dataOf(await s.query(ENTITIES, { r })));
      const one = await measure([area('05162', '2025-12-31', counts(2025, 10, 5))]);
      const many = await measure(twelve);
      // planned per area and year, allocated and spent per area and date, and the programme names
      expect(one).toBe(3);
      expect(many).toBe(3);
    },
  );

  it('refuses a reference date in the future or not a date, and an AGS that is not one, naming the field', async () => {
    const res = await s.query(SHORT, {
      r: [area('05162', '2999-01-01'), area('05162', '2025-02-30'), area('0516', '2025-12-31')],
    });
    expect(res.data).toEqual({ _entities: [{ money: null }, { money: null }, { money: null }] });
    expect(
      (res.errors ?? []).map((e) => ({
        path: e.path,
        message: e.message,
        code: e.extensions?.code,
        field: e.extensions?.field,
      })),
    ).toEqual([
      {
        path: ['_entities', 0, 'money'],
        message: 'Invalid value for "referenceDate": must not be in the future.',
        code: 'BAD_USER_INPUT',
        field: 'referenceDate',
      },
      {
        path: ['_entities', 1, 'money'],
        message: 'Invalid value for "referenceDate": must be a calendar date written YYYY-MM-DD.',
        code: 'BAD_USER_INPUT',
        field: 'referenceDate',
      },
      // A malformed AGS is in nobody's scope: refused before it is checked.
      {
        path: ['_entities', 2, 'money'],
        message: 'AreaIndicators.money is limited to the municipalities in your scope.',
        code: 'FORBIDDEN',
        field: undefined,
      },
    ]);
  });

  describe('access', () => {
    const readers: Role[] = ['CORE_GROUP', 'FINANCE'];

    it.each(readers)(
      'gives %s the money of the areas in its scope, a Kreis scope covering its Gemeinden',
      async (role) => {
        const res = await s.query(SHORT, { r: [area('05162024', '2025-12-31')] }, as(role, ['05162']));
        expect(res).toEqual({
          data: {
            _entities: [
              { money: { spent: '11500.01', costPerEnrolledPerson: null, costPerCompletedQualification: null } },
            ],
          },
        });
      },
    );

    it.each(readers)(
      'refuses %s outside its scope: null and FORBIDDEN, the Kreis too when only a Gemeinde is in scope',
      async (role) => {
        const res = await s.query(
          SHORT,
          { r: [area('05566076', '2025-12-31'), area('05162', '2025-12-31')] },
          as(role, ['05162024']),
        );
        expect(res.data).toEqual({ _entities: [{ money: null }, { money: null }] });
        expect((res.errors ?? []).map((e) => [e.path, e.message, e.extensions?.code])).toEqual([
          [
            ['_entities', 0, 'money'],
            'AreaIndicators.money is limited to the municipalities in your scope.',
            'FORBIDDEN',
          ],
          [
            ['_entities', 1, 'money'],
            'AreaIndicators.money is limited to the municipalities in your scope.',
            'FORBIDDEN',
          ],
        ]);
      },
    );

    it.each(ROLES.filter((r) => !readers.includes(r)))(
      'refuses %s: null and FORBIDDEN, before the date is looked at',
      async (role) => {
        const res = await s.query(
          SHORT,
          { r: [area('05162', '2025-12-31', counts(2025, 10, 5)), area('05162', '2999-01-01')] },
          as(role),
        );
        expect(res.data).toEqual({ _entities: [{ money: null }, { money: null }] });
        expect((res.errors ?? []).map((e) => [e.message, e.extensions?.code])).toEqual([
          ['AreaIndicators.money needs one of the roles FINANCE, CORE_GROUP.', 'FORBIDDEN'],
          ['AreaIndicators.money needs one of the roles FINANCE, CORE_GROUP.', 'FORBIDDEN'],
        ]);
      },
    );
  });
});
