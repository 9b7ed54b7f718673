import type { Organization } from './organization.entity';

/** Organisations a loader found, by name (foreign keys keep them all present). */
export function presentOrganizations(results: (Organization | null | Error)[]): Organization[] {
  return results
    .flatMap((r) => {
      if (r instanceof Error) throw r;
      return r ? [r] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id));
}
