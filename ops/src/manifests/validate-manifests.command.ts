import path from 'node:path';
import { buildKustomization, validateObjects } from './validate-manifests';

/**
 * `node ops/dist/manifests/validate-manifests.command.js [dir ...]`: builds each kustomization
 * (default deploy/overlays/production) and validates every object offline; exit 1 names each problem.
 */
async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const targets = dirs.length > 0 ? dirs : [path.resolve(__dirname, '../../../deploy/overlays/production')];
  let failed = false;
  for (const dir of targets) {
    const objects = buildKustomization(dir);
    const problems = await validateObjects(objects);
    for (const p of problems) console.error(`${dir}: ${p.object}: ${p.message}`);
    console.log(`${dir}: ${objects.length} objects, ${problems.length} problems`);
    failed ||= problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
