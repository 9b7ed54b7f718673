import {
  DEMO_OFFERS,
  demoOfferId,
  demoOrganizationId,
  demoPersonId,
  NRW_AREAS,
  ScaleWorld,
  type ScaleInput,
} from '@gk/fixtures';
import type { Identity } from '@gk/shared';

/** One enrollment the benchmark's write may send: `enrollInOffer(input: { offerId, personId, person })`. */
export interface BenchEnrollPair {
  personId: string;
  offerId: string;
  /** EnrollmentPersonFactsInput: the person's facts today. */
  person: { age: number; germanLevel: string | null; residenceStatus: string | null; benefitRegime: string | null };
}

export interface BenchFixtures {
  /** Case management of the area with the most persons; manages `openPersonId` and every person of the pairs. */
  caseManager: Identity;
  /** A person the case manager may open (managed by it, with consent for COUNSELLING) who has enrollments. */
  openPersonId: string;
  /** Staff of the provider organisation with the most offers (at least 50 at nrw), and the first 50 of its offers. */
  provider: Identity & { offerIds: string[]; offerCount: number };
  /** The core group of Rheine (05566076): its dashboard area. */
  coreGroup: Identity & { areaAgs: string };
  /** A state-wide core group identity with every participating area in scope (73 at nrw). */
  stateCoreGroup: Identity;
  /** (person, offer) pairs not enrolled yet, offers with free seats for all of them: 20,000 at nrw and xl. */
  enrollPairs: BenchEnrollPair[];
}

const RHEINE = '05566076';

/**
 * What the benchmark needs to know about the data, derived from the generator alone (no database):
 * the same scale and seed give the same identities and ids the loaded databases hold.
 */
export function benchFixtures(scale: ScaleInput | 'demo', seed: number): BenchFixtures {
  if (scale === 'demo') return demoFixtures();
  const world = new ScaleWorld(scale, seed);
  const benchArea = world.byArea[world.benchAreaIndex];
  const caseManagement = world.caseManagerOf(world.benchAreaIndex);
  const caseManager: Identity = {
    subject: 'bench-case-manager',
    organizationId: caseManagement.id,
    roles: ['CASE_MANAGER'],
    ags: [world.areas[world.benchAreaIndex].ags],
    purpose: 'COUNSELLING',
  };

  let openPersonId = world.personId(benchArea.personStart);
  for (let i = benchArea.personStart; i < benchArea.personStart + benchArea.personCount; i++) {
    const p = world.person(i);
    const consent = p.consents.find(
      (c) => c.organizationId === caseManagement.id && !c.revokedAt && c.purposes.includes('COUNSELLING'),
    );
    if (consent && p.residence.length > 1 && world.enrollmentPlan(i).length >= 3) {
      openPersonId = p.id;
      break;
    }
  }

  const offersByProvider = new Map<string, string[]>();
  for (const o of world.offers) {
    if (o.bench) continue;
    const list = offersByProvider.get(o.providerId) ?? [];
    list.push(o.id);
    offersByProvider.set(o.providerId, list);
  }
  const [providerId, providerOffers] = [...offersByProvider.entries()].reduce((best, e) =>
    e[1].length > best[1].length ? e : best,
  );
  const providerOrg = world.organizations.find((o) => o.id === providerId);

  const rheine = world.areas.findIndex((a) => a.ags === RHEINE);
  const coreIndex = Math.max(rheine, 0);
  const lead = world.caseManagerOf(coreIndex).id;

  const benchOffers = world.offers.filter((o) => o.bench);
  const pairs: BenchEnrollPair[] = [];
  const target = Math.min(
    world.benchPairTarget(),
    benchOffers.length * Math.min(benchArea.personCount, benchOffers[0]?.seats ?? 0),
  );
  const facts = new Map<number, BenchEnrollPair['person']>();
  // Round robin over the offers, so concurrent writes do not all queue on one offer's row lock.
  for (let k = 0; k < target; k++) {
    const personIndex = benchArea.personStart + Math.floor(k / benchOffers.length);
    if (!facts.has(personIndex)) facts.set(personIndex, world.eligibilityFacts(personIndex));
    pairs.push({
      personId: world.personId(personIndex),
      offerId: benchOffers[k % benchOffers.length].id,
      person: facts.get(personIndex) as BenchEnrollPair['person'],
    });
  }

  return {
    caseManager,
    openPersonId,
    provider: {
      subject: 'bench-provider',
      organizationId: providerId,
      roles: ['PROVIDER'],
      ags: providerOrg ? [providerOrg.ags] : [],
      purpose: null,
      offerIds: providerOffers.slice(0, 50),
      offerCount: providerOffers.length,
    },
    coreGroup: {
      subject: 'bench-core-group',
      organizationId: lead,
      roles: ['CORE_GROUP'],
      ags: [world.areas[coreIndex].ags],
      purpose: 'REPORTING',
      areaAgs: world.areas[coreIndex].ags,
    },
    stateCoreGroup: {
      subject: 'bench-state-core-group',
      organizationId: lead,
      roles: ['CORE_GROUP'],
      ags: world.areas.map((a) => a.ags),
      purpose: 'REPORTING',
    },
    enrollPairs: pairs,
  };
}

/**
 * The hand-made demo world: Rheine's case management, VHS Rheine, Rheine's core group; no dedicated bench offers,
 * so no pairs.
 */
function demoFixtures(): BenchFixtures {
  const kim = demoOrganizationId('kim-rheine');
  const vhs = demoOrganizationId('vhs-rheine');
  return {
    caseManager: {
      subject: 'bench-case-manager',
      organizationId: kim,
      roles: ['CASE_MANAGER'],
      ags: [RHEINE],
      purpose: 'COUNSELLING',
    },
    openPersonId: demoPersonId(RHEINE, 3),
    provider: {
      subject: 'bench-provider',
      organizationId: vhs,
      roles: ['PROVIDER'],
      ags: [RHEINE],
      purpose: null,
      offerIds: DEMO_OFFERS.filter((o) => o.providerKey === 'vhs-rheine').map((o) => demoOfferId(o.key)),
      offerCount: DEMO_OFFERS.filter((o) => o.providerKey === 'vhs-rheine').length,
    },
    coreGroup: {
      subject: 'bench-core-group',
      organizationId: kim,
      roles: ['CORE_GROUP'],
      ags: [RHEINE],
      purpose: 'REPORTING',
      areaAgs: RHEINE,
    },
    stateCoreGroup: {
      subject: 'bench-state-core-group',
      organizationId: kim,
      roles: ['CORE_GROUP'],
      ags: NRW_AREAS.slice(0, 2).map((a) => a.ags),
      purpose: 'REPORTING',
    },
    enrollPairs: [],
  };
}
