// End to end in Debian's Firefox ESR with the built MV2 extension (puppeteer-core over WebDriver BiDi): marks,
// badge, hover card, popup, untouched pages, a single-page site changing story, and no outside requests.
// Nothing is written to docs/: the README's pictures come from `npm run screenshots`.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChecked } from '../../shared/claim-counts.ts';
import type { TabRecord } from '../../shared/tab-record.ts';
import { byText, FIREFOX_OWN_HOSTS, launchFirefox, markedClaims, pageReader, probePage, waitForMarksIn, type FirefoxExtension } from './firefox.ts';
import { eventually, expectMarksMatchAnalysis, settledState } from './page-probes.ts';
import { ARTICLES, MENTIONS, NAMELESS, OTHER_PAGES } from './scenarios.ts';
import { startFixtureServer, STRICT_ROUTE, type FixtureServer } from './server.ts';

const CONFLICT_COLOR = [179, 38, 30];
const CORROBORATED_COLOR = [31, 95, 191];

let server: FixtureServer;
let firefox: FirefoxExtension;

beforeAll(async () => {
  server = await startFixtureServer(STRICT_ROUTE);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Opens a fixture page, waits for its marks and for the background's record with the painting reported. */
async function openArticle(slug: string): Promise<{ page: Page; tabId: number; record: TabRecord }> {
  const { page, tabId } = await firefox.open(server.url(slug));
  await waitForMarksIn(page);
  const record = await eventually(async () => {
    const r = await firefox.recordOf(tabId);
    return r?.unanchored ? r : null;
  });
  return { page, tabId, record };
}

const crossReferenced = (record: TabRecord) => record.result.claims.filter((c) => isChecked(c.status)).length;

describe.each(ARTICLES)('a bundled article laid out like a news site: %s', (slug) => {
  let page: Page;
  let tabId: number;
  let record: TabRecord;

  beforeAll(async () => ({ page, tabId, record } = await openArticle(slug)));
  afterAll(() => page?.close());

  it('recognizes the story and which source the page is', () => {
    expect(record.url).toBe(page.url());
    expect(record.result.story?.id).toBe('microsoft-ice-contract-2018');
    expect(record.result.story?.self).toBe(slug.replace('-article', ''));
    expect(record.result.sources).toHaveLength(2);
  });

  it('marks exactly the sentences the analysis cross-referenced, inside the article, with their relation', async () => {
    const marked = await markedClaims(page);
    expectMarksMatchAnalysis(marked, record);
  });

  it('leaves most cross-referenced claims anchored', () => {
    expect(record.unanchored!.length).toBeLessThanOrEqual(Math.floor(crossReferenced(record) / 4));
  });

  it('sets the toolbar badge to the number of cross-referenced claims, in the warning colour on conflict', async () => {
    const badge = await firefox.badgeOf(tabId);
    expect(badge.text).toBe(String(crossReferenced(record)));
    expect(badge.color.slice(0, 3)).toEqual(record.result.counts.conflict > 0 ? CONFLICT_COLOR : CORROBORATED_COLOR);
  });
});

describe('a report of one quoted person\u2019s words on the story\u2019s days', () => {
  it('is taken for the story: its sentences are marked as the analysis says, and the badge counts them', async () => {
    const { page, tabId, record } = await openArticle('nadella-memo-article');
    expect(record.result.story?.id).toBe('microsoft-ice-contract-2018');
    expectMarksMatchAnalysis(await markedClaims(page), record);
    expect((await firefox.badgeOf(tabId)).text).toBe(String(crossReferenced(record)));
    await page.close();
  });
});

describe('hover card', () => {
  it('opens on hover with each outlet and a word diff, stays off the mark, and closes with Escape', async () => {
    const { page } = await firefox.open(server.url('seattletimes-article'));
    await waitForMarksIn(page);
    const mark = (await page.$('triangulate-mark[data-relation="quote-variant"]'))!;
    expect(mark).not.toBeNull();
    await mark.scrollIntoView();
    await mark.hover();
    const card = await page.waitForSelector('triangulate-card >>> .tri-card', { visible: true, timeout: 5_000 });
    const outlets = await page.$$eval('triangulate-card >>> .tri-match__outlet', (els) => els.map((e) => e.textContent ?? ''));
    expect(outlets).toContain('Mashable');
    expect((await page.$$('triangulate-card >>> del, triangulate-card >>> ins')).length).toBeGreaterThan(0);
    const [m, c] = [await mark.boundingBox(), await card!.boundingBox()];
    expect(m && c).toBeTruthy();
    const overlaps = !(c!.y >= m!.y + m!.height || c!.y + c!.height <= m!.y || c!.x >= m!.x + m!.width || c!.x + c!.width <= m!.x);
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
    await page.waitForSelector('triangulate-card >>> .tri-card', { hidden: true, timeout: 5_000 });
    await page.close();
  });

  it('works on a page served with Content-Security-Policy: default-src \'none\', styled, with a clean console', async () => {
    const { page } = await firefox.open(`${server.origin}/strict/`);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${String(e)}`));
    await waitForMarksIn(page);
    const mark = (await page.$('triangulate-mark[data-relation="conflict"]'))!;
    await mark.scrollIntoView();
    await mark.hover();
    const card = await page.waitForSelector('triangulate-card >>> .tri-card', { visible: true, timeout: 5_000 });
    expect(await card!.evaluate((e) => getComputedStyle(e).borderTopLeftRadius)).toBe('10px');
    // Firefox may ask for the page's own /favicon.ico, which the page's policy blocks: the page's message, not ours.
    expect(logs.filter((line) => !/blocked the loading of a resource \(img-src\) at \S+\/favicon\.ico/.test(line))).toEqual([]);
    await page.close();
  });

  it('opens on keyboard focus', async () => {
    const { page } = await firefox.open(server.url('mashable-article'));
    await waitForMarksIn(page);
    await page.focus('triangulate-mark[tabindex="0"]');
    await page.waitForSelector('triangulate-card >>> .tri-card', { visible: true, timeout: 5_000 });
    await page.close();
  });
});

describe('popup for a tab', () => {
  it('leads with what differs, folds agreements, and reveals a claim on the page', async () => {
    const { page: article, tabId, record } = await openArticle('mashable-article');
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.tri-entry');
    expect(await popup.$eval('.tri-header__title', (h) => h.textContent)).toBe(record.result.story!.title);
    expect((await popup.$$('.tri-entry')).length).toBe(record.result.claims.length);
    expect(await popup.$eval('.tri-summary__n', (n) => n.textContent)).toBe(String(crossReferenced(record)));
    const visibleEntries = () => popup.$$eval('.tri-entry', (els) => els.filter((e) => e.checkVisibility()).map((e) => e.className));
    const differing = record.result.claims.filter((c) => c.status === 'conflict' || c.status === 'quote-variant').length;
    expect(differing).toBeGreaterThan(0);
    // Open at first: only the claims where the sources differ, with their values side by side.
    expect((await visibleEntries()).every((c) => /tri-entry--(conflict|quote-variant)/.test(c))).toBe(true);
    expect((await visibleEntries()).length).toBe(differing);
    expect((await popup.$$('.tri-differ')).length).toBeGreaterThan(0);
    expect((await popup.$$('.tri-values td')).length).toBeGreaterThan(0);
    // The agreements unfold on a click.
    await (await byText(popup, '.tri-section__summary', 'Where they agree')).click();
    await popup.waitForFunction((n) => [...document.querySelectorAll('.tri-entry')].filter((e) => e.checkVisibility()).length === n, { timeout: 5_000 }, differing + record.result.counts.agree);
    expect((await popup.$$('.tri-match del, .tri-match ins')).length).toBeGreaterThan(0);

    const text = (await popup.$('.tri-entry__text:not([disabled])'))!;
    const index = Number((await text.evaluate((b) => b.parentElement!.id)).replace('claim-', ''));
    const flashed = article.waitForSelector(`triangulate-mark[data-claim="${index}"][data-flash]`, { timeout: 5_000 });
    await text.click();
    expect(await flashed).not.toBeNull();
    await popup.close();
    await article.close();
  });
});

describe('pages about other stories, and a page that is not an article', () => {
  it.each(OTHER_PAGES)('%s is left byte-for-byte unchanged, with no badge', async (slug) => {
    const { page, tabId } = await firefox.open(server.url(slug));
    expect(['no script', 'no-story', 'not-article']).toContain(await settledState(pageReader(firefox, tabId, server.origin)));
    const seen = await probePage(page);
    expect(seen.mutations).toBe(0);
    expect(seen.served).not.toBeNull();
    expect(seen.now).toBe(seen.served);
    expect(await page.$$('triangulate-mark')).toHaveLength(0);
    expect((await firefox.badgeOf(tabId)).text).toBe('');
    expect(await firefox.recordOf(tabId)).toBeUndefined();
    await page.close();
  });
});

describe('a page whose title and address name no story', () => {
  it.each(NAMELESS)('%s gets no script at all, and the popup says no known story is on it', async (slug) => {
    const { page, tabId } = await firefox.open(server.url(slug));
    await firefox.judged(server.origin);
    expect(await firefox.scriptsIn(tabId)).toEqual([]);
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.tri-state');
    expect(await popup.$eval('.tri-state__title', (t) => t.textContent)).toBe('No known story on this page');
    await popup.close();
    await page.close();
  });

  it('while a page whose title names a story\'s actor gets the first look, and only that when its text is about something else', async () => {
    const { page, tabId } = await firefox.open(server.url('microsoft-github-article'));
    await firefox.judged(server.origin);
    const scripts = await eventually(async () => ((await firefox.scriptsIn(tabId)).includes('__triangulateFirstLook') ? firefox.scriptsIn(tabId) : null));
    expect(scripts).not.toContain('__triangulateSession');
    await page.close();
  });
});

describe.each(MENTIONS.map((m) => [m.what, m] as const))('%s', (_what, { slug, reason, says, sentence }) => {
  it('gets no marks and no badge, and the popup says which story it mentions, why, and where', async () => {
    const { page, tabId } = await firefox.open(server.url(slug));
    const state = await eventually(async () => {
      const stored = await firefox.ext(async (b, id) => (await b.storage.session.get(`page:${id}`))[`page:${id}`], tabId);
      return stored as { state: string; mentions?: { reason: string } } | undefined;
    });
    expect(state.state).toBe('no-story');
    expect(state.mentions?.reason).toBe(reason);
    expect(await page.$$('triangulate-mark')).toHaveLength(0);
    expect((await firefox.badgeOf(tabId)).text).toBe('');
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.tri-mentions');
    expect(await popup.$eval('[role=status]', (s) => s.textContent)).toMatch(says);
    expect(await popup.$eval('.tri-mentions li', (li) => li.textContent)).toContain(sentence);
    expect((await popup.$$('.tri-mentions__reports a')).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('a single-page site', () => {
  const rendered = (page: Page, story: string) =>
    page.waitForSelector(`article[data-story="${story}"]`, { timeout: 5_000 });
  const badgeText = async (tabId: number) => (await firefox.badgeOf(tabId)).text;

  it('marks the article once the app has rendered it', async () => {
    const { page, tabId } = await firefox.open(server.url('spa-article'));
    expect(await page.$$('triangulate-mark')).toHaveLength(0);
    await rendered(page, '1');
    await waitForMarksIn(page, 20_000);
    expect((await markedClaims(page)).size).toBeGreaterThanOrEqual(3);
    const record = await eventually(() => firefox.recordOf(tabId));
    expect(await badgeText(tabId)).toBe(String(crossReferenced(record)));
    await page.close();
  });

  it('marks the article again when the reader goes to another story and straight back', async () => {
    const { page, tabId } = await firefox.open(server.url('spa-article'));
    await rendered(page, '1');
    await waitForMarksIn(page, 20_000);
    // There and back within a second: the site renders story 1 anew, its old marked elements gone.
    await page.click('a.next-story[data-next]');
    await rendered(page, '2');
    await page.evaluate(() => history.back());
    await rendered(page, '1');
    await waitForMarksIn(page, 20_000);
    expect((await markedClaims(page)).size).toBeGreaterThanOrEqual(3);
    expect(await eventually(async () => ((await badgeText(tabId)) === '' ? null : true))).toBe(true);
    await page.close();
  });

  it('drops every mark and the badge when the site swaps in another story', async () => {
    const { page, tabId } = await firefox.open(server.url('spa-article'));
    await rendered(page, '1');
    // Next story and back again, as a reader would: the URL changes, so the page is looked at afresh even when
    // the first render went unnoticed.
    await page.click('a.next-story[data-next]');
    await rendered(page, '2');
    await page.evaluate(() => history.back());
    await rendered(page, '1');
    await waitForMarksIn(page, 20_000);
    expect(await eventually(async () => ((await badgeText(tabId)) === '' ? null : true))).toBe(true);

    await page.click('a.next-story[data-next]');
    await rendered(page, '2');
    await eventually(async () => ((await badgeText(tabId)) === '' ? true : null));
    // Once the content script has looked at the new story and settled, it has left it alone.
    expect(await settledState(pageReader(firefox, tabId, server.origin))).toBe('no-story');
    expect(await page.$$('triangulate-mark')).toHaveLength(0);
    expect(await badgeText(tabId)).toBe('');
    expect(await firefox.recordOf(tabId)).toBeUndefined();
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to anywhere but the test server and the extension itself', () => {
    const outside = firefox.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('moz-extension://') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(firefox.requests.filter((url) => url.startsWith(server.origin)).length).toBeGreaterThan(5);
  });

  it('sent nothing off the machine from anywhere in the browser, background script included', () => {
    const left = firefox.outside.filter((url) => !FIREFOX_OWN_HOSTS.includes(new URL(url).hostname));
    expect(left).toEqual([]);
  });
});
