import { isUuid } from '@gk/shared';
import { DEMO_ORGANIZATIONS, demoOrganizationId } from '@gk/fixtures';

/**
 * The token command's `--org`: an organisation id, or the key of a demo organisation (`kim-rheine`),
 * so nobody has to look up a generated id to try the hub. Undefined for anything else.
 */
export function resolveOrganizationOption(value: string): string | undefined {
  if (isUuid(value)) return value.toLowerCase();
  return DEMO_ORGANIZATIONS.some((o) => o.key === value) ? demoOrganizationId(value) : undefined;
}

/** The demo organisations' keys with their names, for the command's help. */
export function demoOrganizationList(): string {
  return DEMO_ORGANIZATIONS.map((o) => `  ${o.key.padEnd(20)} ${o.name}`).join('\n');
}
