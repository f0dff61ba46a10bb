// `npm run screenshots`: builds both extensions, then renders the README's pictures in docs/ from them.
// Tests never write them: a test run leaves the tree clean, and a change of picture is a reviewed commit. The
// demo pages are served under their outlets' host names in Chromium (mapped to the local server), so no random
// port shows in a picture.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/chromium.ts';
import { launchFirefox } from '../tests/e2e/firefox.ts';
import { ownStoryRoutes, OWN_STORY_TITLE } from '../tests/e2e/own-story-pages.ts';
import { waitForMarks } from '../tests/e2e/page-probes.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';

const DOCS = join(import.meta.dirname, '..', 'docs');
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
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('.tri-story').first().waitFor();
  await settle(options);
  await options.screenshot({ path: join(DOCS, 'stories-page.png') });
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
  } finally {
    await firefox.close();
  }
}

/** Lets transitions and fonts finish before a picture. */
function settle(page: Page): Promise<void> {
  return page.waitForTimeout(300);
}

mkdirSync(DOCS, { recursive: true });
const server = await startFixtureServer(ownStoryRoutes());
const port = new URL(server.origin).port;
try {
  const hosts = [HOST, ...Object.values(OWN_HOSTS)].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const chromium = await launchWithExtension(undefined, [`--host-resolver-rules=${hosts}`]);
  try {
    await hoverCard(chromium);
    await popup(chromium);
    await ownStory(chromium);
  } finally {
    await chromium.close();
  }
  await firefoxCard(server.url(SLUG));
  console.log(`Wrote ${['hover-card.png', 'popup.png', 'popup-dark.png', 'popup-start-story.png', 'popup-own-story.png', 'stories-page.png', 'firefox-hover-card.png'].map((f) => `docs/${f}`).join(', ')}`);
} finally {
  await server.close();
}
