import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../config/paths';
import { composeHub, staleSchemaFiles } from './compose';

/**
 * `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql.
 * `npm run compose -- --check`: changes nothing, fails when a committed file is stale.
 * `npm run compose -- --dry`: changes nothing, only reports whether composition succeeds.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const composed = await composeHub();
  if (composed.errors.length > 0) {
    console.error(`Composition failed:\n  ${composed.errors.join('\n  ')}\nFix the subgraph schemas named above and run "npm run compose" again.`);
    process.exit(1);
  }
  if (process.argv.includes('--dry')) {
    console.log(`Composition succeeds${composed.hints.length > 0 ? ` with ${composed.hints.length} hints:\n  ${composed.hints.join('\n  ')}` : '.'}`);
    return;
  }
  if (check) {
    const stale = staleSchemaFiles(composed);
    if (stale.length > 0) {
      console.error(`Stale schema files: ${stale.join(', ')}. Run "npm run compose" and commit schema/.`);
      process.exit(1);
    }
    console.log('schema/ matches the code; composition succeeds.');
    return;
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, content] of Object.entries(composed.files)) {
    writeFileSync(path.join(SCHEMA_DIR, file), content);
    console.log(`wrote schema/${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
