import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@gk/gateway';

const MAX_COLUMNS = 120;
/** Written by a generator, compared byte for byte with its output by the admin's staleness test. */
const GENERATED = new Set(['admin/src/graphql/gql.ts', 'admin/src/graphql/graphql.ts', 'admin/src/graphql/index.ts']);

function trackedSources(): string[] {
  const run = spawnSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`git ls-files failed: ${run.stderr}`);
  return run.stdout.split('\0').filter((file) => file !== '' && !GENERATED.has(file));
}

/*
 * A diff, a review and a split editor read code at one width; the formatter keeps code there but
 * leaves comments and string literals alone, so this check covers what it cannot.
 */
describe('house rules', () => {
  const files = trackedSources();

  it('finds the sources to check', () => {
    expect(files.length).toBeGreaterThan(500);
  });

  it(`keeps every line of code, comment and string within ${MAX_COLUMNS} characters`, () => {
    const over: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      } catch {
        continue; // tracked but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if ([...line].length > MAX_COLUMNS) over.push(`${file}:${i + 1} (${[...line].length})`);
      });
    }
    expect(over).toEqual([]);
  });
});
