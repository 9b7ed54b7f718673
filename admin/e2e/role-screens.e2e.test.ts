import type { Browser } from 'playwright-core';
import { startAdminTestHub, type AdminTestHub } from './support/hub';
import { launchChromium } from './support/browser';
import { providerJourney } from './offers.journey';
import { coreGroupJourney } from './dashboard.journey';
import { financeJourney } from './funding.journey';
import { networkJourney } from './network.journey';

/**
 * The journeys of the provider, core group, finance office and network coordinator, on one hub and
 * one browser (each journey in a fresh browser context, signed in as its own demo identity), so the
 * four cost one start of the hub. Each journey checks what it did by reading it back through GraphQL.
 * The core group's runs after the provider's recorded outcome, which it does not depend on.
 */
describe('role screens', () => {
  const env = {} as { hub: AdminTestHub; browser: Browser };

  beforeAll(async () => {
    [env.hub, env.browser] = await Promise.all([startAdminTestHub(), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.hub?.close();
  });

  describe('provider (Volkshochschule Rheine)', () => providerJourney(env));
  describe('core group', () => coreGroupJourney(env));
  describe('finance (Rheine)', () => financeJourney(env));
  describe('network coordinator (Rhein-Kreis Neuss)', () => networkJourney(env));
});
