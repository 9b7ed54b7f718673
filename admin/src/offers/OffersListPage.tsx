import { Link as RouterLink } from 'react-router';
import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../app/auth/auth-context';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { CursorTable } from '../ui/CursorTable';
import { Field } from '../ui/Forbidden';
import { DateText, Money } from '../ui/Money';
import { Section } from '../ui/Section';
import { formatPercent } from '../ui/format';
import { graphQLErrors } from '../ui/graphql-errors';
import { appendPage } from '../ui/paging';
import { ProviderFundingApplicationsQuery, ProviderOffersQuery } from './offer.queries';

const PAGE_SIZE = 25;
const t = messages.offers;

/** The offers the provider's organisation runs, with their seat figures, and its funding applications. */
export function OffersListPage() {
  usePageTitle(t.listTitle);
  const { session } = useAuth();
  const providerId = session?.organizationId ?? null;
  const offers = useQuery(ProviderOffersQuery, {
    variables: { first: PAGE_SIZE, filter: { providerId } },
    skip: !providerId,
  });
  const applications = useQuery(ProviderFundingApplicationsQuery, {
    variables: { first: PAGE_SIZE, filter: { applicantOrganizationId: providerId } },
    skip: !providerId,
  });
  const errors = [...graphQLErrors(offers.error), ...graphQLErrors(applications.error)];
  const page = offers.data?.offers;
  const apps = applications.data?.fundingApplications;

  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1">
          {t.listTitle}
        </Typography>
        <Button component={RouterLink} to="new" variant="contained">
          {t.create}
        </Button>
      </Stack>
      {!providerId ? <Alert severity="info">{t.noOrganisation}</Alert> : null}
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <Section title={t.listTitle} errors={errors} path={['offers']}>
        <CursorTable
          caption={t.listTitle}
          items={page?.items ?? []}
          rowKey={(o) => o.id}
          hasNextPage={page?.pageInfo.hasNextPage ?? false}
          loading={offers.loading}
          onLoadMore={() =>
            void offers.fetchMore({
              variables: { after: page?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'offers'),
            })
          }
          columns={[
            {
              key: 'title',
              header: t.title,
              render: (o) => (
                <Link component={RouterLink} to={o.id}>
                  {o.title}
                </Link>
              ),
            },
            { key: 'category', header: t.category, render: (o) => messages.offerCategory[o.category] ?? o.category },
            { key: 'status', header: t.status, render: (o) => messages.offerStatus[o.status] ?? o.status },
            {
              key: 'period',
              header: t.period,
              render: (o) => (
                <>
                  <DateText value={o.startDate} /> – <DateText value={o.endDate} />
                </>
              ),
            },
            { key: 'seats', header: t.seats, render: (o) => o.figures.seats },
            {
              key: 'taken',
              header: t.taken,
              render: (o, i) => (
                <Field value={o.figures.taken} errors={errors} path={['offers', 'items', i, 'figures', 'taken']} />
              ),
            },
            {
              key: 'free',
              header: t.free,
              render: (o, i) => (
                <Field value={o.figures.free} errors={errors} path={['offers', 'items', i, 'figures', 'free']} />
              ),
            },
            {
              key: 'applicants',
              header: t.applicants,
              render: (o, i) => (
                <Field
                  value={o.figures.applicants}
                  errors={errors}
                  path={['offers', 'items', i, 'figures', 'applicants']}
                />
              ),
            },
            {
              key: 'occupancy',
              header: t.occupancy,
              render: (o, i) => (
                <Field
                  value={o.figures.occupancy}
                  errors={errors}
                  path={['offers', 'items', i, 'figures', 'occupancy']}
                >
                  {(v) => formatPercent(v)}
                </Field>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t.fundingApplications} errors={errors} path={['fundingApplications']}>
        <CursorTable
          caption={t.fundingApplications}
          items={apps?.items ?? []}
          rowKey={(a) => a.id}
          hasNextPage={apps?.pageInfo.hasNextPage ?? false}
          loading={applications.loading}
          onLoadMore={() =>
            void applications.fetchMore({
              variables: { after: apps?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'fundingApplications'),
            })
          }
          columns={[
            { key: 'title', header: t.title, render: (a) => a.title },
            { key: 'programme', header: messages.funding.programme, render: (a) => a.program.name },
            { key: 'status', header: t.status, render: (a) => messages.applicationStatus[a.status] ?? a.status },
            {
              key: 'period',
              header: t.period,
              render: (a) => (
                <>
                  <DateText value={a.periodStart} /> – <DateText value={a.periodEnd} />
                </>
              ),
            },
            { key: 'requested', header: messages.funding.requested, render: (a) => <Money amount={a.requested} /> },
            {
              key: 'approved',
              header: messages.funding.approvedAmount,
              render: (a) => <Money amount={a.approvedAmount} />,
            },
            { key: 'allocated', header: messages.funding.allocated, render: (a) => <Money amount={a.allocated} /> },
          ]}
        />
      </Section>
    </>
  );
}
