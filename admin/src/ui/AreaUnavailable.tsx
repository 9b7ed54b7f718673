import Alert from '@mui/material/Alert';
import { messages } from '../app/messages';
import { otherErrors, unavailableSubgraphs, type ApiError } from './graphql-errors';

/** Says which part of the hub is down (SUBGRAPH_UNAVAILABLE); what the other parts sent stays on the page. */
export function AreaUnavailable({ errors }: { errors: readonly ApiError[] }) {
  const down = unavailableSubgraphs(errors);
  if (down.length === 0) return null;
  return (
    <>
      {down.map((name) => (
        <Alert key={name} severity="warning" role="status" sx={{ mb: 2 }}>
          {messages.errors.areaUnavailable(messages.subgraphs[name] ?? name)}
        </Alert>
      ))}
    </>
  );
}

/** Errors the page has no place for (not refusals, input or a missing part), shown as the API worded them. */
export function OtherErrors({ errors }: { errors: readonly ApiError[] }) {
  const rest = otherErrors(errors);
  if (rest.length === 0) return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {rest.map((e, i) => (
        <div key={i}>{e.message}</div>
      ))}
    </Alert>
  );
}
