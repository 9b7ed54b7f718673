import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { AreaUnavailable } from '../ui/AreaUnavailable';
import { ProtectedCount } from '../ui/ProtectedCount';
import { Section } from '../ui/Section';
import { graphQLErrors } from '../ui/graphql-errors';
import { StateIndicatorsQuery } from './dashboard.queries';
import { sortStateRows, type StateColumn, type StateRow } from './state-sort';

const t = messages.dashboard;
/** More areas than NRW has Kreise and Gemeinden together would be a mistake; the cap only guards the page. */
const CAP = 500;

/** Every area in the analyst's scope on the reference date, sortable by each column (aria-sort says how). */
export function StateIndicatorsSection({
  referenceDate,
  threshold,
}: {
  referenceDate: string | undefined;
  threshold: number;
}) {
  const { data, error } = useQuery(StateIndicatorsQuery, { variables: { referenceDate: referenceDate ?? null } });
  const errors = graphQLErrors(error);
  const [sort, setSort] = useState<{ column: StateColumn; direction: 'asc' | 'desc' }>({
    column: 'ags',
    direction: 'asc',
  });
  const rows: StateRow[] = useMemo(
    () =>
      (data?.stateIndicators ?? []).map((a) => ({
        ags: a.ags,
        name: a.municipality.name,
        kind: t.municipalityKind[a.municipality.kind] ?? a.municipality.kind,
        total: a.targetGroup?.total,
        gaps: (a.gaps ?? []).filter((g) => g.isGap === true).length,
        shortfall: (a.gaps ?? []).reduce((sum, g) => sum + (g.shortfall ?? 0), 0),
        careers: a.measureCareers?.flaggedPersons,
      })),
    [data],
  );
  const sorted = useMemo(() => sortStateRows(rows, sort.column, sort.direction).slice(0, CAP), [rows, sort]);
  const columns: [StateColumn, string][] = [
    ['ags', t.ags],
    ['name', t.name],
    ['kind', t.kind],
    ['total', t.total],
    ['gaps', t.gapsCount],
    ['shortfall', t.shortfallTotal],
    ['careers', t.careers],
  ];
  const toggle = (column: StateColumn) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc' }));
  const sortedByText = t.sortedBy(
    columns.find(([c]) => c === sort.column)?.[1] ?? '',
    sort.direction === 'asc' ? t.ascending : t.descending,
  );

  return (
    <Section title={t.stateList} errors={errors} path={['stateIndicators']}>
      <AreaUnavailable errors={errors} />
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t.stateSortHint}
      </Typography>
      <TableContainer>
        <Table
          size="small"
          data-testid="state-table"
          sx={{ '& caption': { captionSide: 'top', fontWeight: 500, color: 'text.primary', px: 0 } }}
        >
          <caption>
            {t.stateList}, {sortedByText}
          </caption>
          <TableHead>
            <TableRow>
              {columns.map(([column, header]) => (
                <TableCell
                  key={column}
                  component="th"
                  scope="col"
                  aria-sort={
                    sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <TableSortLabel
                    active={sort.column === column}
                    direction={sort.column === column ? sort.direction : 'asc'}
                    onClick={() => toggle(column)}
                  >
                    {header}
                  </TableSortLabel>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((r) => (
              <TableRow key={r.ags}>
                <TableCell>{r.ags}</TableCell>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.kind}</TableCell>
                <TableCell>
                  <ProtectedCount count={r.total} threshold={threshold} />
                </TableCell>
                <TableCell>{r.gaps}</TableCell>
                <TableCell>{r.shortfall}</TableCell>
                <TableCell>
                  <ProtectedCount count={r.careers} threshold={threshold} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > CAP ? <Typography variant="body2">{messages.tables.capped(CAP, rows.length)}</Typography> : null}
    </Section>
  );
}
