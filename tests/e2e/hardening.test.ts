/// <reference types="chrome" />
// Hardening in Chromium: hostile pages, a strict Content-Security-Policy, accessibility (axe-core) of the
// popup and the hover card, a corrupt stored setting, the per-site switch restoring the DOM, single-page sites.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageStatus } from '../../lib/messages.ts';
import { oneOfEachKind } from '../fixtures/hostile/generate.ts';
import { launchWithExtension, pageReader, type ExtensionBrowser } from './chromium.ts';
import { eventually, MUTATION_PROBE, probe, settledState, waitForMarks } from './page-probes.ts';
import { PAGES_DIR, startFixtureServer, STRICT_ROUTE, type ExtraRoutes, type FixtureServer } from './server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const hostile = oneOfEachKind();
// A page that changes itself cannot show "zero mutations"; it must still get no marks and few checks.
const SELF_MUTATING = new Set(['ticker-0', 'shadow-dom-0']);

/**
 * A site that changes its URL at once but swaps in the next page (an article about another story) only 1.2 s
 * later, the way frameworks that wait for the new page's data do.
 */
function slowSpa(): string {
  const story = readFileSync(`${PAGES_DIR}/seattletimes-article/source.html`, 'utf8');
  const other = /<article[\s\S]*<\/article>/.exec(readFileSync(`${PAGES_DIR}/google-maven-article/source.html`, 'utf8'))![0];
  const script = `<script>document.addEventListener('click', (e) => {
    if (!e.target.closest || !e.target.closest('#next')) return;
    e.preventDefault();
    history.pushState({}, '', '/slow-spa/next');
    setTimeout(() => { document.querySelector('article').outerHTML = ${JSON.stringify(other)}; }, 1200);
  });</script>`;
  return story.replace(/<body[^>]*>/, (body) => `${body}<a id="next" href="/slow-spa/next">Next</a>`).replace('</body>', `${script}</body>`);
}

let server: FixtureServer;
let browser: ExtensionBrowser;
const logs: string[] = [];

beforeAll(async () => {
  const routes: ExtraRoutes = { ...STRICT_ROUTE, '/slow-spa/': { body: slowSpa() } };
  for (const page of hostile) routes[`/hostile/${page.name}/`] = { body: page.html };
  server = await startFixtureServer(routes);
  browser = await launchWithExtension();
  await browser.context.addInitScript(MUTATION_PROBE);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message} ${e.stack ?? ''}`));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

async function status(page: Page): Promise<PageStatus | null> {
  return browser.statusOf(page);
}

describe('hostile and odd pages', () => {
  it.each(hostile.map((p) => [p.name, p] as const))('%s', async (name, spec) => {
    const page = await open(`/hostile/${name}/`);
    if (spec.story) {
      expect(await waitForMarks(page)).toBeGreaterThan(0);
    } else {
      // A page whose title and address name no story gets no script at all; any other settles on why it is left alone.
      const settled = await settledState(pageReader(browser, page, server.origin));
      expect(['no script', 'no-story', 'not-article', 'too-large', 'other-language']).toContain(settled);
      await page.waitForTimeout(SELF_MUTATING.has(name) ? 4_000 : 500);
      expect(await page.locator('triangulate-mark, triangulate-card').count()).toBe(0);
      if (SELF_MUTATING.has(name)) {
        // The late-content watcher is bounded: a page that never stops changing gets a few looks, not a loop.
        expect((await status(page))?.timings?.checks ?? 0).toBeLessThanOrEqual(9);
      } else {
        const seen = await probe(page);
        expect(seen.mutations).toBe(0);
      }
    }
    expect(logs.filter((l) => /chrome-extension:|triangulate/i.test(l))).toEqual([]);
    await page.close();
  });
});

describe('a page with Content-Security-Policy: default-src \'none\'', () => {
  it('still gets marks and a styled hover card, and the console stays clean', async () => {
    logs.length = 0;
    const page = await open('/strict/');
    await waitForMarks(page);
    const mark = page.locator('triangulate-mark[data-relation="conflict"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('triangulate-card .tri-card');
    await eventually(async () => ((await card.isVisible()) ? true : null));
    expect(await card.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('10px');
    expect(await card.locator('.tri-side').count()).toBeGreaterThan(1);
    expect(await card.locator('.tri-side').first().evaluate((e) => getComputedStyle(e).borderLeftStyle)).toBe('solid');
    expect(logs).toEqual([]);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations in the popup for a tab', async () => {
    const article = await open('/mashable-article/');
    await waitForMarks(article);
    const tabId = await browser.tabIdOf(article);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.tri-entry');
    await popup.evaluate(AXE);
    const result = await popup.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('finds no violations in an open hover card and the marks', async () => {
    const page = await open('/seattletimes-article/');
    await waitForMarks(page);
    await page.locator('triangulate-mark[tabindex="0"]').first().focus();
    await eventually(async () => ((await page.locator('triangulate-card .tri-card').isVisible()) ? true : null));
    await page.evaluate(AXE);
    const result = await page.evaluate(() =>
      (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({
        include: [{ fromShadowDom: ['triangulate-card', '.tri-card'] }, 'triangulate-mark'],
      }),
    );
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    await page.close();
  });
});

describe('settings', () => {
  it('falls back to defaults when the stored setting is corrupt, and the per-site switch restores the DOM exactly', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: '{corrupt' }));
    const page = await open('/motherboard-article/');
    expect(await waitForMarks(page)).toBeGreaterThan(0);
    const host = new URL(server.origin).host;
    await browser.worker.evaluate((h) => chrome.storage.local.set({ settings: { hiddenSites: [h], markUnique: false } }), host);
    await eventually(async () => ((await page.locator('triangulate-mark').count()) === 0 ? true : null));
    const seen = await probe(page);
    expect(seen.now).toBe(seen.served);
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { hiddenSites: [], markUnique: false } }));
    expect(await waitForMarks(page)).toBeGreaterThan(0);
    // By default only what another outlet confirms or contradicts is marked.
    expect(await page.locator('triangulate-mark[data-relation="unique"], triangulate-mark[data-relation="related"]').count()).toBe(0);
    // The settings for quieter marks on related claims and on claims no other source reports.
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { hiddenSites: [], markUnique: false, markRelated: true } }));
    await eventually(async () => ((await page.locator('triangulate-mark[data-relation="related"]').count()) > 0 ? true : null));
    expect(await page.locator('triangulate-mark[data-relation="unique"]').count()).toBe(0);
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { hiddenSites: [], markUnique: true, markRelated: false } }));
    await eventually(async () => ((await page.locator('triangulate-mark[data-relation="unique"]').count()) > 0 ? true : null));
    expect(await page.locator('triangulate-mark[data-relation="related"]').count()).toBe(0);
    await page.close();
  });
});

describe('a single-page site', () => {
  it('keeps the marks when only the #fragment changes', async () => {
    const page = await open('/seattletimes-article/');
    const marks = await waitForMarks(page);
    await page.evaluate(() => {
      location.hash = '#comments';
    });
    await page.waitForTimeout(1_200);
    expect(await page.locator('triangulate-mark').count()).toBe(marks);
    await page.close();
  });

  it('does not keep the old story when the site swaps in another page late', async () => {
    const page = await open('/slow-spa/');
    await waitForMarks(page);
    const tabId = await browser.tabIdOf(page);
    await page.locator('#next').click();
    await eventually(async () => ((await page.locator('triangulate-mark').count()) === 0 ? true : null));
    await page.waitForTimeout(2_500);
    expect(await page.locator('triangulate-mark').count()).toBe(0);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const record = await browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    expect(record).toBeUndefined();
    await page.close();
  });

  it('marks the article once it renders, and clears marks and badge when it navigates to another story', async () => {
    const page = await open('/spa-article/');
    expect(await waitForMarks(page, 20_000)).toBeGreaterThan(0);
    const tabId = await browser.tabIdOf(page);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    await page.locator('a.next-story').click();
    await eventually(async () => ((await page.locator('triangulate-mark').count()) === 0 ? true : null));
    await eventually(async () => ((await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === '' ? true : null));
    expect(page.url()).toContain('story=2');
    await page.close();
  });
});
