import { demoOfferId, financeRheine } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { demoApplicationId, demoProgramId } from '../src/demo/funding.demo';
import { fundingSubgraph } from '../src/funding.subgraph';
import { actingAs } from './support';

describe('funding demo data', () => {
  let s: TestSubgraph;

  beforeAll(async () => {
    // Budgets, applications, allocations and overviews are read by a finance officer of the municipality.
    s = actingAs(await startTestSubgraph(fundingSubgraph, { loadDemoData: true }), financeRheine);
  });

  afterAll(async () => {
    await s?.close();
  });

  it("holds Rheine's own share of paper 072/19 and the three programmes", async () => {
    const res = await s.query(
      `{
      budgets(filter: { municipalityAgs: "05566076", fiscalYear: 2019 }) {
        items {
          budgetProduct plan lineKind source amount financingSecured
          councilDecision { paperNumber committee date } program { name }
        }
      }
      fundingPrograms { items { name funder maxFundingRateBasisPoints } }
    }`,
    );
    expect(res).toEqual({
      data: {
        budgets: {
          items: [
            {
              budgetProduct: '8101',
              plan: 'RESULT_PLAN',
              lineKind: 'AUFWENDUNGEN',
              source: 'INTEGRATIONSPAUSCHALE',
              amount: '20000.00',
              financingSecured: true,
              councilDecision: { paperNumber: '072/19', committee: 'Sozialausschuss', date: '2019-03-12' },
              program: { name: "Gemeinsam klappt's" },
            },
          ],
        },
        fundingPrograms: {
          items: [
            { name: 'Durchstarten in Ausbildung und Arbeit', funder: 'LAND_NRW', maxFundingRateBasisPoints: 8000 },
            { name: "Gemeinsam klappt's", funder: 'LAND_NRW', maxFundingRateBasisPoints: 8000 },
            { name: 'Kommunales Integrationsmanagement', funder: 'LAND_NRW', maxFundingRateBasisPoints: 10000 },
          ],
        },
      },
    });
  });

  it(
    'shows funding use for dashboards: Rheine 2019 and the Rhein-Kreis Neuss 2020, as worked out ' + 'by hand',
    async () => {
      const res = await s.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ags
      y2019: fundingOverview(fiscalYear: 2019) { planned allocated spent stateShare ownShare otherShare }
      y2020: fundingOverview(fiscalYear: 2020) { planned allocated spent stateShare ownShare otherShare } } } }`,
        {
          r: [
            { __typename: 'Municipality', ags: '05566' },
            { __typename: 'Municipality', ags: '05162' },
          ],
        },
      );
      expect(res).toEqual({
        data: {
          _entities: [
            {
              ags: '05566',
              // Own share 4 x 4,000 and the Land's grant 20,000 + 25,000 + 15,000 + 5,000, all spent in 2019.
              y2019: {
                planned: '20000.00',
                allocated: '81000.00',
                spent: '81000.00',
                stateShare: '65000.00',
                ownShare: '16000.00',
                otherShare: '0.00',
              },
              // Own share 6,000 + 8,000, 90 % spent.
              y2020: {
                planned: '20000.00',
                allocated: '14000.00',
                spent: '12600.00',
                stateShare: '0.00',
                ownShare: '14000.00',
                otherShare: '0.00',
              },
            },
            {
              ags: '05162',
              // Grant 15,000 and own share 3,750.
              y2019: {
                planned: '15000.00',
                allocated: '18750.00',
                spent: '18750.00',
                stateShare: '15000.00',
                ownShare: '3750.00',
                otherShare: '0.00',
              },
              // Planned 15,000 + 60,000 + 10,000; grant 38,000 + Durchstarten 50,000 (state),
              // own 9,500 + Neuss 4,000; 90 % spent.
              y2020: {
                planned: '85000.00',
                allocated: '101500.00',
                spent: '91350.00',
                stateShare: '88000.00',
                ownShare: '13500.00',
                otherShare: '0.00',
              },
            },
          ],
        },
      });
    },
  );

  it(
    "shows funding use in 2026 on the core group's money indicators: Rheine and the Rhein-Kreis Neuss, as worked " +
      'out by hand',
    async () => {
      const res = await s.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ags
      money { fiscalYear planned allocated spent stateShare ownShare otherShare
        byProgramme { program { name } allocated spent } } } } }`,
        { r: ['05566076', '05162'].map((ags) => ({ __typename: 'AreaIndicators', ags, referenceDate: '2026-06-30' })) },
      );
      const kim = 'Kommunales Integrationsmanagement';
      expect(res).toEqual({
        data: {
          _entities: [
            {
              ags: '05566076',
              // Lines 20,000 own share + 60,000 KIM; allocated own 8,000 + 4,000, state 30,000 + 20,000;
              // 40 % spent by 30 June.
              money: {
                fiscalYear: 2026,
                planned: '80000.00',
                allocated: '62000.00',
                spent: '24800.00',
                stateShare: '50000.00',
                ownShare: '12000.00',
                otherShare: '0.00',
                byProgramme: [{ program: { name: kim }, allocated: '62000.00', spent: '24800.00' }],
              },
            },
            {
              ags: '05162',
              // Lines 15,000 + 60,000; allocated own 6,000 + 3,000, state 25,000 + 20,000 + 10,000; 40 % spent by 30
              // June.
              money: {
                fiscalYear: 2026,
                planned: '75000.00',
                allocated: '64000.00',
                spent: '25600.00',
                stateShare: '55000.00',
                ownShare: '9000.00',
                otherShare: '0.00',
                byProgramme: [{ program: { name: kim }, allocated: '64000.00', spent: '25600.00' }],
              },
            },
          ],
        },
      });
    },
  );

  it('has applications in every status and funding on catalogue offers', async () => {
    const res = await s.query<{ fundingApplications: { items: { status: string }[] } }>(
      `{ fundingApplications { items { status } } }`,
    );
    expect(new Set(res.data?.fundingApplications.items.map((a) => a.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN']),
    );
    const offer = await s.query(
      `query($r: [_Any!]!) {
        _entities(representations: $r) { ... on Offer { funding { allocated spent remaining } } }
      }`,
      {
        r: [{ __typename: 'Offer', id: demoOfferId('rheine-fachoberschulreife-abend') }],
      },
    );
    // 2019: 4,000 own + 25,000 grant, all spent; 2021: 10,000 own, half spent.
    expect(offer).toEqual({
      data: { _entities: [{ funding: { allocated: '39000.00', spent: '34000.00', remaining: '5000.00' } }] },
    });
    const program = await s.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on FundingProgram { name } } }`,
      {
        r: [
          { __typename: 'FundingProgram', id: demoProgramId('kim') },
          { __typename: 'FundingProgram', id: 'not-a-uuid' },
        ],
      },
    );
    expect(program).toEqual({ data: { _entities: [{ name: 'Kommunales Integrationsmanagement' }, null] } });
    const application = await s.query(
      `query($id: ID!) { fundingApplication(id: $id) { status approvedAmount allocated } }`,
      { id: demoApplicationId('rkn-gk-2019-2021') },
    );
    expect(application).toEqual({
      data: { fundingApplication: { status: 'APPROVED', approvedAmount: '110000.00', allocated: '71000.00' } },
    });
  });

  it('loads the demo slice only once', async () => {
    await fundingSubgraph.loadDemoData?.(s.db.dataSource, { info: () => undefined } as never);
    const [row] = await s.db.dataSource.query(`SELECT count(*)::int AS n FROM allocation`);
    // 24 allocations of 2019 to 2021 and 9 of 2026.
    expect(row.n).toBe(33);
  });
});
