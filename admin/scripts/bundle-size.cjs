// The JavaScript a browser loads for the sign-in page: the entry script of dist/index.html and every
// chunk it preloads (its static imports), gzip-compressed as the gateway's clients would receive it
// over a compressing proxy. The areas (React.lazy), ECharts and oidc-client-ts are not in it.
//
//   node admin/scripts/bundle-size.cjs          prints the figures, exits 1 over the budget
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { gzipSync } = require('node:zlib');

const BUDGET_GZIP_BYTES = 300 * 1024;

function initialBundle(distDir = path.join(__dirname, '../dist')) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/admin\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(refs)].map((file) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), budgetGzipBytes: BUDGET_GZIP_BYTES };
}

module.exports = { initialBundle, BUDGET_GZIP_BYTES };

if (require.main === module) {
  const result = initialBundle();
  console.log(JSON.stringify(result, null, 2));
  if (result.gzipBytes > BUDGET_GZIP_BYTES) {
    console.error(`Initial JavaScript ${result.gzipBytes} bytes gzip is over the budget of ${BUDGET_GZIP_BYTES}.`);
    process.exit(1);
  }
}
