// The reading companion in Debian's Firefox ESR, on the built MV2 extension: the sidebar opened from the popup's
// summary; the panel's page following tab switches and scrolling the page to a claim. (WebDriver BiDi reaches
// tabs, not Firefox's sidebar itself: the panel's page is checked in a tab of the same window, where it behaves as
// in the sidebar.) Figures over time: an own story of the invented ferry reports, a day apart.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, waitForMarksIn, type FirefoxExtension } from './firefox.ts';
import { eventually } from './page-probes.ts';
import { ownStoryRoutes } from './own-story-pages.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

let server: FixtureServer;
let firefox: FirefoxExtension;

beforeAll(async () => {
  server = await startFixtureServer(ownStoryRoutes());
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Waits for an element's text to satisfy a test. */
function textOf(page: Page, selector: string, wanted: (text: string) => boolean): Promise<string> {
  return eventually(async () => {
    const text = await page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
    return wanted(text) ? text : null;
  });
}

describe('the side panel in Firefox', () => {
  let seattle: { page: Page; tabId: number };
  let mashable: { page: Page; tabId: number };

  it('opens as the sidebar from the popup\'s summary', async () => {
    seattle = await firefox.open(server.url('seattletimes-article'));
    await waitForMarksIn(seattle.page);
    mashable = await firefox.open(server.url('mashable-article'));
    await waitForMarksIn(mashable.page);
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${seattle.tabId}&view=summary`, '[data-testid="open-panel"]');
    expect(await popup.$$('.tri-entry')).toHaveLength(0);
    expect(await firefox.ext((b) => (b as unknown as { sidebarAction: { isOpen(d: object): Promise<boolean> } }).sidebarAction.isOpen({}))).toBe(false);
    await popup.click('[data-testid="open-panel"]');
    await eventually(() => firefox.ext((b) => (b as unknown as { sidebarAction: { isOpen(d: object): Promise<boolean> } }).sidebarAction.isOpen({})).then((open) => open || null));
    await popup.close();
  });

  it('follows the reader from tab to tab, and scrolls the page to a claim clicked in it', async () => {
    const panel = await firefox.openExtensionPage('sidepanel.html', '.tri-state, .tri-popup');
    await seattle.page.bringToFront();
    await textOf(panel, '.tri-header__line', (t) => t.includes("The Seattle Times's report"));
    await mashable.page.bringToFront();
    await textOf(panel, '.tri-header__line', (t) => t.includes("Mashable's report"));
    expect(await mashable.page.evaluate(() => scrollY)).toBe(0);
    const entry = (await panel.$$('.tri-entry--conflict')).at(-1)!;
    const claim = (await entry.evaluate((e) => e.id)).replace('claim-', '');
    const flashed = mashable.page.waitForSelector(`triangulate-mark[data-claim="${claim}"][data-flash]`, { timeout: 5_000 });
    await entry.$eval('.tri-entry__text', (b) => (b as HTMLButtonElement).click());
    expect(await flashed).not.toBeNull();
    await eventually(() => mashable.page.evaluate(() => (scrollY > 200 ? true : null)));
    await panel.close();
  });

  it('marks differences strongly and agreement quietly; the switch shows agreement fully', async () => {
    const page = mashable.page;
    const agree = () => page.$eval('triangulate-mark[data-relation="agree"]', (m) => ({ background: getComputedStyle(m).backgroundColor + getComputedStyle(m).backgroundImage, quiet: m.hasAttribute('data-quiet') }));
    expect(await page.$eval('triangulate-mark[data-relation="conflict"]', (m) => getComputedStyle(m).textDecorationStyle)).toBe('wavy');
    expect(await agree()).toEqual({ background: 'rgba(22, 150, 95, 0.1)none', quiet: true });
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${mashable.tabId}`, '[data-testid="show-agreement"]');
    await popup.click('[data-testid="show-agreement"]');
    await eventually(async () => ((await agree()).quiet ? null : true));
    expect((await agree()).background).toContain('linear-gradient');
    await popup.click('[data-testid="show-agreement"]');
    await eventually(async () => ((await agree()).quiet ? true : null));
    await popup.close();
  });
});

describe('figures over time, in Firefox', () => {
  it('calls the figure of a report dated a day after this page an update, on the card and in what differs', async () => {
    let storyId = '';
    for (const name of ['page-b', 'page-c']) {
      const { page, tabId } = await firefox.open(server.url(`own-story/${name}`));
      storyId = await firefox.ext(async (b, [tab, id]) => {
        const read = (await b.runtime.sendMessage({ type: 'read-article', tabId: tab })) as { article: unknown };
        const outcome = (id
          ? await b.runtime.sendMessage({ type: 'add-source', storyId: id, article: read.article })
          : await b.runtime.sendMessage({ type: 'create-story', title: 'Ferry contract', summary: '', article: read.article })) as { story: { id: string } };
        return outcome.story.id;
      }, [tabId, storyId] as [number, string]);
      await page.close();
    }
    const { page, tabId } = await firefox.open(server.url('own-story/page-a'));
    await waitForMarksIn(page);
    const view = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '.tri-differ--update');
    expect(await view.$eval('.tri-differ--update', (li) => li.textContent)).toBe('↻Updated later: 412 signatures here, 300 workers in Harbour Gazette, a day later (an update: reported later)');
    await page.bringToFront();
    await page.hover('triangulate-mark[data-relation="conflict"]');
    await page.waitForSelector('triangulate-card >>> .tri-side--update', { visible: true, timeout: 5_000 });
    expect(await page.$$eval('triangulate-card >>> .tri-side', (sides) => sides.map((s) => s.textContent))).toEqual(['412 signatures: this page', '300 workers: Harbour Gazette, a day later · an update, reported later']);
    await firefox.ext((b, id) => b.runtime.sendMessage({ type: 'delete-story', storyId: id }), storyId);
    await view.close();
    await page.close();
  });
});

/** Calls the background's `triangulate` handle (the commands and the context menu, which a script cannot press or open). */
function background<T>(fn: string, args: unknown[]): Promise<T> {
  return firefox.ext(async (b, [name, rest]) => {
    const page = (await b.runtime.getBackgroundPage()) as unknown as { triangulate: Record<string, (...a: unknown[]) => unknown> };
    return page.triangulate[name]!(...rest) as never;
  }, [fn, args] as [string, unknown[]]);
}

describe('conventions of a well-kept extension, in Firefox', () => {
  it('opened its welcome page on install: what it does, the demo reports, the keys, the privacy promise', () => {
    expect(firefox.welcome).toContain('Welcome to Triangulate');
    expect(firefox.welcome).toContain('Mashable: Microsoft employees join the fold');
    expect(firefox.welcome).toContain('Triangulate makes no network request at all');
    expect(firefox.welcome).toMatch(/Alt\+Shift\+Y\s+Open the side panel/);
  });

  it('declares its keyboard commands, the sidebar\'s among them, with keys and descriptions', async () => {
    const commands = await firefox.ext((b) => b.commands.getAll());
    expect(Object.fromEntries(commands.map((c) => [c.name, [c.shortcut, c.description]]))).toEqual({
      _execute_sidebar_action: ['Alt+Shift+Y', 'Open the side panel'],
      'next-difference': ['Alt+Shift+Period', 'Go to the next difference on the page'],
      'previous-difference': ['Alt+Shift+Comma', 'Go to the previous difference on the page'],
    });
  });

  it('goes to the next and previous difference on the page by command', async () => {
    const { page, tabId } = await firefox.open(server.url('seattletimes-article'));
    await waitForMarksIn(page);
    const order = await page.$$eval('triangulate-mark[data-relation="conflict"], triangulate-mark[data-relation="quote-variant"]', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-claim')!))]);
    expect(order.length).toBeGreaterThan(2);
    const focused = () => page.evaluate(() => (document.activeElement?.tagName.toLowerCase() === 'triangulate-mark' ? document.activeElement.getAttribute('data-claim') : null));
    const step = async (command: string, expected: string) => {
      await background('command', [command, { id: tabId }]);
      await eventually(async () => ((await focused()) === expected ? true : null));
    };
    await step('next-difference', order[0]!);
    await step('next-difference', order[1]!);
    await step('previous-difference', order[0]!);
    await step('previous-difference', order.at(-1)!);
    await eventually(() => page.evaluate(() => (scrollY > 0 ? true : null)));
    await page.close();
  });

  it('offers "Start a story from this page" in the context menu, then "Add to …"; a click opens the story form', async () => {
    const menu = () => background<Array<{ title: string }>>('menu', []).then((items) => items.map((i) => i.title));
    await eventually(async () => ((await menu()).join('|') === 'Start a story from this page' ? true : null));
    const { page, tabId } = await firefox.open(server.url('own-story/page-b'));
    // Triangulate's view of the tab, as the sidebar shows it (BiDi reaches it in a tab), open when the menu is used.
    const view = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="start-story"]');
    await background('clickMenu', [{ menuItemId: 'triangulate-start-story' }, { id: tabId }]);
    // The form the menu asked for: it says what will be stored, and stores nothing before Save.
    await view.waitForSelector('[data-testid="story-title"]', { timeout: 10_000 });
    expect(await view.$eval('[data-testid="story-stored"]', (p) => p.textContent)).toContain('Stored in this browser only');
    await view.$eval('[data-testid="story-title"]', (el) => ((el as HTMLInputElement).value = ''));
    await view.type('[data-testid="story-title"]', 'Ferry contract');
    await view.click('[data-testid="save-story"]');
    await textOf(view, '[data-testid="story-status"]', (t) => t.includes('Started “Ferry contract”'));
    await eventually(async () => ((await menu()).join('|') === 'Start a story from this page|Add to “Ferry contract”' ? true : null));
    const storyId = await firefox.ext(async (b) => ((await b.runtime.sendMessage({ type: 'list-stories' })) as Array<{ id: string; own: boolean }>).find((s) => s.own)!.id);
    await firefox.ext((b, id) => b.runtime.sendMessage({ type: 'delete-story', storyId: id }), storyId);
    await eventually(async () => ((await menu()).join('|') === 'Start a story from this page' ? true : null));
    await view.close();
    await page.close();
  });
});
