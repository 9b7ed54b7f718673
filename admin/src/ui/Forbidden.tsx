import type { ReactNode } from 'react';
import { messages } from '../app/messages';
import { isForbiddenAt, type ApiError, type Path } from './graphql-errors';

/** "keine Berechtigung", in place of a field the API refused. */
export function Forbidden() {
  return (
    <span className="gk-forbidden" data-forbidden="true" style={{ fontStyle: 'italic' }}>
      {messages.errors.forbidden}
    </span>
  );
}

/**
 * A field of an answer: "keine Berechtigung" where the API refused it (FORBIDDEN at its path or a
 * parent's), otherwise the rendered value, or a dash for a value that is simply empty.
 */
export function Field<T>({
  value,
  errors,
  path,
  children,
}: {
  value: T | null | undefined;
  errors: readonly ApiError[];
  path: Path;
  children?: (value: T) => ReactNode;
}) {
  if (isForbiddenAt(errors, path)) return <Forbidden />;
  if (value === null || value === undefined || value === '') return <span>{messages.none}</span>;
  return <>{children ? children(value) : String(value)}</>;
}
