import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../app/auth/auth-context';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { CursorTable } from '../ui/CursorTable';
import { DataTable } from '../ui/DataTable';
import { DateText, Money } from '../ui/Money';
import { Section } from '../ui/Section';
import { todayIso } from '../ui/format';
import { graphQLErrors } from '../ui/graphql-errors';
import { appendPage } from '../ui/paging';
import { BudgetsQuery, FundingApplicationsQuery, FundingOverviewQuery } from './funding.queries';

const t = messages.funding;
const PAGE_SIZE = 20;

/** The funding overview of one municipality and fiscal year, its budget lines and the applications in scope. */
export function FundingOverviewPage() {
  usePageTitle(t.title);
  const { session } = useAuth();
  const [ags, setAgs] = useState(session?.ags[0] ?? '');
  const [year, setYear] = useState(todayIso().slice(0, 4));
  const [asked, setAsked] = useState({ ags: session?.ags[0] ?? '', fiscalYear: Number(todayIso().slice(0, 4)) });
  const overview = useQuery(FundingOverviewQuery, { variables: asked, skip: !asked.ags });
  const budgets = useQuery(BudgetsQuery, {
    variables: {
      first: PAGE_SIZE,
      filter: { fiscalYear: asked.fiscalYear, ...(asked.ags ? { municipalityAgs: asked.ags } : {}) },
    },
  });
  const applications = useQuery(FundingApplicationsQuery, {
    variables: { first: PAGE_SIZE, filter: asked.ags ? { municipalityAgs: asked.ags } : {} },
  });
  const errors = [
    ...graphQLErrors(overview.error),
    ...graphQLErrors(budgets.error),
    ...graphQLErrors(applications.error),
  ];
  const o = overview.data?.municipality?.fundingOverview;
  const b = budgets.data?.budgets;
  const a = applications.data?.fundingApplications;

  const show = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ ags: ags.trim(), fiscalYear: Number.parseInt(year, 10) || Number(todayIso().slice(0, 4)) });
  };

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
        {overview.data?.municipality ? `: ${overview.data.municipality.name}` : ''}
      </Typography>
      <Stack
        component="form"
        aria-label={t.overview}
        onSubmit={show}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
      >
        <TextField name="ags" label={t.area} value={ags} onChange={(e) => setAgs(e.target.value)} size="small" />
        <TextField
          name="fiscalYear"
          type="number"
          label={t.fiscalYear}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          size="small"
        />
        <Button type="submit" variant="outlined">
          {t.show}
        </Button>
      </Stack>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <Section title={`${t.overview} ${asked.fiscalYear}`} errors={errors} path={['municipality', 'fundingOverview']}>
        {o ? (
          <>
            <DataTable
              caption={`${t.overview} ${o.fiscalYear}`}
              headers={[t.planned, t.allocated, t.spent, t.stateShare, t.ownShare, t.otherShare]}
              rows={[
                {
                  key: 'total',
                  cells: [o.planned, o.allocated, o.spent, o.stateShare, o.ownShare, o.otherShare].map((m, i) => (
                    <Money key={i} amount={m} />
                  )),
                },
              ]}
            />
            <DataTable
              caption={t.byBudgetProduct}
              headers={[t.budgetProduct, t.planned, t.allocated, t.spent]}
              rows={o.byBudgetProduct.map((p) => ({
                key: p.budgetProduct,
                cells: [
                  p.budgetProduct,
                  <Money amount={p.planned} />,
                  <Money amount={p.allocated} />,
                  <Money amount={p.spent} />,
                ],
              }))}
            />
            <DataTable
              caption={t.bySource}
              headers={[t.source, t.allocated, t.spent]}
              rows={o.bySource.map((s) => ({
                key: s.source,
                cells: [t.sources[s.source] ?? s.source, <Money amount={s.allocated} />, <Money amount={s.spent} />],
              }))}
            />
            <DataTable
              caption={t.byProgramme}
              headers={[t.programme, t.allocated, t.spent]}
              rows={o.byProgramme.map((p) => ({
                key: p.program.id,
                cells: [p.program.name, <Money amount={p.allocated} />, <Money amount={p.spent} />],
              }))}
            />
          </>
        ) : (
          <Typography>{messages.none}</Typography>
        )}
      </Section>
      <Section title={t.budgets} errors={errors} path={['budgets']}>
        <CursorTable
          caption={`${t.budgets} ${asked.fiscalYear}`}
          items={b?.items ?? []}
          rowKey={(x) => x.id}
          hasNextPage={b?.pageInfo.hasNextPage ?? false}
          loading={budgets.loading}
          onLoadMore={() =>
            void budgets.fetchMore({
              variables: { after: b?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'budgets'),
            })
          }
          columns={[
            { key: 'title', header: t.budgetTitle, render: (x) => x.title },
            { key: 'source', header: t.source, render: (x) => t.sources[x.source] ?? x.source },
            { key: 'amount', header: t.amount, render: (x) => <Money amount={x.amount} /> },
            { key: 'allocated', header: t.allocated, render: (x) => <Money amount={x.allocated} /> },
            { key: 'remaining', header: t.remaining, render: (x) => <Money amount={x.remaining} /> },
          ]}
        />
        <DataTable
          caption={`${t.allocations} ${asked.fiscalYear}`}
          headers={[t.budget, t.offer, t.allocated, t.spent, t.remaining]}
          rows={(b?.items ?? []).flatMap((x) =>
            x.allocations.map((al) => ({
              key: al.id,
              cells: [
                x.title,
                <Link component={RouterLink} to={`allocations/${al.id}`}>
                  {al.offer.title}
                </Link>,
                <Money amount={al.amount} />,
                <Money amount={al.spent} />,
                <Money amount={al.remaining} />,
              ],
            })),
          )}
        />
      </Section>
      <Section title={t.applications} errors={errors} path={['fundingApplications']}>
        <CursorTable
          caption={t.applications}
          items={a?.items ?? []}
          rowKey={(x) => x.id}
          hasNextPage={a?.pageInfo.hasNextPage ?? false}
          loading={applications.loading}
          onLoadMore={() =>
            void applications.fetchMore({
              variables: { after: a?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'fundingApplications'),
            })
          }
          columns={[
            {
              key: 'title',
              header: t.applicationTitle,
              render: (x) => (
                <Link component={RouterLink} to={`applications/${x.id}`}>
                  {x.title}
                </Link>
              ),
            },
            { key: 'applicant', header: t.applicant, render: (x) => x.applicant.name },
            { key: 'status', header: t.status, render: (x) => messages.applicationStatus[x.status] ?? x.status },
            {
              key: 'period',
              header: t.period,
              render: (x) => (
                <>
                  <DateText value={x.periodStart} /> – <DateText value={x.periodEnd} />
                </>
              ),
            },
            { key: 'requested', header: t.requested, render: (x) => <Money amount={x.requested} /> },
            { key: 'approved', header: t.approvedAmount, render: (x) => <Money amount={x.approvedAmount} /> },
          ]}
        />
      </Section>
    </>
  );
}
