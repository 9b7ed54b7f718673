import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium): Playwright's own browser download is not possible here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package ` +
        '(apt-get update && apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a context of its own (axe needs one): German locale and time zone, a laptop's screen. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  return context.newPage();
}

/**
 * axe-core on the page as it stands: WCAG 2.1 A and AA rules; a serious or critical violation fails
 * the journey with the rule and the elements named.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // A dialog fading in is half transparent: contrast measured then is the animation's, not the page's.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = severe.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect({ screen, violations: report }).toEqual({ screen, violations: [] });
}

/**
 * Screenshots of the journeys: into docs/screenshots when ADMIN_SCREENSHOTS=1 (`npm run screenshots
 * -w admin`, committed and shown in the README), otherwise into a temp folder, so a plain test run
 * leaves the work tree as it was.
 */
export const SCREENSHOT_DIR =
  process.env.ADMIN_SCREENSHOTS === '1'
    ? path.join(__dirname, '../../../docs/screenshots')
    : path.join(tmpdir(), 'gk-admin-screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Moves the focus with Tab (Shift+Tab backwards) until the focused element is the one wanted, as
 * a keyboard user would; fails after `max` presses, naming what had the focus.
 */
export async function tabTo(
  page: Page,
  isTarget: (el: { tag: string; text: string; label: string | null; name: string | null }) => boolean,
  max = 60,
): Promise<void> {
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // textContent, not innerText: MUI's buttons are upper-cased by CSS, their names are not.
      const labelled = el?.id
        ? document.querySelector(`label[for="${el.id}"]`)?.textContent
        : el?.closest('label')?.textContent;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        text: (el?.textContent ?? '').trim(),
        label: el?.getAttribute('aria-label') ?? labelled?.replace(/\s*\*$/, '').trim() ?? null,
        name: el?.getAttribute('name') ?? null,
      };
    });
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (isTarget(f)) return;
    seen.push(`${f.tag}:${f.label ?? f.text.slice(0, 30)}`);
  }
  throw new Error(`Tab never reached the element; the focus went last through ${seen.slice(-15).join(' | ')}`);
}
