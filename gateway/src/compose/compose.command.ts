import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SCHEMA_DIR } from '../config/paths';
import { composeHub, staleSchemaFiles } from './compose';

/** The Kubernetes base's copy of the supergraph (kustomize loads no file from outside its folder). */
const DEPLOY_SUPERGRAPH = path.join(REPO_ROOT, 'deploy', 'base', 'supergraph.graphql');
const deployCopyIsStale = (supergraph: string | undefined): boolean => {
  try {
    return readFileSync(DEPLOY_SUPERGRAPH, 'utf8') !== supergraph;
  } catch {
    return true;
  }
};

/**
 * `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql.
 * `npm run compose -- --check`: changes nothing, fails when a committed file is stale.
 * `npm run compose -- --dry`: changes nothing, only reports whether composition succeeds.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const composed = await composeHub();
  if (composed.errors.length > 0) {
    console.error(
      `Composition failed:\n  ${composed.errors.join('\n  ')}\nFix the subgraph schemas named above and run ` +
        `"npm run compose" again.`,
    );
    process.exit(1);
  }
  if (process.argv.includes('--dry')) {
    console.log(
      `Composition succeeds${
        composed.hints.length > 0 ? ` with ${composed.hints.length} hints:\n  ${composed.hints.join('\n  ')}` : '.'
      }`,
    );
    return;
  }
  if (check) {
    const stale = staleSchemaFiles(composed);
    if (deployCopyIsStale(composed.files['supergraph.graphql'])) stale.push('deploy/base/supergraph.graphql');
    if (stale.length > 0) {
      console.error(
        `Stale schema files: ${stale.join(', ')}. Run "npm run compose" and commit schema/ and ` +
          `deploy/base/supergraph.graphql.`,
      );
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
  writeFileSync(DEPLOY_SUPERGRAPH, composed.files['supergraph.graphql']);
  console.log('wrote deploy/base/supergraph.graphql');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
