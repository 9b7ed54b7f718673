import { useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DashboardQuery as Dashboard } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../app/auth/auth-context';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { DataTable } from '../ui/DataTable';
import { DateText, Money } from '../ui/Money';
import { NativeSelect } from '../ui/NativeSelect';
import { ProtectedCount, SuppressionThresholdContext } from '../ui/ProtectedCount';
import { Section } from '../ui/Section';
import { formatDate, formatPercent, todayIso } from '../ui/format';
import { graphQLErrors, isForbiddenAt, unavailableSubgraphs } from '../ui/graphql-errors';
import type { ChartSpec } from './chart-options';
import { ChartFigure } from './ChartFigure';
import { DashboardAreasQuery, DashboardQuery } from './dashboard.queries';
import { downloadIndicatorsCsv } from './csv-export';
import { StateIndicatorsSection } from './StateIndicatorsSection';

const t = messages.dashboard;
type Indicators = NonNullable<NonNullable<Dashboard['municipality']>['indicators']>;
type Quarters = NonNullable<NonNullable<Dashboard['municipality']>['quarterlyIndicators']>;

/** Charts on the dashboard; the performance mark below is set once all of them are drawn. */
export const DASHBOARD_CHARTS = 4;
export const CHARTS_DRAWN_MARK = 'gk:dashboard:charts-drawn';

/** A protected rate: withheld reads as protected; a rate without a value (no seats at all) as a dash. */
function RateText({ rate, threshold }: { rate: { suppressed: boolean; value?: number | null }; threshold: number }) {
  if (rate.suppressed) return <ProtectedCount count={{ suppressed: true }} threshold={threshold} />;
  return <>{formatPercent(rate.value) ?? messages.none}</>;
}

const label = (map: Record<string, string>, key: string | null | undefined) => (key ? (map[key] ?? key) : t.unknown);

function chartSpecs(ind: Indicators | null | undefined, quarters: Quarters | null | undefined) {
  const gaps = ind?.gaps ?? [];
  const residence = ind?.targetGroup?.byResidenceStatus ?? [];
  const landscape = ind?.offerLandscape ?? [];
  const quarterList = quarters ?? [];
  // Lines for the need categories that had demand at some point; the others would lie flat on 0.
  const lineCategories = [
    ...new Set(
      quarterList.flatMap((q) =>
        (q.gaps ?? []).filter((g) => g.demand.suppressed || (g.demand.value ?? 0) > 0).map((g) => g.needCategory),
      ),
    ),
  ];
  const specs: Record<'gaps' | 'residence' | 'landscape' | 'timeline', ChartSpec> = {
    gaps: {
      title: t.gaps,
      kind: 'bar',
      categories: gaps.map((g) => label(messages.needCategory, g.needCategory)),
      series: [
        { name: t.demand, values: gaps.map((g) => g.demand) },
        { name: t.supply, values: gaps.map((g) => g.supply) },
      ],
    },
    residence: {
      title: `${t.targetGroup} ${t.byResidenceStatus}`,
      kind: 'bar',
      categories: residence.map((r) => label(t.residenceShort, r.residenceStatus)),
      series: [{ name: t.persons, values: residence.map((r) => r.persons) }],
    },
    landscape: {
      title: t.landscape,
      kind: 'bar',
      categories: landscape.map((l) => label(messages.offerCategory, l.category)),
      series: [
        { name: t.enrolled, values: landscape.map((l) => l.enrolled), stack: 'seats' },
        { name: t.free, values: landscape.map((l) => l.free), stack: 'seats' },
      ],
    },
    timeline: {
      title: t.timeline,
      kind: 'line',
      categories: quarterList.map((q) => formatDate(q.referenceDate) ?? q.referenceDate),
      series: lineCategories.map((category) => ({
        name: label(messages.needCategory, category),
        values: quarterList.map((q) => (q.gaps ?? []).find((g) => g.needCategory === category)?.demand),
      })),
    },
  };
  return { specs, lineCategories };
}

/**
 * The core group's dashboard of one municipality or Kreis: every indicator as chart and table, a
 * withheld count shown as protected, the time axis, the state-wide list and the CSV export.
 */
export function DashboardPage() {
  const { ags = '' } = useParams();
  const navigate = useNavigate();
  const { session, config } = useAuth();
  const [referenceDate, setReferenceDate] = useState(todayIso());
  const [asked, setAsked] = useState<string | undefined>(undefined);
  const fromYear = Number((asked ?? todayIso()).slice(0, 4)) - 1;
  const areas = useQuery(DashboardAreasQuery);
  const { data, error, loading } = useQuery(DashboardQuery, {
    variables: { ags, referenceDate: asked ?? null, fromYear },
  });
  const errors = graphQLErrors(error);
  const municipality = data?.municipality;
  const ind = municipality?.indicators;
  const threshold = useContext(SuppressionThresholdContext);
  usePageTitle(municipality ? `${t.title}: ${municipality.name}` : t.title);
  const { specs, lineCategories } = useMemo(
    () => chartSpecs(ind, municipality?.quarterlyIndicators),
    [ind, municipality?.quarterlyIndicators],
  );
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);

  // Marks the moment every chart has been drawn, for the dashboard-time measurement (scripts/dashboard-time).
  const drawn = useRef(new Set<string>());
  const [allDrawn, setAllDrawn] = useState(false);
  const onDrawn = useCallback(
    (name: string) => {
      drawn.current.add(name);
      if (drawn.current.size === DASHBOARD_CHARTS && !allDrawn) {
        performance.mark(CHARTS_DRAWN_MARK);
        setAllDrawn(true);
      }
    },
    [allDrawn],
  );
  // A new area or date draws every chart anew: the marker must wait for all of them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: ags and asked are the triggers, not inputs
  useEffect(() => {
    drawn.current = new Set();
    setAllDrawn(false);
  }, [ags, asked]);

  const areaOptions = (areas.data?.municipalities ?? [])
    .filter((m) => session?.ags.some((a) => m.ags.startsWith(a)))
    .sort((a, b) => a.ags.localeCompare(b.ags))
    .map((m) => [m.ags, `${m.name} (${m.ags})`] as const);

  const show = (e: FormEvent) => {
    e.preventDefault();
    setAsked(referenceDate || undefined);
  };
  const exportCsv = async () => {
    setExportNote(null);
    const result = await downloadIndicatorsCsv({
      graphqlPath: config.graphqlPath,
      token: session?.token ?? '',
      referenceDate: asked ?? referenceDate,
    });
    setExportNote(result.ok ? { ok: true, text: t.exportDone } : { ok: false, text: t.exportFailed(result.message) });
  };

  const p = ['municipality', 'indicators'];
  // A section whose field came back empty while the subgraph serving it is down says so in its place.
  const down = unavailableSubgraphs(errors);
  const missing = (value: unknown, subgraph: string) =>
    (value === null || value === undefined) && down.includes(subgraph)
      ? messages.errors.areaUnavailable(messages.subgraphs[subgraph] ?? subgraph)
      : null;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
        {municipality ? `: ${municipality.name}` : ''}
      </Typography>
      <Stack
        component="form"
        onSubmit={show}
        aria-label={t.chooseArea}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: 'flex-start' }}
      >
        <NativeSelect
          name="area"
          label={t.area}
          value={ags}
          onChange={(v) => navigate(`../${v}`)}
          options={areaOptions.length > 0 ? areaOptions : [[ags, ags]]}
          minWidth={260}
        />
        <TextField
          name="referenceDate"
          type="date"
          label={t.referenceDate}
          value={referenceDate}
          onChange={(e) => setReferenceDate(e.target.value)}
          size="small"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button type="submit" variant="outlined">
          {t.show}
        </Button>
        <Button variant="contained" onClick={() => void exportCsv()}>
          {t.exportCsv}
        </Button>
      </Stack>
      {exportNote ? (
        <Alert severity={exportNote.ok ? 'success' : 'error'} role="status" sx={{ mb: 2 }}>
          {exportNote.text}
        </Alert>
      ) : null}
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      {loading && !data ? <CircularProgress aria-label={messages.loading} /> : null}
      {isForbiddenAt(errors, ['municipality', 'indicators']) ? (
        <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
      ) : null}
      {ind ? (
        <div data-testid="dashboard" data-charts-drawn={allDrawn ? 'all' : 'some'}>
          <Typography sx={{ mb: 2 }}>
            {t.referenceDate}: <DateText value={ind.referenceDate} />
          </Typography>

          <Section title={t.gaps} errors={errors} path={[...p, 'gaps']} unavailable={missing(ind.gaps, 'offers')}>
            <ChartFigure
              testId="chart-gaps"
              spec={specs.gaps}
              threshold={threshold}
              onDrawn={() => onDrawn('gaps')}
              table={
                <DataTable
                  caption={t.gaps}
                  headers={[t.needCategory, t.offerCategories, t.demand, t.supply, t.shortfall, t.isGap]}
                  rows={(ind.gaps ?? []).map((g) => ({
                    key: g.needCategory,
                    highlight: g.isGap === true,
                    cells: [
                      label(messages.needCategory, g.needCategory),
                      g.offerCategories.map((c) => label(messages.offerCategory, c)).join(', ') || messages.none,
                      <ProtectedCount count={g.demand} threshold={threshold} />,
                      <ProtectedCount count={g.supply} threshold={threshold} />,
                      g.shortfall ?? t.gapUnknown,
                      g.isGap === null || g.isGap === undefined ? t.gapUnknown : g.isGap ? messages.yes : messages.no,
                    ],
                  }))}
                />
              }
            />
          </Section>

          <Section
            title={t.targetGroup}
            errors={errors}
            path={[...p, 'targetGroup']}
            unavailable={missing(ind.targetGroup, 'persons')}
          >
            <Typography sx={{ mb: 1 }}>
              {t.total}: <ProtectedCount count={ind.targetGroup?.total} threshold={threshold} />
            </Typography>
            <ChartFigure
              testId="chart-residence"
              spec={specs.residence}
              threshold={threshold}
              onDrawn={() => onDrawn('residence')}
              table={
                <DataTable
                  caption={`${t.targetGroup} ${t.byResidenceStatus}`}
                  headers={[messages.persons.residenceStatus, t.persons]}
                  rows={(ind.targetGroup?.byResidenceStatus ?? []).map((r) => ({
                    key: r.residenceStatus ?? 'unknown',
                    cells: [
                      label(messages.residenceStatus, r.residenceStatus),
                      <ProtectedCount count={r.persons} threshold={threshold} />,
                    ],
                  }))}
                />
              }
            />
            <DataTable
              caption={`${t.targetGroup} ${t.byAgeBand}`}
              headers={[t.group, t.persons]}
              rows={(ind.targetGroup?.byAgeBand ?? []).map((r) => ({
                key: r.ageBand,
                cells: [label(t.ageBand, r.ageBand), <ProtectedCount count={r.persons} threshold={threshold} />],
              }))}
            />
            <DataTable
              caption={`${t.targetGroup} ${t.byBenefitRegime}`}
              headers={[messages.persons.currentRegime, t.persons]}
              rows={(ind.targetGroup?.byBenefitRegime ?? []).map((r) => ({
                key: r.benefitRegime ?? 'unknown',
                cells: [
                  label(messages.benefitRegime, r.benefitRegime),
                  <ProtectedCount count={r.persons} threshold={threshold} />,
                ],
              }))}
            />
            <DataTable
              caption={t.openNeeds}
              headers={[t.needCategory, t.persons]}
              rows={(ind.targetGroup?.openNeedsByCategory ?? []).map((r) => ({
                key: r.category,
                cells: [
                  label(messages.needCategory, r.category),
                  <ProtectedCount count={r.openNeeds} threshold={threshold} />,
                ],
              }))}
            />
          </Section>

          <Section
            title={t.landscape}
            errors={errors}
            path={[...p, 'offerLandscape']}
            unavailable={missing(ind.offerLandscape, 'offers')}
          >
            <ChartFigure
              testId="chart-landscape"
              spec={specs.landscape}
              threshold={threshold}
              onDrawn={() => onDrawn('landscape')}
              table={
                <DataTable
                  caption={t.landscape}
                  headers={[messages.offers.category, t.offers, t.seats, t.enrolled, t.free, t.occupancy]}
                  rows={(ind.offerLandscape ?? []).map((l) => ({
                    key: l.category,
                    cells: [
                      label(messages.offerCategory, l.category),
                      l.offers,
                      l.seats,
                      <ProtectedCount count={l.enrolled} threshold={threshold} />,
                      <ProtectedCount count={l.free} threshold={threshold} />,
                      <RateText rate={l.occupancyRate} threshold={threshold} />,
                    ],
                  }))}
                />
              }
            />
          </Section>

          <Section
            title={t.timeline}
            errors={errors}
            path={['municipality', 'quarterlyIndicators']}
            unavailable={missing(municipality?.quarterlyIndicators, 'offers')}
          >
            <ChartFigure
              testId="chart-timeline"
              spec={specs.timeline}
              threshold={threshold}
              onDrawn={() => onDrawn('timeline')}
              table={
                <DataTable
                  caption={t.timeline}
                  headers={[t.quarter, ...lineCategories.map((c) => label(messages.needCategory, c))]}
                  rows={(municipality?.quarterlyIndicators ?? []).map((q) => ({
                    key: q.referenceDate,
                    cells: [
                      <DateText value={q.referenceDate} />,
                      ...lineCategories.map((c) => (
                        <ProtectedCount
                          count={(q.gaps ?? []).find((g) => g.needCategory === c)?.demand}
                          threshold={threshold}
                        />
                      )),
                    ],
                  }))}
                />
              }
            />
          </Section>

          <Section
            title={t.careers}
            errors={errors}
            path={[...p, 'measureCareers']}
            unavailable={missing(ind.measureCareers, 'offers')}
          >
            {ind.measureCareers ? (
              <Typography>
                {t.careersText(ind.measureCareers.threshold)}:{' '}
                <ProtectedCount count={ind.measureCareers.flaggedPersons} threshold={threshold} />
              </Typography>
            ) : (
              <Typography>{messages.none}</Typography>
            )}
          </Section>

          <Section
            title={t.duplicates}
            errors={errors}
            path={[...p, 'duplicateCandidates']}
            unavailable={missing(ind.duplicateCandidates, 'offers')}
          >
            <DataTable
              caption={t.duplicates}
              headers={[messages.offers.category, t.first, t.second, t.overlap]}
              rows={(ind.duplicateCandidates ?? []).map((d) => ({
                key: `${d.first.id}-${d.second.id}`,
                cells: [
                  label(messages.offerCategory, d.category),
                  d.first.title,
                  d.second.title,
                  <>
                    <DateText value={d.overlapFrom} /> – <DateText value={d.overlapUntil} />
                  </>,
                ],
              }))}
            />
          </Section>

          <Section
            title={t.participation}
            errors={errors}
            path={[...p, 'participation']}
            unavailable={missing(ind.participation, 'offers')}
          >
            {ind.participation ? (
              <DataTable
                caption={t.participation}
                headers={[t.fiscalYear, t.enrolledPersons, t.completedQualifications]}
                rows={[
                  {
                    key: 'participation',
                    cells: [
                      ind.participation.fiscalYear,
                      <ProtectedCount count={ind.participation.enrolledPersons} threshold={threshold} />,
                      <ProtectedCount count={ind.participation.completedQualifications} threshold={threshold} />,
                    ],
                  },
                ]}
              />
            ) : (
              <Typography>{messages.none}</Typography>
            )}
          </Section>

          <Section title={t.money} errors={errors} path={[...p, 'money']} unavailable={missing(ind.money, 'funding')}>
            {ind.money ? (
              <DataTable
                caption={`${t.money} (${t.fiscalYear} ${ind.money.fiscalYear})`}
                headers={[
                  t.planned,
                  t.allocated,
                  t.spent,
                  t.stateShare,
                  t.ownShare,
                  t.costPerEnrolledPerson,
                  t.costPerCompletedQualification,
                ]}
                rows={[
                  {
                    key: 'money',
                    cells: [
                      ind.money.planned,
                      ind.money.allocated,
                      ind.money.spent,
                      ind.money.stateShare,
                      ind.money.ownShare,
                      ind.money.costPerEnrolledPerson,
                      ind.money.costPerCompletedQualification,
                    ].map((m, i) => <Money key={i} amount={m} />),
                  },
                ]}
              />
            ) : (
              <Typography>{messages.none}</Typography>
            )}
          </Section>

          <Section title={t.alliances} errors={errors} path={[...p, 'alliances']}>
            <DataTable
              caption={t.alliances}
              headers={[messages.network.alliance, messages.network.coverage]}
              rows={ind.alliances.map((a) => {
                const missing = [
                  ...a.coverage.missingAreas.map((x) => label(messages.network.areas, x)),
                  ...a.coverage.missingExpectedAgencies.map((x) => label(messages.network.organisationKinds, x)),
                ];
                return {
                  key: a.alliance.id,
                  highlight: !a.coverage.complete,
                  cells: [
                    a.alliance.name,
                    a.coverage.complete ? t.coverageComplete : t.coverageMissing(missing.join(', ')),
                  ],
                };
              })}
            />
          </Section>
        </div>
      ) : null}
      <StateIndicatorsSection referenceDate={asked} threshold={threshold} />
    </>
  );
}
