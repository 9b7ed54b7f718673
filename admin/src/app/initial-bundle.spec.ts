import { existsSync } from 'node:fs';
import path from 'node:path';

interface InitialBundle {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
  budgetGzipBytes: number;
}
// The same measurement as `node scripts/bundle-size.cjs`, on the build turbo makes before the tests.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialBundle } = require('../../scripts/bundle-size.cjs') as {
  initialBundle: (dist?: string) => InitialBundle;
};

describe('the sign-in page downloads', () => {
  const dist = path.join(__dirname, '../../dist');

  it('at most 300 kB of JavaScript (gzip), with no area, chart or OIDC code in it', () => {
    if (!existsSync(path.join(dist, 'index.html')))
      throw new Error('admin/dist is missing: run "npx turbo run build --filter=@gk/admin" (npm test builds it first)');
    const bundle = initialBundle(dist);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(bundle.budgetGzipBytes);
    // Areas, ECharts and oidc-client-ts are loaded on demand: none of their chunks may be preloaded.
    expect(bundle.files.map((f) => f.file).filter((f) => /Area-|echarts|oidc/i.test(f))).toEqual([]);
  });
});
