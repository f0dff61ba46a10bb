/// <reference types="chrome" />
// The reading companion in Chromium, on the built extension: the side panel (opened from the popup's summary,
// following tab switches and navigations, scrolling the page to a claim); differences first on the page; every
// outlet's side of a figure and figures over time (own stories of the invented ferry reports, a day apart).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { waitForMarks } from './page-probes.ts';
import { ownStoryRoutes } from './own-story-pages.ts';
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

describe('the side panel', () => {
  let seattle: Page;
  let mashable: Page;
  let panel: Page;

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

/** Starts an own story of the given own-story pages, through the background's messages (as the popup does). */
async function storyOf(names: readonly string[]): Promise<string> {
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/options.html`);
  let storyId = '';
  for (const name of names) {
    const page = await browser.open(server.url(`own-story/${name}`));
    const tabId = await browser.tabIdOf(page);
    storyId = await control.evaluate(async ([tab, id]) => {
      const read = await chrome.runtime.sendMessage({ type: 'read-article', tabId: tab });
      const outcome = id
        ? await chrome.runtime.sendMessage({ type: 'add-source', storyId: id, article: read.article })
        : await chrome.runtime.sendMessage({ type: 'create-story', title: 'Ferry contract', summary: '', article: read.article });
      return outcome.story.id as string;
    }, [tabId, storyId] as const);
    await page.close();
  }
  await control.close();
  return storyId;
}

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
