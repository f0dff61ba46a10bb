// `npm run screenshots`: builds both extensions, then renders the README's pictures in docs/ and the store
// assets in docs/store/ (1280×800 screenshots, a 440×280 tile) from them. Tests never write them: a test run
// leaves the tree clean, and a change of picture is a reviewed commit. The demo pages are served under their
// outlets' host names in Chromium (mapped to the local server), so no random port shows in a picture.
import { mkdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/chromium.ts';
import { launchFirefox } from '../tests/e2e/firefox.ts';
import { ownStoryRoutes, OWN_STORY_TITLE } from '../tests/e2e/own-story-pages.ts';
import { waitForMarks } from '../tests/e2e/page-probes.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';

const DOCS = join(import.meta.dirname, '..', 'docs');
const STORE = join(DOCS, 'store');
/** The stores' screenshot size (Chrome Web Store; addons.mozilla.org takes it too) and promotional tile. */
const SHOT = { width: 1280, height: 800 } as const;
const TILE = { width: 440, height: 280 } as const;
/** Width of the side panel in a composed picture (Chrome's default is about this). */
const PANEL_WIDTH = 400;
const written: string[] = [];
const HOST = 'www.seattletimes.com';
const SLUG = 'seattletimes-article';
/** The own-story fixture pages, each under its invented outlet's host name. */
const OWN_HOSTS = { 'page-a': 'www.haldenledger.com', 'page-b': 'www.coastlinewire.com', 'page-c': 'www.harbourgazette.com' } as const;

/** A picture of the page around the card open on the first quote in other words. */
async function hoverCard(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.open(`http://${HOST}/${SLUG}/`);
  await waitForMarks(page);
  const mark = page.locator('triangulate-mark[data-relation="quote-variant"]').first();
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await mark.hover();
  await page.locator('triangulate-card .tri-card').waitFor({ state: 'visible' });
  await settle(page);
  await page.screenshot({ path: join(DOCS, 'hover-card.png') });
  written.push('docs/hover-card.png');
  await page.setViewportSize(SHOT);
  await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  await mark.hover();
  await page.locator('triangulate-card .tri-card').waitFor({ state: 'visible' });
  await settle(page);
  await page.screenshot({ path: join(STORE, 'screenshot-1-card.png') });
  written.push('docs/store/screenshot-1-card.png');
  await page.close();
}

/**
 * The side panel beside the article: the page at the window's width less the panel's, and Triangulate's full
 * view of its tab (what the panel shows: the same page, popup.html?tabId=…) at the panel's, side by side in one
 * picture. Headless Chromium draws no browser frame, so the panel is drawn here from its own page.
 */
async function sidePanel(browser: ExtensionBrowser, url: string, file: string, prepare?: (page: Page) => Promise<void>, panelReady = '.tri-differs'): Promise<void> {
  const page = await browser.open(url);
  await waitForMarks(page);
  await page.setViewportSize({ width: SHOT.width - PANEL_WIDTH, height: SHOT.height });
  await prepare?.(page);
  const tabId = await browser.tabIdOf(page);
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: PANEL_WIDTH, height: SHOT.height });
  // The panel's page shows the active tab; in a tab of its own it would show itself, so the same view is given
  // the article's tab.
  await view.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await view.evaluate(() => document.body.classList.replace('tri-page', 'tri-panel'));
  await view.waitForSelector(panelReady);
  await settle(view);
  await settle(page);
  await compose(browser, [await page.screenshot(), await view.screenshot()], join(STORE, file));
  written.push(`docs/store/${file}`);
  await view.close();
  await page.close();
}

/** Puts pictures side by side (left to right) in one 1280×800 picture, the panel divided by a line. */
async function compose(browser: ExtensionBrowser, parts: Buffer[], path: string): Promise<void> {
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize(SHOT);
  const images = parts.map((png, i) => `<img src="data:image/png;base64,${png.toString('base64')}" style="display:block;${i > 0 ? 'border-left:1px solid #c8ccd3;box-shadow:-4px 0 12px rgba(0,0,0,.12);' : ''}">`).join('');
  await sheet.setContent(`<body style="margin:0;display:flex;background:#fff;overflow:hidden">${images}</body>`);
  await sheet.screenshot({ path });
  await sheet.close();
}

/** The stores' small promotional tile: the icon, the name and what it does, in the toolbar's blue. */
async function tile(browser: ExtensionBrowser): Promise<void> {
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize(TILE);
  const icon = `chrome-extension://${browser.extensionId}/icon/128.png`;
  await sheet.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await sheet.evaluate(([src]) => {
    document.head.innerHTML = '<meta charset="utf-8">';
    document.body.innerHTML = `<div style="box-sizing:border-box;width:440px;height:280px;padding:28px 30px;background:linear-gradient(135deg,#1f5fbf,#163f80);color:#fff;font:16px/1.4 system-ui,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
      <div style="display:flex;align-items:center;gap:14px"><img src="${src}" width="64" height="64" style="border-radius:14px;background:#fff"><span style="font-size:34px;font-weight:700;letter-spacing:.01em">Triangulate</span></div>
      <div style="font-size:19px;font-weight:600">See where news outlets differ, right on the article.</div>
      <div style="font-size:14px;opacity:.9">Other numbers and quotations marked · every outlet's side · works offline</div></div>`;
    document.body.style.margin = '0';
  }, [icon]);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await sheet.screenshot({ path: join(STORE, 'tile-440x280.png') });
  written.push('docs/store/tile-440x280.png');
  await sheet.close();
}

/** The welcome page a first install opens. */
async function welcome(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize(SHOT);
  await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await page.waitForSelector('[data-testid="welcome-keys"] li');
  await settle(page);
  await page.screenshot({ path: join(DOCS, 'welcome.png') });
  written.push('docs/welcome.png');
  await page.close();
}

/** The popup of that tab as it opens (its first 640 pixels), in the light and the dark theme. */
async function popup(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.open(`http://${HOST}/${SLUG}/`);
  await waitForMarks(page);
  const tabId = await browser.tabIdOf(page);
  const popupPage = await browser.context.newPage();
  await popupPage.setViewportSize({ width: 400, height: 640 });
  await popupPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popupPage.waitForSelector('.tri-differs');
  await settle(popupPage);
  await popupPage.screenshot({ path: join(DOCS, 'popup.png') });
  await popupPage.emulateMedia({ colorScheme: 'dark' });
  await settle(popupPage);
  await popupPage.screenshot({ path: join(DOCS, 'popup-dark.png') });
  // The toolbar popup: the summary and the way to the side panel.
  await popupPage.emulateMedia({ colorScheme: 'light' });
  await popupPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}&view=summary`);
  await popupPage.waitForSelector('[data-testid="open-panel"]');
  await popupPage.setViewportSize({ width: 400, height: Math.ceil(await popupPage.evaluate(() => document.documentElement.scrollHeight)) });
  await settle(popupPage);
  await popupPage.screenshot({ path: join(DOCS, 'popup-summary.png') });
  written.push('docs/popup.png', 'docs/popup-dark.png', 'docs/popup-summary.png');
  await popupPage.close();
  await page.close();
}

/**
 * A story of one's own: the popup's form on page A (what will be stored), then, with page B added, the popup on page
 * C and the Stories page.
 */
async function ownStory(browser: ExtensionBrowser): Promise<void> {
  const popupOn = async (name: keyof typeof OWN_HOSTS) => {
    const page = await browser.open(`http://${OWN_HOSTS[name]}/own-story/${name}/`);
    const popupPage = await browser.context.newPage();
    await popupPage.setViewportSize({ width: 400, height: 640 });
    await popupPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await browser.tabIdOf(page)}`);
    return { page, popupPage };
  };
  const a = await popupOn('page-a');
  await a.popupPage.getByTestId('start-story').click();
  await a.popupPage.getByTestId('story-title').fill(OWN_STORY_TITLE);
  await a.popupPage.locator('.tri-yours').scrollIntoViewIfNeeded();
  await settle(a.popupPage);
  await a.popupPage.screenshot({ path: join(DOCS, 'popup-start-story.png') });
  await a.popupPage.getByTestId('save-story').click();
  await a.popupPage.getByTestId('story-status').waitFor();
  const b = await popupOn('page-b');
  await b.popupPage.getByTestId('add-to-story').click();
  await b.popupPage.getByTestId('save-story').click();
  await b.popupPage.getByTestId('story-status').waitFor();
  const c = await popupOn('page-c');
  await waitForMarks(c.page);
  await c.popupPage.reload();
  await c.popupPage.waitForSelector('.tri-differs');
  await settle(c.popupPage);
  await c.popupPage.screenshot({ path: join(DOCS, 'popup-own-story.png') });
  await sidePanel(browser, `http://${OWN_HOSTS['page-c']}/own-story/page-c/`, 'screenshot-3-own-story.png');
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('.tri-story').first().waitFor();
  await settle(options);
  await options.screenshot({ path: join(DOCS, 'stories-page.png') });
  written.push('docs/popup-start-story.png', 'docs/popup-own-story.png', 'docs/stories-page.png');
  for (const page of [a.page, a.popupPage, b.page, b.popupPage, c.page, c.popupPage, options]) await page.close();
}

/** The same card in Firefox. */
async function firefoxCard(url: string): Promise<void> {
  const firefox = await launchFirefox();
  try {
    const { page } = await firefox.open(url);
    await page.waitForSelector('triangulate-mark', { timeout: 15_000 });
    const mark = (await page.$('triangulate-mark[data-relation="quote-variant"]'))!;
    await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await mark.hover();
    await page.waitForSelector('triangulate-card >>> .tri-card', { visible: true, timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: join(DOCS, 'firefox-hover-card.png') as `${string}.png` });
    written.push('docs/firefox-hover-card.png');
  } finally {
    await firefox.close();
  }
}

/** Lets transitions and fonts finish before a picture. */
function settle(page: Page): Promise<void> {
  return page.waitForTimeout(300);
}

mkdirSync(STORE, { recursive: true });
const server = await startFixtureServer(ownStoryRoutes());
const port = new URL(server.origin).port;
try {
  const hosts = [HOST, ...Object.values(OWN_HOSTS)].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const chromium = await launchWithExtension(undefined, [`--host-resolver-rules=${hosts}`]);
  try {
    await hoverCard(chromium);
    await popup(chromium);
    // The side panel beside the Seattle Times article, scrolled to a conflict, for the README and the stores.
    await sidePanel(chromium, `http://${HOST}/${SLUG}/`, 'screenshot-2-side-panel.png', async (page) => {
      await page.locator('triangulate-mark[data-relation="conflict"]').nth(1).evaluate((m) => m.scrollIntoView({ block: 'center' }));
    });
    await copyFile(join(STORE, 'screenshot-2-side-panel.png'), join(DOCS, 'side-panel.png'));
    written.push('docs/side-panel.png');
    await ownStory(chromium);
    await welcome(chromium);
    await tile(chromium);
  } finally {
    await chromium.close();
  }
  await firefoxCard(server.url(SLUG));
  console.log(`Wrote ${written.join(', ')}`);
} finally {
  await server.close();
}
