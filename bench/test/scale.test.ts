import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ageOn, SCALE_REFERENCE_DATE, ScaleWorld, type ScaleSize } from '@gk/fixtures';
import type { Identity } from '@gk/shared';
import { actingAs, dataOf, startTestSubgraph, testServerUrl, type TestSubgraph } from '@gk/shared/testing';
import { fundingSubgraph, loadFundingScaleSlice } from '@gk/funding';
import { loadNetworkScaleSlice, networkSubgraph } from '@gk/network';
import { loadOffersScaleSlice, offersSubgraph } from '@gk/offers';
import { loadPersonsScaleSlice, personsSubgraph } from '@gk/persons';
import { benchFixtures } from '../src/scale/bench-fixtures';
import { ensureScaleData, manifestMatches, readManifest, schemaVersion } from '../src/scale/scale-data';

/** Three areas (Rheine, the Rhein-Kreis Neuss, the Kreis Kleve): loads in a second or two. */
const SMALL: ScaleSize = { name: 'test', persons: 300, offers: 60, organizations: 40, areas: 3 };

describe('scale world generator', () => {
  it('gives the same records for the same seed and different ones for another seed', () => {
    const a = new ScaleWorld(SMALL, 7);
    const b = new ScaleWorld(SMALL, 7);
    const other = new ScaleWorld(SMALL, 8);
    const first = (w: ScaleWorld) =>
      Array.from({ length: 25 }, (_, i) => ({ person: w.person(i), plan: w.enrollmentPlan(i) }));
    expect(first(a)).toEqual(first(b));
    expect(a.offers).toEqual(b.offers);
    const count = (w: ScaleWorld) => [...w.enrollmentChunks(1000)].reduce((n, c) => n + c.enrollments.length, 0);
    expect(count(a)).toBe(count(b));
    expect(other.person(0).id).not.toBe(a.person(0).id);
    expect(JSON.stringify(first(other).map((r) => r.person.dateOfBirth))).not.toBe(
      JSON.stringify(first(a).map((r) => r.person.dateOfBirth)),
    );
  });

  it('makes a target group aged 18 to 27 on the reference day, about two thirds in SGB II at the start', () => {
    const world = new ScaleWorld('nrw', 42);
    // A sample of 3,000 persons spread over every area (every 23rd index).
    const sample = Array.from({ length: 3000 }, (_, k) => world.person(k * 23));
    const ages = sample.map((p) => ageOn(p.dateOfBirth, SCALE_REFERENCE_DATE));
    expect(Math.min(...ages)).toBe(18);
    expect(Math.max(...ages)).toBe(27);
    const sgb2 = sample.filter((p) => p.regimes[0].value === 'SGB_II').length / sample.length;
    expect(Math.abs(sgb2 - 2 / 3)).toBeLessThan(0.05);
    // Some Rechtskreiswechsel and some residence-status histories.
    expect(sample.some((p) => p.regimes.length > 1 && p.regimes[1].previous === 'ASYLBLG')).toBe(true);
    expect(sample.some((p) => p.residence.length > 1)).toBe(true);
    expect(new Set(world.areas.map((a) => a.ags)).size).toBe(73);
    expect(world.areas.some((a) => a.ags === '05566076')).toBe(true);
  });

  it(
    'gives the benchmark 20,000 enroll pairs at nrw on offers with a seat for each, and a provider with at least ' +
      '50 offers',
    () => {
      const f = benchFixtures('nrw', 42);
      expect(f.enrollPairs).toHaveLength(20_000);
      expect(new Set(f.enrollPairs.map((p) => `${p.personId}:${p.offerId}`)).size).toBe(20_000);
      expect(f.provider.offerIds).toHaveLength(50);
      expect(f.provider.offerCount).toBeGreaterThanOrEqual(50);
      expect(f.stateCoreGroup.ags).toHaveLength(73);
      expect(f.coreGroup.areaAgs).toBe('05566076');
    },
  );
});

describe('scale slices loaded into the subgraphs', () => {
  const subgraphs: TestSubgraph[] = [];
  let persons: TestSubgraph;
  let offers: TestSubgraph;
  let network: TestSubgraph;
  let funding: TestSubgraph;
  const counts: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    persons = await startTestSubgraph(personsSubgraph);
    offers = await startTestSubgraph(offersSubgraph);
    network = await startTestSubgraph(networkSubgraph);
    funding = await startTestSubgraph(fundingSubgraph);
    subgraphs.push(persons, offers, network, funding);
    const options = { scale: SMALL, seed: 7 };
    counts.persons = await loadPersonsScaleSlice(persons.db.dataSource, options);
    counts.offers = await loadOffersScaleSlice(offers.db.dataSource, options);
    counts.network = await loadNetworkScaleSlice(network.db.dataSource, options);
    counts.funding = await loadFundingScaleSlice(funding.db.dataSource, options);
  });

  afterAll(async () => {
    for (const s of subgraphs) await s.close();
  });

  it('loads the generated counts', () => {
    const world = new ScaleWorld(SMALL, 7);
    const enrollments = [...world.enrollmentChunks(1000)].reduce((n, c) => n + c.enrollments.length, 0);
    expect(counts.persons.person).toBe(300);
    expect(counts.offers.offer).toBe(60);
    expect(counts.offers.enrollment).toBe(enrollments);
    // 3 areas x 11 agencies = 33 core organisations, plus 7 more = 40; one alliance per area; 4 lines x 3 years x
    // 3 areas.
    expect(counts.network.organization).toBe(40);
    expect(counts.network.alliance).toBe(3);
    expect(counts.funding.budget).toBe(36);
  });

  it('keeps the invariants the triggers keep: seats taken, allocated and spent totals', async () => {
    const seats = await offers.db.dataSource.query(`
      SELECT count(*)::int AS wrong FROM offer o
      WHERE o.seats_taken <> (SELECT count(*) FROM enrollment e
                               WHERE e.offer_id = o.id AND e.status IN ('ENROLLED', 'COMPLETED'))
         OR o.seats_taken > o.seats`);
    expect(seats[0].wrong).toBe(0);
    const taken = await offers.db.dataSource.query(`SELECT sum(seats_taken)::int AS n FROM offer`);
    expect(taken[0].n).toBeGreaterThan(0);
    const budgets = await funding.db.dataSource.query(`
      SELECT count(*)::int AS wrong FROM budget b
       WHERE b.allocated_cents <> coalesce((SELECT sum(amount_cents) FROM allocation a WHERE a.budget_id = b.id), 0)`);
    expect(budgets[0].wrong).toBe(0);
    const spent = await funding.db.dataSource.query(`
      SELECT count(*)::int AS wrong FROM allocation a
       WHERE a.spent_cents <> coalesce((SELECT sum(amount_cents) FROM expenditure e WHERE e.allocation_id = a.id), 0)`);
    expect(spent[0].wrong).toBe(0);
    // The triggers are on again after the load.
    const enabled = await offers.db.dataSource.query(
      `SELECT tgenabled FROM pg_trigger WHERE tgname = 'enrollment_count_seats'`,
    );
    expect(enabled[0].tgenabled).toBe('O');
    // Every person has exactly one open residence period and one open regime period.
    const open = await persons.db.dataSource.query(
      `SELECT count(DISTINCT person_id)::int AS n FROM residence_status_period WHERE valid_until IS NULL`,
    );
    expect(open[0].n).toBe(300);
  });

  it('serves the loaded data: the case manager opens the fixture person with their needs', async () => {
    const f = benchFixtures(SMALL, 7);
    const caseManager: Identity = f.caseManager;
    const res = dataOf(
      await actingAs(persons, caseManager).query<{
        person: { id: string; age: number; residenceStatusHistory: unknown[] };
      }>('query($id: ID!) { person(id: $id) { id age residenceStatusHistory { status } } }', { id: f.openPersonId }),
    );
    expect(res.person.id).toBe(f.openPersonId);
    expect(res.person.residenceStatusHistory.length).toBeGreaterThan(1);
    const offer = dataOf(
      await offers.query<{ offer: { id: string } }>('query($id: ID!) { offer(id: $id) { id } }', {
        id: f.provider.offerIds[0],
      }),
    );
    expect(offer.offer.id).toBe(f.provider.offerIds[0]);
  });
});

describe('seed manifest', () => {
  it('reuses data of the same scale, seed, generator and migrations, and reloads otherwise', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'gk-manifest-'));
    const manifest = {
      scale: 'nrw',
      seed: 42,
      generatorVersion: 1,
      schemaVersion: schemaVersion(),
      counts: {},
      loadSeconds: { total: 1 },
      loadedAt: '2026-11-21T00:00:00Z',
    };
    writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest));
    const stored = readManifest(folder);
    rmSync(folder, { recursive: true, force: true });
    expect(manifestMatches(stored, 'nrw', 42)).toBe(true);
    expect(manifestMatches(stored, 'nrw', 43)).toBe(false);
    expect(manifestMatches(stored, 'xl', 42)).toBe(false);
    expect(
      manifestMatches(
        { ...manifest, schemaVersion: { ...manifest.schemaVersion, offers: ['Other1'] } } as never,
        'nrw',
        42,
      ),
    ).toBe(false);
  });

  it('loads a scale once and reuses it on the next call', async () => {
    const scale: ScaleSize = { ...SMALL, name: 'test-reuse' };
    const first = await ensureScaleData({ scale, seed: 3, serverUrl: testServerUrl(), fresh: true });
    expect(first.reused).toBe(false);
    expect(first.manifest.counts.persons.person).toBe(300);
    const second = await ensureScaleData({ scale, seed: 3, serverUrl: testServerUrl() });
    expect(second.reused).toBe(true);
    expect(second.manifest.loadedAt).toBe(first.manifest.loadedAt);
  });
});
