import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreGroup } from '@gk/fixtures';
import { REPO_ROOT } from '@gk/gateway';
import { startTestHub, type TestHub } from './support/hub';

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = README.split("## The core group's dashboard")[1] ?? '';
const QUERY = section.split('```graphql')[1]?.split('```')[0] ?? '';
const SAMPLE = JSON.parse(section.split('```json')[1]?.split('```')[0] ?? 'null');

/**
 * Whether `actual` holds everything the shortened sample shows: objects by their listed keys, lists
 * by their listed entries ("..." marks left-out entries; without it the list is complete). Shown
 * entries are real rows in the answer's order, starting with its first row, so a reader sees where a
 * list begins and no row is shown out of place.
 */
function holds(actual: unknown, sample: unknown): boolean {
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return false;
    const shown = sample.filter((s) => s !== '...');
    if (shown.length === sample.length && actual.length !== sample.length) return false;
    if (shown.length > 0 && !holds(actual[0], shown[0])) return false;
    let from = 0;
    return shown.every((s) => {
      const at = actual.findIndex((a, i) => i >= from && holds(a, s));
      from = at + 1;
      return at >= 0;
    });
  }
  if (sample !== null && typeof sample === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(sample).every(([k, v]) => holds((actual as Record<string, unknown>)[k], v));
  }
  return actual === sample;
}

describe("the README's core-group dashboard", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('answers on the demo data as the README shows', async () => {
    expect(QUERY).toContain('indicators(referenceDate: "2026-11-21")');
    const res = await hub.query(QUERY, undefined, coreGroup);
    expect(res.body.errors).toBeUndefined();
    expect(holds(res.body.data, SAMPLE)).toBe(true);
    // The check itself can fail: a figure the demo does not have is caught, and so is a list shown from its second row
    // or out of order.
    expect(
      holds(res.body.data, { municipality: { indicators: { measureCareers: { flaggedPersons: { value: 7 } } } } }),
    ).toBe(false);
    expect(
      holds(res.body.data, {
        municipality: { indicators: { targetGroup: { byResidenceStatus: [{ residenceStatus: 'DULDUNG' }, '...'] } } },
      }),
    ).toBe(false);
    expect(
      holds(res.body.data, {
        municipality: {
          indicators: {
            targetGroup: {
              byResidenceStatus: [
                { residenceStatus: 'GESTATTUNG' },
                { residenceStatus: 'AE_25A' },
                { residenceStatus: 'DULDUNG' },
                '...',
              ],
            },
          },
        },
      }),
    ).toBe(false);
  });
});
