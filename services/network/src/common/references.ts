import { assertAgs, BadUserInputError } from '@gk/shared';
import type { NetworkRepositories } from '../network.store';

export const KNOWN_MUNICIPALITY_RULE = 'must be the AGS of a known municipality';
export const KNOWN_ORGANIZATION_RULE = 'must be the id of a known organisation';

/** Refuses a malformed or unknown AGS, naming the field. */
export async function requireMunicipality(
  repositories: NetworkRepositories,
  ags: string,
  field: string,
): Promise<void> {
  assertAgs(ags, field);
  if (!(await repositories.municipalities.exists(ags))) throw new BadUserInputError(field, KNOWN_MUNICIPALITY_RULE);
}

/** Refuses ids that are not organisations, naming the field (the foreign keys back this up). */
export async function requireOrganizations(
  repositories: NetworkRepositories,
  ids: readonly string[],
  field: string,
  rule = KNOWN_ORGANIZATION_RULE,
): Promise<void> {
  if (ids.length === 0) return;
  const known = await repositories.organizations.findExistingIds(ids);
  if (ids.some((id) => !known.has(id))) throw new BadUserInputError(field, rule);
}
