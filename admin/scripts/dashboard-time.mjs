// Measures how long Rheine's dashboard takes until all its charts are drawn, in Chromium, against a
// running hub (npm start): signs in with the development sign-in as the core group, navigates to
// /admin/dashboard/05566076 and reads the performance mark the page sets once every chart has
// finished rendering ('gk:dashboard:charts-drawn', milliseconds since the navigation started).
// Cold: a fresh browser context (empty cache) per run; warm: the same page navigated again.
//
//   node admin/scripts/dashboard-time.mjs [--url http://127.0.0.1:4000] [--runs 5] [--ags 05566076]
//
// A measurement, not a test: it prints figures and asserts nothing about them.
import { chromium } from 'playwright-core';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const origin = arg('url', 'http://127.0.0.1:4000').replace(/\/$/, '');
const runs = Number(arg('runs', '5'));
const ags = arg('ags', '05566076');
const MARK = 'gk:dashboard:charts-drawn';

async function timeToCharts(page) {
  await page.goto(`${origin}/admin/dashboard/${ags}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const cold = [];
const warm = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByRole('button', { name: /Bündniskerngruppe/ }).click();
    await page.getByTestId('identity').waitFor();
    // Signing in loaded the shell's bundle but not the dashboard's chunks, ECharts or any data.
    cold.push(await timeToCharts(page));
    warm.push(await timeToCharts(page));
    await context.close();
  }
} finally {
  await browser.close();
}
const round = (x) => Math.round(x);
console.log(
  JSON.stringify({
    url: `${origin}/admin/dashboard/${ags}`,
    runs,
    coldMs: cold.map(round),
    warmMs: warm.map(round),
    coldMedianMs: round(median(cold)),
    warmMedianMs: round(median(warm)),
  }),
);
