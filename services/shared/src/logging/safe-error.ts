/**
 * What of an unexpected error may go to a log. Error messages and PostgreSQL's `detail` can quote
 * the values of a row (names, dates of birth), so only the kind of error, the database's error code
 * and constraint, and the stack frames are kept.
 */
export function safeErrorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorKind: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12);
  return {
    errorName: e.name,
    ...(typeof e.code === 'string' ? { dbCode: e.code } : {}),
    ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
    ...(typeof e.table === 'string' ? { table: e.table } : {}),
    frames,
  };
}
