import { Link as RouterLink } from 'react-router';
import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { CursorTable } from '../ui/CursorTable';
import { DateText } from '../ui/Money';
import { Section } from '../ui/Section';
import { graphQLErrors } from '../ui/graphql-errors';
import { appendPage } from '../ui/paging';
import { missingParts } from './coverage';
import { AlliancesQuery } from './network.queries';

const t = messages.network;

/** The alliances, each with whether its core group covers every field of action and expected agency. */
export function AlliancesPage() {
  usePageTitle(t.title);
  const { data, error, loading, fetchMore } = useQuery(AlliancesQuery, { variables: { first: 25 } });
  const errors = graphQLErrors(error);
  const page = data?.alliances;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1">
          {t.title}
        </Typography>
        <Button component={RouterLink} to="organisations" variant="outlined">
          {t.organisations}
        </Button>
      </Stack>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <Section title={t.title} errors={errors} path={['alliances']}>
        <CursorTable
          caption={t.title}
          items={page?.nodes ?? []}
          rowKey={(a) => a.id}
          hasNextPage={page?.pageInfo.hasNextPage ?? false}
          loading={loading}
          onLoadMore={() =>
            void fetchMore({
              variables: { after: page?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'alliances'),
            })
          }
          columns={[
            {
              key: 'name',
              header: t.name,
              render: (a) => (
                <Link component={RouterLink} to={a.id}>
                  {a.name}
                </Link>
              ),
            },
            { key: 'lead', header: t.lead, render: (a) => `${a.leadOffice.name} (${a.leadMunicipality.name})` },
            { key: 'since', header: t.since, render: (a) => <DateText value={a.startDate} /> },
            {
              key: 'coverage',
              header: t.coverage,
              render: (a) => {
                const missing = missingParts(a.coverage);
                return missing.length === 0 ? (
                  t.complete
                ) : (
                  <Typography
                    component="span"
                    sx={{ color: 'error.main', fontWeight: 'bold' }}
                    data-coverage="incomplete"
                  >
                    {t.incomplete}: {missing.join(', ')} {t.missing}
                  </Typography>
                );
              },
            },
          ]}
        />
      </Section>
    </>
  );
}
