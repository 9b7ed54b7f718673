import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { personsSubgraph } from '../src/persons.subgraph';
import type { Identity } from '@gk/shared';
import {
  CASE_MANAGER,
  JMD_CASE_MANAGER,
  KIM_RHEINE,
  REGISTER,
  actingAs,
  personInput,
  registerPerson,
  type GqlError,
} from './support';

/**
 * A case manager planning for both demo Kreise (and an unknown one): the only role that reads the unprotected figures.
 */
const PLANNER: Identity = {
  subject: 'cm-planner',
  organizationId: KIM_RHEINE,
  roles: ['CASE_MANAGER'],
  ags: ['05566', '05162', '09999'],
};

const FIGURES = `query($r: [_Any!]!, $date: Date) { _entities(representations: $r) { ... on Municipality { ags
  targetGroupFigures(referenceDate: $date) {
  municipalityAgs referenceDate total
  byResidenceStatus { key count } byBenefitRegime { key count } bySchoolDegree { key count } byAgeBand { key count }
  openNeedsByCategory { key count } } } } }`;

const municipalities = (...ags: string[]) => ags.map((a) => ({ __typename: 'Municipality', ags: a }));

describe('persons: target-group figures for a Municipality', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph), PLANNER);
    // Rheine: two in the target group on 2024-06-30, one too old, one too young then.
    const a = await registerPerson(subgraph, {
      familyName: 'Figur',
      dateOfBirth: '2004-01-10',
      schoolDegree: 'NONE',
      residenceStatus: { status: 'GESTATTUNG', validFrom: '2020-01-01' },
      benefitRegime: { regime: 'ASYLBLG', validFrom: '2020-01-01' },
    });
    await subgraph.query(
      `mutation($i: RecordResidenceStatusInput!) { recordResidenceStatus(input: $i) { id } }`,
      { i: { personId: a, status: 'DULDUNG', validFrom: '2024-07-01' } },
      CASE_MANAGER,
    );
    await subgraph.query(
      `mutation($i: RecordBenefitRegimeInput!) { recordBenefitRegime(input: $i) { id } }`,
      { i: { personId: a, regime: 'SGB_II', validFrom: '2024-01-01' } },
      CASE_MANAGER,
    );
    const b = await registerPerson(subgraph, {
      familyName: 'Figur',
      givenName: 'Zwei',
      dateOfBirth: '1998-07-01',
      schoolDegree: 'FACHOBERSCHULREIFE',
      residenceStatus: { status: 'DULDUNG', validFrom: '2019-05-01' },
    });
    await registerPerson(subgraph, {
      familyName: 'Figur',
      givenName: 'Alt',
      dateOfBirth: '1996-06-30',
      residenceStatus: { status: 'DULDUNG', validFrom: '2019-05-01' },
    });
    await registerPerson(subgraph, { familyName: 'Figur', givenName: 'Jung', dateOfBirth: '2006-07-01' });
    // Neuss and Dormagen, both in the Rhein-Kreis Neuss.
    const c = await registerPerson(
      subgraph,
      {
        familyName: 'Figur',
        givenName: 'Neuss',
        municipalityAgs: '05162024',
        dateOfBirth: '2001-03-03',
        residenceStatus: { status: 'AE_25A', validFrom: '2022-02-02' },
      },
      PLANNER,
    );
    await registerPerson(
      subgraph,
      {
        familyName: 'Figur',
        givenName: 'Dormagen',
        municipalityAgs: '05162004',
        dateOfBirth: '2002-04-04',
      },
      PLANNER,
    );

    const need = (personId: string, category: string, status = 'OPEN') =>
      subgraph.query(
        `mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`,
        { i: { personId, category, status } },
        CASE_MANAGER,
      );
    await need(a, 'LANGUAGE');
    await need(a, 'SCHOOL_DEGREE');
    await need(b, 'LANGUAGE');
    await need(b, 'HOUSING', 'IN_PROGRESS');
    await need(c, 'VOCATIONAL_TRAINING');
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it(
    'counts the target group of a Gemeinde by status and regime on the reference date, degree, age ' +
      'band and open needs',
    async () => {
      const res = await subgraph.query(FIGURES, { r: municipalities('05566076'), date: '2024-06-30' });
      expect(res).toEqual({
        data: {
          _entities: [
            {
              ags: '05566076',
              targetGroupFigures: {
                municipalityAgs: '05566076',
                referenceDate: '2024-06-30',
                total: 2,
                byResidenceStatus: [
                  { key: 'DULDUNG', count: 1 },
                  { key: 'GESTATTUNG', count: 1 },
                ],
                byBenefitRegime: [
                  { key: 'SGB_II', count: 1 },
                  { key: null, count: 1 },
                ],
                bySchoolDegree: [
                  { key: 'FACHOBERSCHULREIFE', count: 1 },
                  { key: 'NONE', count: 1 },
                ],
                byAgeBand: [
                  { key: 'AGE_18_20', count: 1 },
                  { key: 'AGE_25_27', count: 1 },
                ],
                // Needs recorded today count only for a reference date of today or later.
                openNeedsByCategory: [],
              },
            },
          ],
        },
      });
    },
  );

  it('covers the Gemeinden of a Kreis, and an unknown area has empty figures', async () => {
    const res = await subgraph.query<{
      _entities: {
        ags: string;
        targetGroupFigures: { total: number; byResidenceStatus: unknown[]; openNeedsByCategory: unknown[] };
      }[];
    }>(FIGURES, {
      r: municipalities('05162', '05162024', '05566', '09999999'),
    });
    expect(res.errors).toBeUndefined();
    const [kreis, neuss, steinfurt, unknown] = res.data!._entities.map((e) => e.targetGroupFigures);
    expect(kreis).toMatchObject({
      total: 2,
      byResidenceStatus: [
        { key: 'AE_25A', count: 1 },
        { key: null, count: 1 },
      ],
      openNeedsByCategory: [{ key: 'VOCATIONAL_TRAINING', count: 1 }],
    });
    expect(neuss).toMatchObject({ total: 1, byResidenceStatus: [{ key: 'AE_25A', count: 1 }] });
    // Reference date today: the one born 2006-07-01 is in the target group now, the one born 1998-07-01 is out (true
    // from 2026-07-01 until 2029-03-02).
    expect(steinfurt).toMatchObject({
      total: 2,
      byResidenceStatus: [
        { key: 'DULDUNG', count: 1 },
        { key: null, count: 1 },
      ],
      openNeedsByCategory: [
        { key: 'LANGUAGE', count: 1 },
        { key: 'SCHOOL_DEGREE', count: 1 },
      ],
    });
    expect(unknown).toEqual({
      municipalityAgs: '09999999',
      referenceDate: expect.any(String),
      total: 0,
      byResidenceStatus: [],
      byBenefitRegime: [],
      bySchoolDegree: [],
      byAgeBand: [],
      openNeedsByCategory: [],
    });
  });

  it('computes the figures of many municipalities in two GROUP BY statements', async () => {
    const run = async (ags: string[]) => {
      let ok = false;
      const statements = await subgraph.countStatements(async () => {
        const res = await subgraph.query(FIGURES, { r: municipalities(...ags), date: '2025-01-01' });
        ok = res.errors === undefined;
      });
      expect(ok).toBe(true);
      return statements;
    };
    expect(await run(['05566076'])).toBe(2);
    expect(
      await run([
        '05566',
        '05566076',
        '05162',
        '05162004',
        '05162008',
        '05162012',
        '05162016',
        '05162020',
        '05162022',
        '05162024',
        '05162028',
      ]),
    ).toBe(2);
  });

  it(
    "counts only the caller's own caseload: another organisation's persons in the same municipality are not " +
      'in its figures',
    async () => {
      // Exact counts of other organisations' persons beside the core group's protected figures would let a
      // reader with both roles (or a colleague) recompute a withheld cell.
      const before = await subgraph.query<{ _entities: { targetGroupFigures: { total: number } }[] }>(FIGURES, {
        r: municipalities('05566076'),
        date: '2024-06-30',
      });
      const other = await subgraph.query(
        REGISTER,
        {
          input: personInput({
            familyName: 'Figur',
            givenName: 'Fremd',
            dateOfBirth: '2003-03-03',
            residenceStatus: { status: 'AE_25A', validFrom: '2022-02-02' },
          }),
        },
        JMD_CASE_MANAGER,
      );
      expect(other.errors).toBeUndefined();
      const after = await subgraph.query<{
        _entities: { targetGroupFigures: { total: number; byResidenceStatus: { key: string }[] } }[];
      }>(FIGURES, { r: municipalities('05566076'), date: '2024-06-30' });
      expect(after.data!._entities[0].targetGroupFigures.total).toBe(
        before.data!._entities[0].targetGroupFigures.total,
      );
      expect(after.data!._entities[0].targetGroupFigures.byResidenceStatus.map((c) => c.key)).not.toContain('AE_25A');
      const jmd = await subgraph.query<{ _entities: { targetGroupFigures: { total: number } }[] }>(
        FIGURES,
        { r: municipalities('05566076'), date: '2024-06-30' },
        JMD_CASE_MANAGER,
      );
      expect(jmd.data!._entities[0].targetGroupFigures.total).toBe(1);
    },
  );

  it('refuses a reference date in the future', async () => {
    const res = await subgraph.query(FIGURES, { r: municipalities('05566076'), date: '2999-01-01' });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Invalid value for "referenceDate": must not be in the future.',
      extensions: { code: 'BAD_USER_INPUT', field: 'referenceDate' },
    });
  });

  it(
    'gives the figures to case managers for municipalities in their scope only, not to the core ' +
      'group (it reads the protected indicators)',
    async () => {
      const ask = (identity: Identity, ...ags: string[]) =>
        subgraph.query<{ _entities: { ags: string; targetGroupFigures: { total: number } | null }[] }>(
          FIGURES,
          { r: municipalities(...ags), date: '2024-06-30' },
          identity,
        );
      const inScope = await ask(CASE_MANAGER, '05566076');
      expect(inScope.errors).toBeUndefined();
      expect(inScope.data!._entities[0].targetGroupFigures!.total).toBe(2);
      const outside = await ask(CASE_MANAGER, '05566076', '05162024');
      expect(outside.data!._entities.map((e) => e.targetGroupFigures?.total ?? null)).toEqual([2, null]);
      expect((outside.errors as GqlError[]).map((e) => [e.extensions?.code, (e as { path?: unknown[] }).path])).toEqual(
        [['FORBIDDEN', ['_entities', 1, 'targetGroupFigures']]],
      );
      for (const roles of [
        ['CORE_GROUP'],
        ['PROVIDER'],
        ['FINANCE'],
        ['NETWORK_COORDINATOR'],
        ['DATA_PROTECTION_OFFICER'],
        ['ADMIN'],
      ] as const) {
        const res = await ask(
          { subject: 'x', organizationId: KIM_RHEINE, roles: [...roles], ags: ['05566'] },
          '05566076',
        );
        expect(res.data!._entities[0].targetGroupFigures).toBeNull();
        expect((res.errors as GqlError[])[0].extensions?.code).toBe('FORBIDDEN');
      }
    },
  );
});
