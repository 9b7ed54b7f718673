import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { graphql } from '../graphql';
import type { PersonFilterInput, ResidenceStatus, NeedCategory } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { CursorTable } from '../ui/CursorTable';
import { DateText } from '../ui/Money';
import { Field } from '../ui/Forbidden';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { failedPart, graphQLErrors } from '../ui/graphql-errors';

const PersonsListQuery = graphql(`
  query PersonsList($first: Int, $after: String, $filter: PersonFilterInput) {
    persons(first: $first, after: $after, filter: $filter) {
      items {
        id
        givenName
        familyName
        dateOfBirth
        currentResidenceStatus
        currentBenefitRegime
        municipality {
          ags
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

const PAGE_SIZE = 25;
const t = messages.persons;

/** The persons the case manager's organisation manages, filtered, a page at a time. */
export function PersonsListPage() {
  usePageTitle(t.listTitle);
  const [filter, setFilter] = useState<PersonFilterInput>({});
  const [name, setName] = useState('');
  const [status, setStatus] = useState<ResidenceStatus | ''>('');
  const [need, setNeed] = useState<NeedCategory | ''>('');
  const { data, error, loading, fetchMore } = useQuery(PersonsListQuery, {
    variables: { first: PAGE_SIZE, filter },
    context: { purpose: 'COUNSELLING' },
  });
  const errors = graphQLErrors(error);
  const page = data?.persons;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({
      ...(name.trim() ? { nameContains: name.trim() } : {}),
      ...(status ? { residenceStatuses: [status] } : {}),
      ...(need ? { needCategory: need } : {}),
    });
  };

  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) =>
        fetchMoreResult?.persons && previous.persons
          ? {
              persons: {
                ...fetchMoreResult.persons,
                items: [...previous.persons.items, ...fetchMoreResult.persons.items],
              },
            }
          : (previous as typeof fetchMoreResult),
    });

  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1">
          {t.listTitle}
        </Typography>
        <Button component={RouterLink} to="new" variant="contained">
          {t.register}
        </Button>
      </Stack>
      <AreaUnavailable errors={[...errors, ...failedPart({ data, error }, 'persons')]} />
      <OtherErrors errors={errors} />
      <Stack
        component="form"
        role="search"
        aria-label={t.filters}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        onSubmit={apply}
        sx={{ mb: 2 }}
      >
        <TextField label={t.nameContains} value={name} onChange={(e) => setName(e.target.value)} size="small" />
        <TextField
          select
          label={t.residenceStatus}
          value={status}
          onChange={(e) => setStatus(e.target.value as ResidenceStatus | '')}
          size="small"
          sx={{ minWidth: 240 }}
        >
          <MenuItem value="">{t.any}</MenuItem>
          {Object.entries(messages.residenceStatus).map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t.needCategory}
          value={need}
          onChange={(e) => setNeed(e.target.value as NeedCategory | '')}
          size="small"
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t.any}</MenuItem>
          {Object.entries(messages.needCategory).map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined">
          {t.filters}
        </Button>
      </Stack>
      <CursorTable
        caption={t.listTitle}
        items={page?.items ?? []}
        rowKey={(p) => p.id}
        hasNextPage={page?.pageInfo.hasNextPage ?? false}
        loading={loading}
        onLoadMore={loadMore}
        columns={[
          {
            key: 'name',
            header: t.name,
            render: (p) => (
              <Link component={RouterLink} to={p.id}>
                {[p.familyName, p.givenName].filter(Boolean).join(', ') || p.id}
              </Link>
            ),
          },
          {
            key: 'dob',
            header: t.dateOfBirth,
            render: (p, i) => (
              <Field value={p.dateOfBirth} errors={errors} path={['persons', 'items', i, 'dateOfBirth']}>
                {(v) => <DateText value={v} />}
              </Field>
            ),
          },
          {
            key: 'municipality',
            header: t.municipality,
            render: (p, i) => (
              <Field value={p.municipality?.name} errors={errors} path={['persons', 'items', i, 'municipality']} />
            ),
          },
          {
            key: 'status',
            header: t.currentStatus,
            render: (p, i) => (
              <Field
                value={p.currentResidenceStatus}
                errors={errors}
                path={['persons', 'items', i, 'currentResidenceStatus']}
              >
                {(v) => messages.residenceStatus[v] ?? v}
              </Field>
            ),
          },
          {
            key: 'regime',
            header: t.currentRegime,
            render: (p, i) => (
              <Field
                value={p.currentBenefitRegime}
                errors={errors}
                path={['persons', 'items', i, 'currentBenefitRegime']}
              >
                {(v) => messages.benefitRegime[v] ?? v}
              </Field>
            ),
          },
        ]}
      />
    </>
  );
}
