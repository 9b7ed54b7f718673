import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Forbidden } from './Forbidden';
import { isForbiddenAt, type ApiError, type Path } from './graphql-errors';

/**
 * One titled part of a page backed by one field of the answer: "keine Berechtigung" in its place
 * when the API refused that field, a notice when the part of the hub behind it is down (`unavailable`),
 * the content otherwise; the rest of the page is unaffected.
 */
export function Section({
  title,
  errors,
  path,
  unavailable,
  children,
}: {
  title: string;
  errors: readonly ApiError[];
  path: Path;
  unavailable?: string | null;
  children: ReactNode;
}) {
  const id = `section-${path.join('-')}`;
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {isForbiddenAt(errors, path) ? (
        <Forbidden />
      ) : unavailable ? (
        <Alert severity="warning">{unavailable}</Alert>
      ) : (
        children
      )}
    </Paper>
  );
}

/** The form-level message of a refused change (one that names no field). */
export function FormMessage({ message }: { message: string | undefined }) {
  return message ? (
    <Alert severity="error" role="alert" sx={{ mb: 1 }}>
      {message}
    </Alert>
  ) : null;
}
