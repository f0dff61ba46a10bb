/// <reference types="chrome" />
// Stories of the reader's own, end to end in Chromium with the built extension: start a story from page A in the
// popup, add page B, open page C about the same event → marks and popup show A's and B's versions; export the story
// from the Stories page, delete it, import the pack → the same result; a malformed pack → its message, nothing stored;
// one page never starts two stories, a pack of the same sources (same or other id) is already there; exports follow
// the title.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabRecord } from '../../shared/tab-record.ts';
import { zipPack } from '../../lib/stories/pack.ts';
import type { StoryListing } from '../../shared/stories.ts';
import { launchWithExtension, pageReader, type ExtensionBrowser } from './chromium.ts';
import { eventually, MUTATION_PROBE, probe, settledState, waitForMarks } from './page-probes.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';
import { OWN_STORY_DIR, ownStoryRoutes, OWN_STORY_TITLE } from './own-story-pages.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
let scratch: string;

beforeAll(async () => {
  server = await startFixtureServer(ownStoryRoutes());
  browser = await launchWithExtension();
  await browser.context.addInitScript(MUTATION_PROBE);
  scratch = mkdtempSync(join(tmpdir(), 'triangulate-packs-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** The popup for a tab, opened as a page. */
async function popupFor(page: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(extensionPage(`popup.html?tabId=${tabId}`));
  return popup;
}

async function recordOf(page: Page): Promise<TabRecord | undefined> {
  const tabId = await browser.tabIdOf(page);
  return browser.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabRecord | undefined, tabId);
}

/** The stories as the background lists them, asked from an extension page. */
async function listStories(): Promise<StoryListing[]> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage('options.html'));
  const stories = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'list-stories' }) as Promise<StoryListing[]>);
  await page.close();
  return stories;
}

/** Opens page C and waits for its marks and its record: the cross-reference against the reader's story. */
async function openPageC(): Promise<{ page: Page; record: TabRecord }> {
  const page = await browser.open(server.url('own-story/page-c'));
  await waitForMarks(page);
  const record = await eventually(async () => {
    const r = await recordOf(page);
    return r?.unanchored ? r : null;
  });
  return { page, record };
}

let storyId = '';
let outletsAB: string[] = [];

describe('a story of the reader\'s own', () => {
  it('is started from page A in the popup, which says what will be stored, and stores nothing before Save', async () => {
    const a = await browser.open(server.url('own-story/page-a'));
    const popup = await popupFor(a);
    await popup.getByTestId('start-story').click();
    const title = popup.getByTestId('story-title');
    await title.waitFor();
    expect(await title.inputValue()).not.toBe('');
    expect(await popup.locator('body').textContent()).toMatch(/Stored in this browser only: the article's text \([\d,]+ words\)/);
    expect((await listStories()).filter((s) => s.own)).toEqual([]);
    await title.fill(OWN_STORY_TITLE);
    await popup.getByTestId('save-story').click();
    await expect.poll(() => popup.getByTestId('story-status').textContent()).toContain(OWN_STORY_TITLE);
    const own = (await listStories()).filter((s) => s.own);
    expect(own.map((s) => [s.title, s.sources.length])).toEqual([[OWN_STORY_TITLE, 1]]);
    storyId = own[0]!.id;
    await popup.close();
  });

  it('grows by page B, added from its popup', async () => {
    const b = await browser.open(server.url('own-story/page-b'));
    const popup = await popupFor(b);
    // One story of the reader's own: the button names it (a choice of story appears only when there are several).
    await expect.poll(() => popup.getByTestId('add-to-story').textContent()).toBe(`Add this article to “${OWN_STORY_TITLE}”`);
    await popup.getByTestId('add-to-story').click();
    await popup.getByTestId('save-story').click();
    await expect.poll(() => popup.getByTestId('story-status').textContent()).toContain('2 sources');
    const story = (await listStories()).find((s) => s.id === storyId)!;
    outletsAB = story.sources.map((s) => s.outlet);
    expect(outletsAB).toHaveLength(2);
    await popup.close();
  });

  it('cross-references page C against A and B at once: marks on the page, their versions in the popup', async () => {
    const { page, record } = await openPageC();
    expect(record.result.story?.title).toBe(OWN_STORY_TITLE);
    expect(record.result.sources.map((s) => s.outlet)).toEqual(outletsAB);
    expect(record.result.counts.agree).toBeGreaterThan(0);
    expect(record.result.claims.some((c) => c.status === 'conflict')).toBe(true);
    const popup = await popupFor(page);
    await popup.waitForSelector('.tri-entry');
    expect(await popup.locator('.tri-header__title').textContent()).toBe(OWN_STORY_TITLE);
    const text = await popup.locator('body').textContent();
    for (const outlet of outletsAB) expect(text).toContain(outlet);
    await popup.close();
    await page.close();
  });

  it('leaves a page about something else untouched', async () => {
    const page = await browser.open(server.url('own-story/unrelated'));
    expect(await settledState(pageReader(browser, page, server.origin))).not.toBe('ready');
    expect(await page.locator('triangulate-mark').count()).toBe(0);
    expect((await probe(page)).mutations).toBe(0);
    await page.close();
  });

  it('is exported as a pack, deleted (an open page marked against it loses its marks), and imported back with the same result (an open page about it is marked)', async () => {
    const { page: marked } = await openPageC();
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByTestId(`story-${storyId}`).waitFor();
    const downloading = options.waitForEvent('download');
    await options.getByTestId(`export-${storyId}`).click();
    const zip = join(scratch, `${storyId}.zip`);
    await (await downloading).saveAs(zip);
    await options.getByTestId(`delete-${storyId}`).click();
    await expect.poll(async () => (await listStories()).some((s) => s.id === storyId)).toBe(false);
    await expect.poll(() => marked.locator('triangulate-mark').count()).toBe(0);
    expect(await recordOf(marked)).toBeUndefined();
    await marked.close();
    const gone = await browser.open(server.url('own-story/page-c'));
    expect(await settledState(pageReader(browser, gone, server.origin))).not.toBe('ready');
    expect(await gone.locator('triangulate-mark').count()).toBe(0);
    await options.getByTestId('import-file').setInputFiles(zip);
    await expect.poll(async () => (await listStories()).find((s) => s.id === storyId)?.sources.length).toBe(2);
    // The page left unmarked while the story was gone is marked once it is back, without a reload.
    await waitForMarks(gone);
    await gone.close();
    const { record } = await openPageC();
    expect(record.result.story?.title).toBe(OWN_STORY_TITLE);
    expect(record.result.sources.map((s) => s.outlet)).toEqual(outletsAB);
    await options.close();
  });

  it('refuses a malformed pack with a message naming the file and field, and stores nothing', async () => {
    const before = await listStories();
    const folder = join(OWN_STORY_DIR, 'pack-malformed');
    const files = Object.fromEntries(readdirSync(folder).map((name) => [`bad-pack/${name}`, readFileSync(join(folder, name), 'utf8')]));
    const zip = join(scratch, 'bad-pack.zip');
    writeFileSync(zip, zipPack(files));
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByTestId('import-file').setInputFiles(zip);
    await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(/sources\.json: sources\[1\]\.date/);
    expect(await listStories()).toEqual(before);
    await options.close();
  });

  it('starts no second story from one page: two popups started it at once, the second says where it is and opens it', async () => {
    const page = await browser.open(server.url('own-story/unrelated'));
    const [first, second] = [await popupFor(page), await popupFor(page)];
    for (const popup of [first, second]) {
      await popup.getByTestId('start-story').click();
      await popup.getByTestId('story-title').waitFor();
    }
    await first.getByTestId('save-story').click();
    await expect.poll(() => first.getByTestId('story-status').textContent()).toMatch(/^Started “.+”: 1 source\. Next, open another outlet’s report/);
    const started = (await listStories()).filter((s) => s.own && s.id !== storyId);
    expect(started).toHaveLength(1);
    // The page, looked at again, is the story's only source: the popup says what a second report will add.
    await expect.poll(() => first.getByTestId('one-source').textContent(), { timeout: 10_000 }).toContain(`This page is the only source of “${started[0]!.title}” so far.`);
    expect(await first.locator('.tri-differs').count()).toBe(0);
    await second.getByTestId('save-story').click();
    await expect.poll(() => second.getByTestId('story-refused').textContent()).toBe(`This article is already a source of “${started[0]!.title}”. Open “${started[0]!.title}”`);
    expect((await listStories()).filter((s) => s.own)).toHaveLength(2);
    // "Open" shows the story on the Stories page, focused.
    const opening = browser.context.waitForEvent('page');
    await second.getByTestId('open-story').click();
    const options = await opening;
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`story-${started[0]!.id}`);
    // A popup opened afresh on the page offers no "Start" at all.
    const third = await popupFor(page);
    await expect.poll(() => third.getByTestId('story-holding').textContent()).toBe(`This page is already a source of “${started[0]!.title}”. Open “${started[0]!.title}”`);
    expect(await third.getByTestId('start-story').count()).toBe(0);
    await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-story', storyId: id }), started[0]!.id);
    for (const p of [first, second, third, options, page]) await p.close();
  });

  it('says a pack of the same sources under another id, or the same pack again, is already there, and stores nothing', async () => {
    const before = await listStories();
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByTestId(`story-${storyId}`).waitFor();
    const files = await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'export-story', storyId: id }), storyId) as { files: Record<string, string> };
    // As the Stories page exports it, imported again.
    const same = join(scratch, 'same.zip');
    writeFileSync(same, zipPack(files.files));
    // Re-zipped by hand: sources.json at the zip's root, under another story.id.
    const rezipped = Object.fromEntries(Object.entries(files.files).map(([path, text]) => [path.replace(`${storyId}/`, ''), path.endsWith('sources.json') ? text.replace(`"id": "${storyId}"`, '"id": "a-copy"') : text]));
    const copy = join(scratch, 'copy.zip');
    writeFileSync(copy, zipPack(rezipped));
    for (const zip of [same, copy]) {
      await options.getByTestId('import-file').setInputFiles(zip);
      await expect.poll(() => options.getByTestId('already-there').textContent()).toBe(`Nothing new: all 2 sources of the pack are already in “${OWN_STORY_TITLE}”. Show it OK`);
      expect(await options.getByTestId('merge-confirm').count()).toBe(0);
      expect(await listStories()).toEqual(before);
      await options.getByTestId('already-there').getByText('OK').click();
    }
    await options.getByTestId('import-file').setInputFiles(copy);
    await options.getByTestId('already-there').getByText('Show it').click();
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`story-${storyId}`);
    await options.close();
  });

  it('exports under the title as it is after a rename, and says so', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    const item = options.getByTestId(`story-${storyId}`);
    await item.getByRole('button', { name: /^Rename/ }).click();
    await item.getByLabel('Title').fill('Halden ferry deal');
    await item.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    const downloading = options.waitForEvent('download');
    await options.getByTestId(`export-${storyId}`).click();
    expect((await downloading).suggestedFilename()).toBe('halden-ferry-deal.zip');
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Exported “Halden ferry deal” (2 sources) as halden-ferry-deal.zip.');
    await options.evaluate(([id, title]) => chrome.runtime.sendMessage({ type: 'rename-story', storyId: id, title, summary: '' }), [storyId, OWN_STORY_TITLE]);
    await options.close();
  });

  it('made no request to anywhere but the test server and the extension itself', () => {
    const outside = browser.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${browser.extensionId}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});
