import { parseArgs } from 'node:util';
import { ROLES, isRole, type Role, AGS_PATTERN } from '@gk/shared';
import { signDevelopmentToken } from '../auth/client-token';
import { ensureKeyPair } from '../auth/keys';
import { loadGatewayConfig } from '../config/gateway.config';
import { demoOrganizationList, resolveOrganizationOption } from './organization-option';

const USAGE =
  'Usage: npm run token -- --role ROLE [--role ROLE2] [--org ORGANISATION] [--ags AGS[,AGS]] [--sub SUBJECT] ' +
  `[--ttl SECONDS]
Roles: ${ROLES.join(', ')}
--org takes an organisation id or the key of a demo organisation:
${demoOrganizationList()}
Prints only a development token signed with the key in KEYS_DIR, for example:
  TOKEN=$(npm run --silent token -- --role CASE_MANAGER --org kim-rheine --ags 05566076)`;

/** `npm run token`: prints a development token and nothing else. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      org: { type: 'string' },
      ags: { type: 'string', multiple: true },
      sub: { type: 'string', default: 'developer' },
      ttl: { type: 'string', default: '3600' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const roles = (values.role ?? []).flatMap((r) => r.split(','));
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || unknown.length > 0) {
    console.error(roles.length === 0 ? 'A --role is required.' : `Unknown role: ${unknown.join(', ')}.`);
    console.error(USAGE);
    process.exit(2);
  }
  const ags = (values.ags ?? []).flatMap((a) => a.split(','));
  const badAgs = ags.filter((a) => !AGS_PATTERN.test(a));
  if (badAgs.length > 0) {
    console.error(`--ags takes AGS codes of 5 (Kreis) or 8 (Gemeinde) digits; not valid: ${badAgs.join(', ')}.`);
    process.exit(2);
  }
  const organizationId = values.org === undefined ? undefined : resolveOrganizationOption(values.org);
  if (values.org !== undefined && !organizationId) {
    console.error(
      `--org takes an organisation id (a UUID) or a demo organisation's key; not one: ${values.org}. Demo ` +
        `organisations:\n${demoOrganizationList()}`,
    );
    process.exit(2);
  }
  const ttlSeconds = Number(values.ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 86_400) {
    console.error('--ttl takes seconds from 1 to 86400.');
    process.exit(2);
  }
  const config = loadGatewayConfig();
  const { privateKeyPem } = await ensureKeyPair(config.keysDir, 'development-issuer');
  process.stdout.write(
    `${await signDevelopmentToken(privateKeyPem, {
      subject: values.sub as string,
      roles: roles as Role[],
      organizationId,
      ags,
      ttlSeconds,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
