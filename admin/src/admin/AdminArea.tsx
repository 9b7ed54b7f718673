import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { graphql } from '../graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { CursorTable } from '../ui/CursorTable';
import { DateText } from '../ui/Money';
import { Section } from '../ui/Section';
import { failedPart, graphQLErrors } from '../ui/graphql-errors';

const OrganizationsQuery = graphql(`
  query AdminOrganizations($first: Int, $after: String) {
    organizations(first: $first, after: $after) {
      nodes {
        id
        name
        kind
        municipality {
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ProgrammesQuery = graphql(`
  query AdminFundingPrograms($first: Int, $after: String) {
    fundingPrograms(first: $first, after: $after) {
      items {
        id
        name
        funder
        periodStart
        periodEnd
        maxFundingRateBasisPoints
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const t = messages.admin;

/** The notice for a section whose part of the hub is down. */
const unavailable = (missing: { extensions?: { subgraph?: unknown } }[]): string | null =>
  missing.length > 0
    ? messages.errors.areaUnavailable(messages.subgraphs[String(missing[0].extensions?.subgraph)] ?? '')
    : null;
const PAGE = 20;

interface Readiness {
  status: string;
  subgraphs: Record<string, string>;
}

/** The gateway's /ready answer: whether the gateway and each subgraph are ready. */
function ReadinessPanel() {
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch('/ready')
      .then((res) => res.json() as Promise<Readiness>)
      .then(setReadiness)
      .catch(() => setFailed(true));
  }, []);
  const label = (state: string) => (state === 'ready' ? t.ready : state === 'unreachable' ? t.unreachable : t.notReady);
  if (failed) return <Typography>{messages.errors.network}</Typography>;
  if (!readiness) return <Typography>{messages.loading}</Typography>;
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap' }}
      component="ul"
      aria-label={t.readiness}
      style={{ listStyle: 'none', padding: 0 }}
    >
      <li>
        <Chip
          color={readiness.status === 'ready' ? 'success' : 'error'}
          label={`${t.gateway}: ${label(readiness.status)}`}
        />
      </li>
      {Object.entries(readiness.subgraphs).map(([name, state]) => (
        <li key={name}>
          <Chip color={state === 'ready' ? 'success' : 'error'} label={`${name}: ${label(state)}`} />
        </li>
      ))}
    </Stack>
  );
}

/** The administrator's screen: operation of the system, organisations and funding programmes; no personal data. */
export default function AdminArea() {
  usePageTitle(t.title);
  const organizations = useQuery(OrganizationsQuery, { variables: { first: PAGE } });
  const programmes = useQuery(ProgrammesQuery, { variables: { first: PAGE } });
  const errors = [...graphQLErrors(organizations.error), ...graphQLErrors(programmes.error)];
  const orgPage = organizations.data?.organizations;
  const progPage = programmes.data?.fundingPrograms;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <AreaUnavailable
        errors={[...errors, ...failedPart(organizations, 'network'), ...failedPart(programmes, 'funding')]}
      />
      <OtherErrors errors={errors} />
      <Section title={t.readiness} errors={[]} path={['ready']}>
        <ReadinessPanel />
      </Section>
      <Section
        title={t.organisations}
        errors={errors}
        path={['organizations']}
        unavailable={unavailable(failedPart(organizations, 'network'))}
      >
        <CursorTable
          caption={t.organisations}
          items={orgPage?.nodes ?? []}
          rowKey={(o) => o.id}
          hasNextPage={orgPage?.pageInfo.hasNextPage ?? false}
          loading={organizations.loading}
          onLoadMore={() =>
            void organizations.fetchMore({
              variables: { after: orgPage?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => ({
                organizations: {
                  ...fetchMoreResult.organizations,
                  nodes: [...prev.organizations.nodes, ...fetchMoreResult.organizations.nodes],
                },
              }),
            })
          }
          columns={[
            { key: 'name', header: t.name, render: (o) => o.name },
            { key: 'kind', header: t.kind, render: (o) => messages.organizationKind[o.kind] ?? o.kind },
            {
              key: 'municipality',
              header: messages.persons.municipality,
              render: (o) => o.municipality?.name ?? messages.none,
            },
          ]}
        />
      </Section>
      <Section
        title={t.programmes}
        errors={errors}
        path={['fundingPrograms']}
        unavailable={unavailable(failedPart(programmes, 'funding'))}
      >
        <CursorTable
          caption={t.programmes}
          items={progPage?.items ?? []}
          rowKey={(p) => p.id}
          hasNextPage={progPage?.pageInfo.hasNextPage ?? false}
          loading={programmes.loading}
          onLoadMore={() =>
            void programmes.fetchMore({
              variables: { after: progPage?.pageInfo.endCursor ?? null },
              updateQuery: (prev, { fetchMoreResult }) => ({
                fundingPrograms: {
                  ...fetchMoreResult.fundingPrograms,
                  items: [...prev.fundingPrograms.items, ...fetchMoreResult.fundingPrograms.items],
                },
              }),
            })
          }
          columns={[
            { key: 'name', header: t.name, render: (p) => p.name },
            { key: 'funder', header: t.funder, render: (p) => messages.funder[p.funder] ?? p.funder },
            {
              key: 'period',
              header: t.period,
              render: (p) => (
                <>
                  <DateText value={p.periodStart} /> – <DateText value={p.periodEnd} />
                </>
              ),
            },
            {
              key: 'rate',
              header: t.maxRate,
              render: (p) => `${new Intl.NumberFormat('de-DE').format(p.maxFundingRateBasisPoints / 100)} %`,
            },
          ]}
        />
      </Section>
    </>
  );
}
