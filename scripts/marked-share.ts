// `npm run --silent marked-share`: how much of an article's text sits under a strong mark (a tint that stands out:
// the differences, and agreement when the reader shows it fully), on the demo pages and on a third report of an
// own story that repeats its two sources (tests/fixtures/own-story page C against A and B), in the built Chrome
// extension. Prints a Markdown table: the share by default, the share with agreement shown fully (the marking
// before agreement went quiet), and whether every difference the analysis found is marked.
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/chromium.ts';
import { ownStoryRoutes, startOwnStory } from '../tests/e2e/own-story-pages.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';
import type { TabRecord } from '../shared/tab-record.ts';
import { PAGES_DIR } from '../tests/e2e/server.ts';
import { readdirSync } from 'node:fs';

/** Shares of the article's text: under a strong mark, and under any mark. */
interface Shares {
  readonly strong: number;
  readonly any: number;
}

/** Reads the marks of a page: the article's text (its <article>, else its body) and how much of it each kind covers. */
function shares(page: Page): Promise<Shares> {
  // A string, not a function: tsx would name the inner helpers with a function the page does not have.
  return page.evaluate(`(() => {
    const root = document.querySelector('article') ?? document.body;
    const length = (text) => (text ?? '').replace(/\\s+/g, ' ').trim().length;
    const sum = (list) => list.reduce((n, m) => n + length(m.textContent), 0);
    const marks = [...root.querySelectorAll('triangulate-mark')];
    const strong = marks.filter((m) => !m.hasAttribute('data-quiet') && ['conflict', 'quote-variant', 'agree'].includes(m.getAttribute('data-relation') ?? ''));
    const total = length(root.innerText);
    return { strong: sum(strong) / total, any: sum(marks) / total };
  })()`);
}

async function setShowAgreement(browser: ExtensionBrowser, on: boolean): Promise<void> {
  await browser.worker.evaluate(async (show) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), showAgreement: show } });
  }, on);
}

async function recordOf(browser: ExtensionBrowser, page: Page): Promise<TabRecord | undefined> {
  const tabId = await browser.tabIdOf(page);
  for (let i = 0; i < 100; i++) {
    const record = await browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabRecord | undefined, tabId);
    if (record?.unanchored) return record;
    await page.waitForTimeout(100);
  }
  return undefined;
}

const server = await startFixtureServer(ownStoryRoutes());
const browser = await launchWithExtension();
const rows: string[] = [];
try {
  await startOwnStory(browser, ['page-a', 'page-b'].map((name) => `${server.origin}/own-story/${name}/`));
  const demos = readdirSync(PAGES_DIR).sort().map((slug) => ({ name: slug, url: server.url(slug) }));
  for (const { name, url } of [...demos, { name: 'own story, page C (repeats A and B)', url: `${server.origin}/own-story/page-c/` }]) {
    const page = await browser.open(url);
    const marked = await page.waitForSelector('triangulate-mark', { timeout: 8_000, state: 'attached' }).then(() => true, () => false);
    if (!marked) {
      await page.close();
      continue;
    }
    const record = await recordOf(browser, page);
    await page.waitForTimeout(300);
    const quiet = await shares(page);
    await setShowAgreement(browser, true);
    await page.waitForFunction(() => document.querySelector('triangulate-mark') !== null && document.querySelector('triangulate-mark[data-quiet]') === null);
    const full = await shares(page);
    await setShowAgreement(browser, false);
    const differing = record?.result.claims.flatMap((c, i) => (c.status === 'conflict' || c.status === 'quote-variant' ? [i] : [])) ?? [];
    const placed = await page.evaluate((claims) => claims.filter((i) => document.querySelector(`triangulate-mark[data-claim="${i}"]:not([data-quiet])`) !== null).length, differing);
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    rows.push(`| ${name} | ${placed} of ${differing.length} | ${pct(quiet.strong)} | ${pct(full.strong)} |`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('| Page | Differences marked | Text under a strong mark (default: agreement quiet) | With agreement shown fully (the marking before) |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
