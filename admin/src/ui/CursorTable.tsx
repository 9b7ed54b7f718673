import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Box from '@mui/material/Box';
import { messages } from '../app/messages';

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export interface Column<T> {
  key: string;
  header: string;
  render: (item: T, index: number) => ReactNode;
}

/**
 * A table of one cursor-paged list: the rows loaded so far and a "Weitere laden" button while the
 * API says there is a next page. Never asks for everything at once.
 */
export function CursorTable<T>({
  caption,
  columns,
  items,
  rowKey,
  hasNextPage,
  loading,
  onLoadMore,
}: {
  caption: string;
  columns: Column<T>[];
  items: readonly T[];
  rowKey: (item: T) => string;
  hasNextPage: boolean;
  loading?: boolean;
  onLoadMore?: () => void;
}) {
  return (
    <Box>
      <TableContainer>
        <Table size="small">
          {/* For screen readers: sighted users have the section's heading above the table. */}
          <caption style={VISUALLY_HIDDEN}>{caption}</caption>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell key={c.key} component="th" scope="col">
                  {c.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.length === 0 && !loading ? (
              <TableRow>
                <TableCell colSpan={columns.length}>{messages.noEntries}</TableCell>
              </TableRow>
            ) : (
              items.map((item, i) => (
                <TableRow key={rowKey(item)}>
                  {columns.map((c) => (
                    <TableCell key={c.key}>{c.render(item, i)}</TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {hasNextPage && onLoadMore ? (
        <Button onClick={onLoadMore} disabled={loading} sx={{ mt: 1 }}>
          {loading ? messages.loading : messages.showMore}
        </Button>
      ) : null}
    </Box>
  );
}
