/** Name of the database constraint a failed statement violated, if any (PostgreSQL reports it with the error). */
export function violatedConstraint(error: unknown): string | null {
  const driverError = (error as { driverError?: { constraint?: unknown } } | null)?.driverError;
  return typeof driverError?.constraint === 'string' ? driverError.constraint : null;
}
