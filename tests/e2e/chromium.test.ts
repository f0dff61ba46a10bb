/// <reference types="chrome" />
// End to end in Debian's Chromium with the built extension: marks, hover card, badge, popup, untouched pages,
// no outside requests. Nothing is written to docs/: the README's pictures come from `npm run screenshots`.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChecked } from '../../shared/claim-counts.ts';
import type { TabRecord } from '../../shared/tab-record.ts';
import { MIN_CARD_HEIGHT } from '../../page/card-position.ts';
import { launchWithExtension, pageReader, type ExtensionBrowser } from './chromium.ts';
import { eventually, expectMarksMatchAnalysis, MUTATION_PROBE, probe, settledState, waitForMarks } from './page-probes.ts';
import { ARTICLES, MENTIONS, NAMELESS, OTHER_PAGES } from './scenarios.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';


let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await browser.context.addInitScript(MUTATION_PROBE);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function recordOf(page: Page): Promise<TabRecord> {
  const tabId = await browser.tabIdOf(page);
  const record = await browser.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return (await chrome.storage.session.get(key))[key];
  }, tabId);
  return record as TabRecord;
}

async function markedClaims(page: Page): Promise<Map<number, { text: string; relation: string; inArticle: boolean }>> {
  const rows = await page.$$eval('triangulate-mark', (marks) =>
    marks.map((m) => ({ claim: Number(m.getAttribute('data-claim')), relation: m.getAttribute('data-relation') ?? '', text: m.textContent ?? '', inArticle: m.closest('article') !== null })),
  );
  const claims = new Map<number, { text: string; relation: string; inArticle: boolean }>();
  for (const row of rows) {
    const seen = claims.get(row.claim);
    claims.set(row.claim, { text: (seen?.text ?? '') + row.text, relation: row.relation, inArticle: (seen?.inArticle ?? true) && row.inArticle });
  }
  return claims;
}

/** Opens the popup for a tab and checks it says no known story is on the page. */
async function expectPopupSaysNoStory(tabId: number): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  // "Loading…" first, while the popup reads the tab's state.
  await expect.poll(() => popup.locator('.tri-state__title').textContent().catch(() => '')).toBe('No known story on this page');
  await popup.close();
}

describe.each(ARTICLES)('a bundled article laid out like a news site: %s', (slug) => {
  let page: Page;
  let record: TabRecord;

  beforeAll(async () => {
    page = await browser.open(server.url(slug));
    await waitForMarks(page);
    record = await eventually(async () => {
      const r = await recordOf(page);
      return r?.unanchored ? r : null;
    });
  });

  it('recognizes the story and which source the page is', () => {
    expect(record.result.story?.id).toBe('microsoft-ice-contract-2018');
    expect(record.result.story?.self).toBe(slug.replace('-article', ''));
    expect(record.result.sources).toHaveLength(2);
  });

  it('marks exactly the sentences the analysis cross-referenced, inside the article, with their relation', async () => {
    const marked = await markedClaims(page);
    expectMarksMatchAnalysis(marked, record);
  });

  it('draws marks unlike any link: a band or tint on every mark, never a plain solid underline, a pattern per relation', async () => {
    const styles = await page.$$eval('triangulate-mark', (marks) =>
      marks.map((m) => {
        const css = getComputedStyle(m);
        return {
          relation: m.getAttribute('data-relation')!,
          painted: css.backgroundImage !== 'none' || !/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(css.backgroundColor),
          underline: css.textDecorationLine.includes('underline') ? css.textDecorationStyle : 'none',
        };
      }),
    );
    const pattern = { agree: 'none', conflict: 'wavy', 'quote-variant': 'dashed' } as Record<string, string>;
    for (const mark of styles) {
      expect(mark.painted).toBe(true);
      expect(mark.underline).not.toBe('solid');
      expect(mark.underline).toBe(pattern[mark.relation]);
    }
  });

  it('leaves most cross-referenced claims anchored', () => {
    const crossReferenced = record.result.claims.filter((c) => isChecked(c.status)).length;
    expect(record.unanchored!.length).toBeLessThanOrEqual(Math.floor(crossReferenced / 4));
  });

  it('sets the toolbar badge to the number of claims another outlet confirms or contradicts, in the warning colour on conflict', async () => {
    const tabId = await browser.tabIdOf(page);
    const badge = await browser.worker.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }), tabId);
    const count = record.result.claims.filter((c) => isChecked(c.status)).length;
    expect(badge.text).toBe(String(count));
    expect(badge.title).toContain(`${count} claims another outlet confirms or contradicts`);
    const conflict = record.result.counts.conflict > 0;
    expect(badge.color.slice(0, 3)).toEqual(conflict ? [179, 38, 30] : [31, 95, 191]);
  });
});

describe('hover card', () => {
  it('opens on hover with each outlet and a word diff, stays off the mark, and closes with Escape', async () => {
    const page = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(page);
    const mark = page.locator('triangulate-mark[data-relation="quote-variant"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('triangulate-card .tri-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('.tri-match__outlet').allTextContents()).toContain('Mashable');
    expect(await card.locator('del, ins').count()).toBeGreaterThan(0);
    expect(await card.textContent()).toContain('Quoted differently');
    const [m, c] = [await mark.boundingBox(), await card.boundingBox()];
    const overlaps = m && c && !(c.y >= m.y + m.height || c.y + c.height <= m.y || c.x >= m.x + m.width || c.x + c.width <= m.x);
    expect(overlaps).toBeFalsy();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('opens the claim\'s entry in the Triangulate page from the card', async () => {
    const page = await browser.open(server.url('mashable-article'));
    await waitForMarks(page);
    const mark = page.locator('triangulate-mark[data-relation="conflict"]').first();
    const claim = await mark.getAttribute('data-claim');
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const opened = browser.context.waitForEvent('page');
    await page.locator('triangulate-card .tri-card__open').click();
    const entry = await opened;
    await entry.waitForSelector('.tri-entry');
    expect(entry.url()).toContain(`#claim-${claim}`);
    expect(await entry.locator(`#claim-${claim}`).getAttribute('class')).toContain('tri-entry--selected');
    await entry.close();
  });

  it('closes with its close button, and the keyboard can reach the card\'s buttons and leave it', async () => {
    const page = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(page);
    const card = page.locator('triangulate-card .tri-card');
    const mark = page.locator('triangulate-mark[tabindex="0"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await eventually(async () => ((await card.isVisible()) ? true : null));
    await page.locator('triangulate-card .tri-card__close').click();
    await eventually(async () => ((await card.isVisible()) ? null : true));
    // The close button gave focus back to the mark without reopening the card; now arrive by keyboard afresh.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TRIANGULATE-MARK');
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await mark.focus();
    await eventually(async () => ((await card.isVisible()) ? true : null));
    const focusedLabel = () => page.evaluate(() => {
      const host = document.activeElement;
      return host?.shadowRoot?.activeElement?.textContent ?? host?.tagName ?? '';
    });
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('×');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Open in Triangulate');
    await page.keyboard.press('Tab');
    await eventually(async () => ((await card.isVisible()) ? null : true));
  });

  it('opens on keyboard focus', async () => {
    const page = await browser.open(server.url('mashable-article'));
    await waitForMarks(page);
    await page.locator('triangulate-mark[tabindex="0"]').first().focus();
    await expect.poll(() => page.locator('triangulate-card .tri-card').isVisible()).toBe(true);
  });
});

describe('hover card placement', () => {
  /** How to find the mark to open a card on: the first claim, or the mark nearest an edge. */
  type Pick = 'first' | 'rightmost' | 'leftmost' | 'differ';
  const cases: Array<[string, string, { width: number; height: number }, ScrollLogicalPosition, 'focus' | 'hover', Pick]> = [
    ['the first claim, from the keyboard as the page opens', 'seattletimes-article', { width: 1000, height: 620 }, 'nearest', 'focus', 'first'],
    ['the top edge: the first claim, from the keyboard', 'seattletimes-article', { width: 1280, height: 800 }, 'start', 'focus', 'first'],
    ['the top edge of a narrower window, by hover', 'seattletimes-article', { width: 900, height: 700 }, 'start', 'hover', 'differ'],
    ['the bottom edge', 'seattletimes-article', { width: 900, height: 700 }, 'end', 'hover', 'differ'],
    ['the right edge', 'motherboard-article', { width: 760, height: 700 }, 'center', 'focus', 'rightmost'],
    ['the left edge of a phone-sized window', 'seattletimes-article', { width: 360, height: 640 }, 'center', 'focus', 'leftmost'],
    ['a tiny window', 'seattletimes-article', { width: 320, height: 240 }, 'center', 'focus', 'first'],
    ['a wide window: beside the text column', 'seattletimes-article', { width: 1440, height: 800 }, 'center', 'hover', 'differ'],
  ];

  it.each(cases)('fits %s, keeps its button in view and stays off the claim', async (name, slug, viewport, block, how, pick) => {
    const page = await browser.open(server.url(slug));
    await page.setViewportSize(viewport);
    await waitForMarks(page);
    const claim = await page.evaluate((p) => {
      const marks = [...document.querySelectorAll<HTMLElement>('triangulate-mark[tabindex="0"]')];
      const left = (m: HTMLElement) => m.getClientRects()[0]?.left ?? 0;
      const chosen =
        p === 'first' ? marks[0]
        : p === 'differ' ? marks.find((m) => m.dataset['relation'] !== 'agree')
        : [...marks].sort((a, b) => (p === 'rightmost' ? left(b) - left(a) : left(a) - left(b)))[0];
      return chosen!.dataset['claim']!;
    }, pick);
    const mark = page.locator(`triangulate-mark[tabindex="0"][data-claim="${claim}"]`);
    await mark.evaluate((m, b) => m.scrollIntoView({ block: b as ScrollLogicalPosition }), block);
    if (how === 'focus') await mark.focus();
    else await mark.hover();
    const card = page.locator('triangulate-card .tri-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.waitForTimeout(100);
    const seen = await page.evaluate((c) => {
      const root = document.querySelector('triangulate-card')!.shadowRoot!;
      const box = (e: Element) => e.getBoundingClientRect().toJSON() as DOMRect;
      const lines = [...document.querySelectorAll(`triangulate-mark[data-claim="${c}"]`)]
        .flatMap((m) => [...m.getClientRects()])
        .filter((r) => r.bottom > 0 && r.top < innerHeight)
        .map((r) => r.toJSON() as DOMRect);
      const all = [...document.querySelectorAll(`triangulate-mark[data-claim="${c}"]`)].flatMap((m) => [...m.getClientRects()]);
      const claimHeight = Math.max(...all.map((r) => r.bottom)) - Math.min(...all.map((r) => r.top));
      const opened = document.querySelector(`triangulate-mark[tabindex="0"][data-claim="${c}"]`)!;
      const firstInView = [...opened.getClientRects()].find((r) => r.bottom > 0 && r.top < innerHeight)?.toJSON() as DOMRect | undefined;
      const paragraph = opened.closest('p, li, blockquote, div')!;
      return { card: box(root.querySelector('.tri-card')!), button: box(root.querySelector('.tri-card__open')!), lines, claimHeight, firstInView, paragraph: box(paragraph) };
    }, claim);
    const inside = (b: DOMRect, outer: { top: number; left: number; bottom: number; right: number }) =>
      b.top >= outer.top - 0.5 && b.left >= outer.left - 0.5 && b.bottom <= outer.bottom + 0.5 && b.right <= outer.right + 0.5;
    const screen = { top: 0, left: 0, bottom: viewport.height, right: viewport.width };
    expect(inside(seen.card, screen)).toBe(true);
    expect(inside(seen.button, screen)).toBe(true);
    expect(inside(seen.button, seen.card)).toBe(true);
    const overlaps = (a: DOMRect, b: DOMRect) => a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;
    if (seen.claimHeight + MIN_CARD_HEIGHT + 24 <= viewport.height) {
      // Room for the card next to the whole claim: it covers none of it.
      expect(seen.lines.filter((l) => overlaps(seen.card, l))).toEqual([]);
    } else if (name !== 'a tiny window') {
      // A claim taller than the window leaves room only beside the line being read.
      expect(overlaps(seen.card, seen.firstInView!)).toBe(false);
    }
    if (name.startsWith('a wide window')) expect(overlaps(seen.card, seen.paragraph)).toBe(false);
    await page.close();
  });

  it('shows the diff legend only on a card that shows a diff', async () => {
    const page = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(page);
    const legend = page.locator('triangulate-card .tri-card__legend');
    for (const [relation, expected] of [['quote-variant', 1], ['conflict', 0]] as const) {
      const mark = page.locator(`triangulate-mark[data-relation="${relation}"][tabindex="0"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.focus();
      await expect.poll(() => page.locator('triangulate-card .tri-card').isVisible()).toBe(true);
      const diffs = await page.locator('triangulate-card .tri-card .tri-diff').count();
      expect(diffs > 0 ? 1 : 0).toBe(expected);
      expect(await legend.count()).toBe(expected);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});

describe('popup for a tab', () => {
  it('leads with what differs, folds agreements, follows the dark theme, and reveals a claim on the page', async () => {
    const article = await browser.open(server.url('mashable-article'));
    await waitForMarks(article);
    const record = await eventually(async () => {
      const r = await recordOf(article);
      return r?.unanchored ? r : null;
    });
    const tabId = await browser.tabIdOf(article);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.tri-entry');
    expect(await popup.locator('.tri-header__title').textContent()).toBe(record.result.story!.title);
    expect(await popup.locator('.tri-entry').count()).toBe(record.result.claims.length);
    const counted = record.result.claims.filter((c) => isChecked(c.status)).length;
    expect(await popup.locator('.tri-summary__n').textContent()).toBe(String(counted));
    // What differs is in the first screenful: the summary's lines, above the fold of a 600-pixel popup.
    const differs = await popup.locator('.tri-differs').boundingBox();
    expect(differs!.y + differs!.height).toBeLessThanOrEqual(600);
    const differing = record.result.claims.filter((c) => c.status === 'conflict' || c.status === 'quote-variant').length;
    expect(await popup.locator('.tri-entry:visible').count()).toBe(differing);
    expect(await popup.locator('.tri-entry--agree:visible').count()).toBe(0);
    expect(await popup.locator('.tri-values td:visible').count()).toBeGreaterThan(0);
    // Agreements fold: the popup stays a few screens long, not dozens.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3_500);
    // The dark theme follows the system setting.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 32, 37)');
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await popup.getByText('Where they agree').click();
    await expect.poll(() => popup.locator('.tri-entry--agree:visible').count()).toBe(record.result.counts.agree);
    expect(await popup.locator('.tri-match del:visible, .tri-match ins:visible').count()).toBeGreaterThan(0);
    const firstMarked = popup.locator('.tri-entry__text:not([disabled])').first();
    const index = Number((await firstMarked.locator('xpath=..').getAttribute('id'))!.replace('claim-', ''));
    await firstMarked.click();
    await expect.poll(() => article.locator(`triangulate-mark[data-claim="${index}"][data-flash]`).count()).toBeGreaterThan(0);
  });
});

describe('pages about other stories, and a page that is not an article', () => {
  it.each(OTHER_PAGES)('%s is left byte-for-byte unchanged, with no badge', async (slug) => {
    const page = await browser.open(server.url(slug));
    expect(['no script', 'no-story', 'not-article']).toContain(await settledState(pageReader(browser, page, server.origin)));
    const seen = await probe(page);
    expect(seen.mutations).toBe(0);
    expect(seen.now).toBe(seen.served);
    expect(await page.locator('triangulate-mark').count()).toBe(0);
    const tabId = await browser.tabIdOf(page);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  });
});

describe('a page whose title and address name no story', () => {
  it.each(NAMELESS)('%s gets no script at all, and the popup says no known story is on it', async (slug) => {
    const page = await browser.open(server.url(slug));
    await browser.judged(server.origin);
    expect(await browser.scriptsIn(page)).toEqual([]);
    const tabId = await browser.tabIdOf(page);
    await expectPopupSaysNoStory(tabId);
    await page.close();
  });

  it('while a page whose title names a story\'s actor gets the first look, and only that when its text is about something else', async () => {
    const page = await browser.open(server.url('microsoft-github-article'));
    await browser.judged(server.origin);
    expect(await eventually(async () => ((await browser.scriptsIn(page)).includes('__triangulateFirstLook') ? browser.scriptsIn(page) : null))).not.toContain('__triangulateSession');
    await page.close();
  });
});

describe.each(MENTIONS.map((m) => [m.what, m] as const))('%s', (_what, { slug, reason, says, sentence }) => {
  it('gets no marks and no badge, and the popup says which story it mentions, why, and where', async () => {
    const page = await browser.open(server.url(slug));
    const tabId = await browser.tabIdOf(page);
    const outcome = await eventually(async () => {
      const key = `page:${tabId}`;
      const stored = await browser.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k], key);
      return stored as { state: string; mentions?: { reason: string; sentences: string[] } } | undefined;
    });
    expect(outcome.state).toBe('no-story');
    expect(outcome.mentions?.reason).toBe(reason);
    expect(await page.locator('triangulate-mark').count()).toBe(0);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.tri-mentions');
    expect(await popup.locator('[role=status]').textContent()).toMatch(says);
    expect(await popup.locator('.tri-mentions li').first().textContent()).toContain(sentence);
    // The story's own reports, to read the event the page follows or recalls.
    expect(await popup.locator('.tri-mentions__reports a').count()).toBeGreaterThan(0);
    await popup.close();
  });
});

describe('a report of one quoted person\u2019s words on the story\u2019s days', () => {
  it('is taken for the story: its sentences are marked and the badge counts them', async () => {
    const page = await browser.open(server.url('nadella-memo-article'));
    await waitForMarks(page);
    const record = await eventually(async () => {
      const r = await recordOf(page);
      return r?.unanchored ? r : null;
    });
    expect(record.result.story?.id).toBe('microsoft-ice-contract-2018');
    expectMarksMatchAnalysis(await markedClaims(page), record);
    const tabId = await browser.tabIdOf(page);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    await page.close();
  });
});

describe('navigating away', () => {
  it('forgets the tab\'s result and badge when the tab loads another page', async () => {
    const page = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(page);
    expect(await recordOf(page)).toBeTruthy();
    await page.goto(server.url('google-maven-article'), { waitUntil: 'load' });
    await eventually(async () => ((await recordOf(page)) ? null : true));
    const tabId = await browser.tabIdOf(page);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await expectPopupSaysNoStory(tabId);
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to anywhere but the test server and the extension itself', () => {
    const outside = browser.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(5);
  });
});
