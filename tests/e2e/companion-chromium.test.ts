/// <reference types="chrome" />
// The reading companion in Chromium, on the built extension: the side panel (opened from the popup's summary,
// following tab switches and navigations, scrolling the page to a claim); differences first on the page; every
// outlet's side of a figure and figures over time (own stories of the invented ferry reports, a day apart).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { waitForMarks } from './page-probes.ts';
import { ownStoryRoutes, startOwnStory } from './own-story-pages.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';
import { freePort, sidePanelOpen, sidePanelPage } from './side-panel.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
let port: number;
let connection: Browser | undefined;

beforeAll(async () => {
  server = await startFixtureServer(ownStoryRoutes());
  port = await freePort();
  browser = await launchWithExtension(undefined, [`--remote-debugging-port=${port}`]);
});

afterAll(async () => {
  await connection?.close();
  await browser?.close();
  await server?.close();
});

const headerOf = (panel: Page) => panel.locator('.tri-header__line').textContent().catch(() => '');

/** The side panel, once opened (the first test); later tests find it following the active tab. */
let panel: Page;

describe('the side panel', () => {
  let seattle: Page;
  let mashable: Page;

  it('opens from the popup\'s summary, which shows what differs and no claim list', async () => {
    seattle = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(seattle);
    mashable = await browser.open(server.url('mashable-article'));
    await waitForMarks(mashable);
    const tabId = await browser.tabIdOf(seattle);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&view=summary`);
    await popup.getByTestId('open-panel').waitFor();
    expect(await popup.locator('.tri-differ').count()).toBeGreaterThan(0);
    expect(await popup.locator('.tri-entry').count()).toBe(0);
    expect(await sidePanelOpen(browser)).toBe(false);
    await popup.getByTestId('open-panel').click();
    await expect.poll(() => sidePanelOpen(browser)).toBe(true);
    ({ panel, connection } = await sidePanelPage(port));
    await popup.close().catch(() => undefined);
  });

  it('follows the reader from tab to tab', async () => {
    await seattle.bringToFront();
    await expect.poll(() => headerOf(panel)).toContain("The Seattle Times's report");
    expect(await panel.locator('.tri-entry').count()).toBeGreaterThan(3);
    await mashable.bringToFront();
    await expect.poll(() => headerOf(panel)).toContain("Mashable's report");
    await seattle.bringToFront();
    await expect.poll(() => headerOf(panel)).toContain("The Seattle Times's report");
  });

  it('scrolls the page to a claim clicked in the panel and flashes its mark', async () => {
    expect(await seattle.evaluate(() => scrollY)).toBe(0);
    const entry = panel.locator('.tri-entry--conflict').last();
    const claim = (await entry.getAttribute('id'))!.replace('claim-', '');
    await entry.locator('.tri-entry__text').click();
    await expect.poll(() => seattle.evaluate(() => scrollY)).toBeGreaterThan(200);
    expect(await seattle.locator(`triangulate-mark[data-claim="${claim}"][data-flash]`).count()).toBeGreaterThan(0);
    expect(await entry.getAttribute('class')).toContain('tri-entry--selected');
    // A line of "What differs" does the same.
    await seattle.evaluate(() => scrollTo(0, 0));
    await panel.locator('.tri-differ__link').last().click();
    await expect.poll(() => seattle.evaluate(() => scrollY)).toBeGreaterThan(200);
  });

  it('marks differences strongly and agreement quietly; its switch shows agreement fully', async () => {
    const styleOf = (relation: string) =>
      seattle.locator(`triangulate-mark[data-relation="${relation}"]`).first().evaluate((m) => {
        const style = getComputedStyle(m);
        return { background: style.backgroundColor + style.backgroundImage, line: style.textDecorationLine, wavy: style.textDecorationStyle, quiet: m.hasAttribute('data-quiet') };
      });
    expect(await styleOf('conflict')).toMatchObject({ line: 'underline', wavy: 'wavy', quiet: false });
    expect(await styleOf('quote-variant')).toMatchObject({ line: 'underline', wavy: 'dashed', quiet: false });
    const quiet = await styleOf('agree');
    expect(quiet).toMatchObject({ line: 'none', quiet: true });
    expect(quiet.background).toBe('rgba(22, 150, 95, 0.1)none');
    await panel.getByTestId('show-agreement').check();
    await expect.poll(() => seattle.locator('triangulate-mark[data-quiet]').count()).toBe(0);
    expect((await styleOf('agree')).background).toContain('linear-gradient');
    expect(await seattle.locator('triangulate-mark[data-relation="agree"]').count()).toBeGreaterThan(0);
    await panel.getByTestId('show-agreement').uncheck();
    await expect.poll(() => seattle.locator('triangulate-mark[data-relation="agree"][data-quiet]').count()).toBeGreaterThan(0);
  });

  it('follows a navigation in the tab', async () => {
    await seattle.goto(server.url('motherboard-article'));
    await expect.poll(() => headerOf(panel), { timeout: 15_000 }).toContain("Motherboard's report");
    await seattle.goto(server.url('non-article-page'));
    await expect.poll(() => panel.locator('.tri-state__title').textContent().catch(() => ''), { timeout: 15_000 }).toBe('No known story on this page');
    expect(await panel.locator('.tri-header__line').count()).toBe(0);
  });
});

/** Starts an own story of the given own-story pages. */
const storyOf = (names: readonly string[]) => startOwnStory(browser, names.map((name) => server.url(`own-story/${name}`)), 'Ferry contract');

/** The full view of a tab's page once its differences are listed. */
async function viewOf(page: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(page);
  const view = await browser.context.newPage();
  await view.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await view.locator('.tri-differ').first().waitFor();
  return view;
}

describe('figures over time, and every outlet\'s side', () => {
  it('calls the figure of a report dated a day after this page an update, on the card and in what differs', async () => {
    const storyId = await storyOf(['page-b', 'page-c']);
    const page = await browser.open(server.url('own-story/page-a'));
    await waitForMarks(page);
    const view = await viewOf(page);
    expect(await view.locator('.tri-differ--update').textContent()).toBe('↻Updated later: 412 signatures here, 300 workers in Harbour Gazette, a day later (an update: reported later)');
    await page.bringToFront();
    const mark = page.locator('triangulate-mark[data-relation="conflict"]').first();
    await mark.hover();
    const card = page.locator('triangulate-card .tri-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.tri-side').allTextContents()).toEqual(['412 signatures: this page', '300 workers: Harbour Gazette, a day later · an update, reported later']);
    await view.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-story', storyId: id }), storyId);
    await view.close();
    await page.close();
  });

  it('says this page\'s figure is the newer when the differing report came out the day before', async () => {
    const storyId = await storyOf(['page-a', 'page-b']);
    const page = await browser.open(server.url('own-story/page-c'));
    await waitForMarks(page);
    const view = await viewOf(page);
    const lines = await view.locator('.tri-differ').allTextContents();
    expect(lines).toContain("≠Conflicts: 300 workers here, 412 signatures in The Halden Ledger, a day earlier (reported earlier: this page's is the newer)");
    // The entry lists both sides, this page's first.
    expect(await view.locator('.tri-entry--conflict .tri-side').first().textContent()).toBe('300 workers: this page');
    await view.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-story', storyId: id }), storyId);
    await view.close();
    await page.close();
  });
});

describe('conventions of a well-kept extension', () => {
  it('opened its welcome page on install: what it does, the demo reports, the keys, the privacy promise', () => {
    expect(browser.welcome).toContain('Welcome to Triangulate');
    expect(browser.welcome).toContain('The Seattle Times: Microsoft employees call on company to cancel contract with ICE');
    expect(browser.welcome).toContain('Start a story from this page');
    expect(browser.welcome).toContain('Triangulate makes no network request at all');
    expect(browser.welcome).toMatch(/Alt\+Shift\+Y\s+Open the side panel/);
    expect(browser.welcome).toMatch(/Alt\+Shift\+Period\s+Go to the next difference on the page/);
  });

  it('declares its keyboard commands, with their keys, in the reader\'s language', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(Object.fromEntries(commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, [c.shortcut, c.description]]))).toEqual({
      'open-panel': ['Alt+Shift+Y', 'Open the side panel'],
      'next-difference': ['Alt+Shift+Period', 'Go to the next difference on the page'],
      'previous-difference': ['Alt+Shift+Comma', 'Go to the previous difference on the page'],
    });
  });

  it('goes to the next and previous difference on the page by command, wrapping around', async () => {
    const page = await browser.open(server.url('seattletimes-article'));
    await waitForMarks(page);
    await page.bringToFront();
    const command = (name: string) => browser.worker.evaluate((n) => (globalThis as unknown as { triangulate: { command(c: string): void } }).triangulate.command(n), name);
    const focused = () => page.evaluate(() => (document.activeElement?.tagName === 'TRIANGULATE-MARK' ? document.activeElement.getAttribute('data-claim') : null));
    const order = await page.evaluate(() => {
      const seen: string[] = [];
      for (const m of document.querySelectorAll('triangulate-mark[data-relation="conflict"], triangulate-mark[data-relation="quote-variant"]')) {
        const claim = m.getAttribute('data-claim')!;
        if (!seen.includes(claim)) seen.push(claim);
      }
      return seen;
    });
    expect(order.length).toBeGreaterThan(2);
    for (const expected of [order[0], order[1], order[2]]) {
      await command('next-difference');
      await expect.poll(focused).toBe(expected);
    }
    await command('previous-difference');
    await expect.poll(focused).toBe(order[1]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // Past the last difference, the first again.
    for (let i = 2; i < order.length; i++) await command('next-difference');
    await expect.poll(focused).toBe(order.at(-1));
    await command('next-difference');
    await expect.poll(focused).toBe(order[0]);
    await page.close();
  });

  it('offers "Start a story from this page" in the context menu, then "Add to …" the story; a click opens the story form', async () => {
    const menu = () => browser.worker.evaluate(() => (globalThis as unknown as { triangulate: { menu(): Array<{ title: string }> } }).triangulate.menu().map((i) => i.title));
    await expect.poll(menu).toEqual(['Start a story from this page']);
    const page = await browser.open(server.url('own-story/page-b'));
    const tabId = await browser.tabIdOf(page);
    const click = (menuItemId: string, tab: number) =>
      browser.worker.evaluate(([id, t]) => (globalThis as unknown as { triangulate: { clickMenu(info: object, tab: object): void } }).triangulate.clickMenu({ menuItemId: id }, { id: t }), [menuItemId, tab] as const);
    await click('triangulate-start-story', tabId);
    // The form the menu asked for, in the side panel beside the page (open since the first test: here the click
    // cannot open it, a browser opens a panel only in answer to a real click): it says what will be stored.
    await panel.getByTestId('story-title').waitFor();
    expect(await panel.getByTestId('story-stored').textContent()).toContain('Stored in this browser only');
    await panel.getByTestId('story-title').fill('Ferry contract');
    await panel.getByTestId('save-story').click();
    await expect.poll(() => panel.getByTestId('story-status').textContent()).toContain('Started “Ferry contract”');
    await expect.poll(menu).toEqual(['Start a story from this page', 'Add to “Ferry contract”']);
    // "Add to “Ferry contract”" on another report: the panel, following the reader to it, shows the form that adds it.
    const other = await browser.open(server.url('own-story/page-c'));
    const otherTab = await browser.tabIdOf(other);
    const storyId = await panel.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'list-stories' })) as Array<{ id: string; own: boolean }>).find((s) => s.own)!.id);
    await click(`triangulate-add-to:${storyId}`, otherTab);
    await expect.poll(() => panel.getByTestId('story-form').textContent().catch(() => '')).toContain('to “Ferry contract”?');
    await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'delete-story', storyId: id }), storyId);
    await expect.poll(menu).toEqual(['Start a story from this page']);
    for (const p of [page, other]) await p.close();
  });
});
