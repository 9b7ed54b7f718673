/**
 * Apollo's fetchMore merge for one cursor page under a root field ({ items | nodes, pageInfo }):
 * the next page's entries after the ones loaded, its pageInfo in place of the old one.
 */
export function appendPage<Q>(previous: Q, next: Q | undefined, field: keyof Q): Q {
  type Page = { items?: readonly unknown[]; nodes?: readonly unknown[] };
  const before = previous[field] as Page | null | undefined;
  const after = next?.[field] as Page | null | undefined;
  if (!before || !after) return previous;
  const key = after.items ? 'items' : 'nodes';
  return { ...previous, [field]: { ...after, [key]: [...(before[key] ?? []), ...(after[key] ?? [])] } };
}
