import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The generated documents and the API schema they are typed against are committed; this fails
 * when a query in the code or schema/supergraph.graphql changed without `npm run codegen -w admin`,
 * so the types the UI is checked with are always the API's.
 */
describe('generated GraphQL documents', () => {
  it('match the committed supergraph and the queries in the code', () => {
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../scripts/codegen.mjs'), '--check'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
