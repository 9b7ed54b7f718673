import type { ReactNode } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';

export interface DataRow {
  key: string;
  cells: ReactNode[];
  /** Marks the row (a gap, a missing agency) for sighted users; the text in the row says the same. */
  highlight?: boolean;
}

/**
 * A captioned table of a list the API returns whole (no cursor): at most `cap` rows are shown, with
 * a note saying how many were left out, so a long list never floods the page unnoticed.
 */
export function DataTable({
  caption,
  headers,
  rows,
  cap = 100,
}: {
  caption: string;
  headers: string[];
  rows: readonly DataRow[];
  cap?: number;
}) {
  const shown = rows.slice(0, cap);
  // A wide table may scroll sideways: it then takes the focus, so a keyboard can scroll it too.
  const wide = headers.length > 6;
  return (
    <TableContainer {...(wide ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}>
      {/* The caption above the table: several tables share a section, so each says what it lists. */}
      <Table size="small" sx={{ '& caption': { captionSide: 'top', fontWeight: 500, color: 'text.primary', px: 0 } }}>
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            {headers.map((h, i) => (
              <TableCell key={`${i}-${h}`} component="th" scope="col">
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.length === 0 ? (
            <TableRow>
              <TableCell colSpan={headers.length}>{messages.noEntries}</TableCell>
            </TableRow>
          ) : (
            shown.map((r) => (
              <TableRow
                key={r.key}
                data-highlight={r.highlight ? 'true' : undefined}
                sx={
                  r.highlight
                    ? { bgcolor: '#fff3e0', '& td:first-of-type': { borderLeft: '4px solid #b45309' } }
                    : undefined
                }
              >
                {r.cells.map((c, i) => (
                  <TableCell key={i}>{c}</TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {rows.length > cap ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {messages.tables.capped(cap, rows.length)}
        </Typography>
      ) : null}
    </TableContainer>
  );
}
