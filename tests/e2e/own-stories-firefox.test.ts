// Stories of the reader's own, end to end in Debian's Firefox ESR with the built MV2 extension (puppeteer-core over
// WebDriver BiDi): start a story from page A in the popup, add page B, open page C about the same event → marks and
// A's and B's versions; export, delete, import → the same result; a malformed pack → its message, nothing stored;
// one page never starts two stories; a pack of the same sources is already there.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabRecord } from '../../shared/tab-record.ts';
import { zipPack } from '../../lib/stories/pack.ts';
import type { PackFiles, StoryListing } from '../../shared/stories.ts';
import { byText, FIREFOX_OWN_HOSTS, launchFirefox, pageReader, waitForMarksIn, type FirefoxExtension } from './firefox.ts';
import { OWN_STORY_DIR, ownStoryRoutes, OWN_STORY_TITLE } from './own-story-pages.ts';
import { eventually, settledState } from './page-probes.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

let server: FixtureServer;
let firefox: FirefoxExtension;
let scratch: string;

beforeAll(async () => {
  server = await startFixtureServer(ownStoryRoutes());
  firefox = await launchFirefox();
  scratch = mkdtempSync(join(tmpdir(), 'triangulate-packs-'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const listStories = () => firefox.ext((b) => b.runtime.sendMessage({ type: 'list-stories' }) as Promise<StoryListing[]>);

/** Waits for an element's text to satisfy a test. */
async function textOf(page: Page, selector: string, wanted: (text: string) => boolean): Promise<string> {
  return eventually(async () => {
    const text = await page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
    return wanted(text) ? text : null;
  });
}

async function openPageC(): Promise<{ page: Page; record: TabRecord }> {
  const { page, tabId } = await firefox.open(server.url('own-story/page-c'));
  await waitForMarksIn(page);
  const record = await eventually(async () => {
    const r = await firefox.recordOf(tabId);
    return r?.unanchored ? r : null;
  });
  return { page, record };
}

let storyId = '';
let outletsAB: string[] = [];

describe('a story of the reader\'s own, in Firefox', () => {
  it('is started from page A in the popup and grows by page B', async () => {
    const a = await firefox.open(server.url('own-story/page-a'));
    const popupA = await firefox.openExtensionPage(`popup.html?tabId=${a.tabId}`, '[data-testid="start-story"]');
    await popupA.click('[data-testid="start-story"]');
    await popupA.waitForSelector('[data-testid="story-title"]');
    await popupA.$eval('[data-testid="story-title"]', (el) => ((el as HTMLInputElement).value = ''));
    await popupA.type('[data-testid="story-title"]', OWN_STORY_TITLE);
    await popupA.click('[data-testid="save-story"]');
    await textOf(popupA, '[data-testid="story-status"]', (t) => t.includes(OWN_STORY_TITLE));
    storyId = (await listStories()).find((s) => s.own)!.id;
    await popupA.close();

    const b = await firefox.open(server.url('own-story/page-b'));
    const popupB = await firefox.openExtensionPage(`popup.html?tabId=${b.tabId}`, '[data-testid="add-to-story"]');
    // One story of the reader's own: the button names it (a choice of story appears only when there are several).
    await textOf(popupB, '[data-testid="add-to-story"]', (t) => t === `Add this article to “${OWN_STORY_TITLE}”`);
    await popupB.click('[data-testid="add-to-story"]');
    await popupB.waitForSelector('[data-testid="save-story"]');
    await popupB.click('[data-testid="save-story"]');
    await textOf(popupB, '[data-testid="story-status"]', (t) => t.includes('2 sources'));
    outletsAB = (await listStories()).find((s) => s.id === storyId)!.sources.map((s) => s.outlet);
    expect(outletsAB).toHaveLength(2);
    await popupB.close();
  });

  it('cross-references page C against A and B', async () => {
    const { page, record } = await openPageC();
    expect(record.result.story?.title).toBe(OWN_STORY_TITLE);
    expect(record.result.sources.map((s) => s.outlet)).toEqual(outletsAB);
    expect(record.result.claims.some((c) => c.status === 'conflict')).toBe(true);
    await page.close();
  });

  it('is exported, deleted and imported back with the same result', async () => {
    const pack = await firefox.ext((b, id) => b.runtime.sendMessage({ type: 'export-story', storyId: id }) as Promise<{ ok: true; files: PackFiles }>, storyId);
    const zip = join(scratch, `${storyId}.zip`);
    writeFileSync(zip, zipPack(pack.files));
    const options = await firefox.openExtensionPage('options.html', `[data-testid="story-${storyId}"]`);
    await options.click(`[data-testid="delete-${storyId}"]`);
    await eventually(async () => ((await listStories()).some((s) => s.id === storyId) ? null : true));
    const gone = await firefox.open(server.url('own-story/page-c'));
    expect(await settledState(pageReader(firefox, gone.tabId, server.origin))).not.toBe('ready');
    expect(await gone.page.$$eval('triangulate-mark', (marks) => marks.length)).toBe(0);
    await gone.page.close();
    const input = (await options.$('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(zip);
    await eventually(async () => ((await listStories()).find((s) => s.id === storyId)?.sources.length === 2 ? true : null));
    const { page, record } = await openPageC();
    expect(record.result.story?.title).toBe(OWN_STORY_TITLE);
    expect(record.result.sources.map((s) => s.outlet)).toEqual(outletsAB);
    await page.close();
    await options.close();
  });

  it('refuses a malformed pack with a message naming the file and field, and stores nothing', async () => {
    const before = await listStories();
    const folder = join(OWN_STORY_DIR, 'pack-malformed');
    const files = Object.fromEntries(readdirSync(folder).map((name) => [`bad-pack/${name}`, readFileSync(join(folder, name), 'utf8')]));
    const zip = join(scratch, 'bad-pack.zip');
    writeFileSync(zip, zipPack(files));
    const options = await firefox.openExtensionPage('options.html', '[data-testid="import-file"]');
    const input = (await options.$('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(zip);
    await textOf(options, '[data-testid="import-error"]', (t) => /sources\.json: sources\[1\]\.date/.test(t));
    expect(await listStories()).toEqual(before);
    await options.close();
  });

  it('starts no second story from one page: the second popup says where it is; a fresh popup offers no Start', async () => {
    const { page, tabId } = await firefox.open(server.url('own-story/unrelated'));
    const popups = [];
    for (let i = 0; i < 2; i++) {
      const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="start-story"]');
      await popup.click('[data-testid="start-story"]');
      await popup.waitForSelector('[data-testid="save-story"]');
      popups.push(popup);
    }
    const [first, second] = popups as [Page, Page];
    await first.click('[data-testid="save-story"]');
    await textOf(first, '[data-testid="story-status"]', (t) => t.includes('1 source. Next, open another outlet’s report'));
    const started = (await listStories()).filter((s) => s.own && s.id !== storyId);
    expect(started).toHaveLength(1);
    await textOf(first, '[data-testid="one-source"]', (t) => t.includes(`This page is the only source of “${started[0]!.title}” so far.`));
    await second.click('[data-testid="save-story"]');
    await textOf(second, '[data-testid="story-refused"]', (t) => t === `This article is already a source of “${started[0]!.title}”. Open “${started[0]!.title}”`);
    expect((await listStories()).filter((s) => s.own)).toHaveLength(2);
    const third = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="story-holding"]');
    expect(await third.$('[data-testid="start-story"]')).toBeNull();
    await firefox.ext((b, id) => b.runtime.sendMessage({ type: 'delete-story', storyId: id }), started[0]!.id);
    for (const p of [first, second, third, page]) await p.close();
  });

  it('says a pack of the same sources (the same pack, or re-zipped under another id) is already there, and stores nothing', async () => {
    const before = await listStories();
    const pack = await firefox.ext((b, id) => b.runtime.sendMessage({ type: 'export-story', storyId: id }) as Promise<{ ok: true; files: PackFiles }>, storyId);
    const same = join(scratch, 'same.zip');
    writeFileSync(same, zipPack(pack.files));
    const rezipped = Object.fromEntries(Object.entries(pack.files).map(([path, text]) => [path.replace(`${storyId}/`, ''), path.endsWith('sources.json') ? text.replace(`"id": "${storyId}"`, '"id": "a-copy"') : text]));
    const copy = join(scratch, 'copy.zip');
    writeFileSync(copy, zipPack(rezipped));
    const options = await firefox.openExtensionPage('options.html', '[data-testid="import-file"]');
    for (const zip of [same, copy]) {
      const input = (await options.$('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement> | null;
      await input!.uploadFile(zip);
      await textOf(options, '[data-testid="already-there"]', (t) => t === `Nothing new: all 2 sources of the pack are already in “${OWN_STORY_TITLE}”. Show it OK`);
      expect(await options.$('[data-testid="merge-confirm"]')).toBeNull();
      expect(await listStories()).toEqual(before);
      await (await byText(options, '[data-testid="already-there"] button', 'OK')).click();
    }
    await options.close();
  });

  it('made no request outside the test server, in the pages or through the proxy', () => {
    const outside = firefox.requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('moz-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(firefox.outside.filter((url) => !FIREFOX_OWN_HOSTS.includes(new URL(url).hostname))).toEqual([]);
  });
});
