/** What an operation name must look like to become a label: a GraphQL name of at most 64 characters. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What looks like an id inside a name: a run of digits, or a UUID written with underscores. */
const ID_LIKE = /\d{4,}|[0-9a-f]{8}_[0-9a-f]{4}_/i;

/**
 * Turns the operation names clients choose into metric labels of bounded cardinality. Clients name
 * operations freely: a name could carry an id, and every new name would be a new time series. Only
 * GraphQL-shaped names without an id-like part (four digits in a row, a UUID) pass, and only the first `maxDistinct` of
 * them; the rest count as "other".
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly maxDistinct = 100) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name) || ID_LIKE.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.maxDistinct) return 'other';
    this.seen.add(name);
    return name;
  }
}
