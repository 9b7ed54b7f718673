import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OrganizationFilter } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { CursorTable } from '../ui/CursorTable';
import { Section } from '../ui/Section';
import { graphQLErrors } from '../ui/graphql-errors';
import { appendPage } from '../ui/paging';
import { NetworkOrganizationsQuery } from './network.queries';

const t = messages.network;

/** The organisations of the network, filtered by name or area, a page at a time. */
export function OrganisationsPage() {
  usePageTitle(t.organisations);
  const [name, setName] = useState('');
  const [ags, setAgs] = useState('');
  const [filter, setFilter] = useState<OrganizationFilter>({});
  const { data, error, loading, fetchMore } = useQuery(NetworkOrganizationsQuery, { variables: { first: 25, filter } });
  const errors = graphQLErrors(error);
  const page = data?.organizations;
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ ...(name.trim() ? { nameContains: name.trim() } : {}), ...(ags.trim() ? { ags: ags.trim() } : {}) });
  };
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.organisations}
      </Typography>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <Stack
        component="form"
        role="search"
        aria-label={messages.persons.filters}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        onSubmit={apply}
        sx={{ mb: 2 }}
      >
        <TextField
          name="nameContains"
          label={messages.persons.nameContains}
          value={name}
          onChange={(e) => setName(e.target.value)}
          size="small"
        />
        <TextField
          name="ags"
          label={messages.funding.area}
          value={ags}
          onChange={(e) => setAgs(e.target.value)}
          size="small"
        />
        <Button type="submit" variant="outlined">
          {messages.persons.filters}
        </Button>
      </Stack>
      <Section title={t.organisations} errors={errors} path={['organizations']}>
        <CursorTable
          caption={t.organisations}
          items={page?.nodes ?? []}
          rowKey={(o) => o.id}
          hasNextPage={page?.pageInfo.hasNextPage ?? false}
          loading={loading}
          onLoadMore={() =>
            void fetchMore({
              variables: { after: page?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => appendPage(prev, fetchMoreResult, 'organizations'),
            })
          }
          columns={[
            { key: 'name', header: t.name, render: (o) => o.name },
            { key: 'kind', header: t.kind, render: (o) => t.organisationKinds[o.kind] ?? o.kind },
            { key: 'areas', header: t.area, render: (o) => o.areas.map((a) => t.areas[a] ?? a).join(', ') },
            { key: 'municipality', header: t.municipality, render: (o) => o.municipality?.name ?? messages.none },
          ]}
        />
      </Section>
    </>
  );
}
