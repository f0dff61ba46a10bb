/// <reference types="chrome" />
// Chrome stops an idle MV3 service worker at any moment, and the background now judges every navigation: stopped on
// purpose (DevTools protocol ServiceWorker.stopAllWorkers) while no page is open, while a page is being judged, and
// again and again while one is analyzed, it loses nothing. The page is still judged, marked and listed in the popup,
// the full script goes in once, and the page sees no error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageStatus } from '../../lib/messages.ts';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { eventually, waitForMarks } from './page-probes.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';
import type { TabRecord } from '../../shared/tab-record.ts';

/**
 * Counts, in the page, the starts of the full content script: WXT's content-script context announces each start
 * to the window (so that an older copy can stand down), with the script's name.
 */
const SESSION_STARTS = `
  window.__sessionStarts = 0;
  window.addEventListener('message', (event) => {
    if (event.data && event.data.contentScriptName === 'session') window.__sessionStarts++;
  });
`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let control: Page;
const logs: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await browser.context.addInitScript(SESSION_STARTS);
  // An extension page to ask the browser about tabs and storage while the service worker is stopped.
  control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new tab whose page is being watched (console, errors), not yet navigated. */
async function newTab(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  return page;
}

/** A script world created in a page (DevTools protocol Runtime.executionContextCreated). */
type IsolatedWorld = { context: { name: string; auxData?: { type?: string } } };

/** The extension's world in a page, created with the first script it puts there: the first look. */
const isTriangulate = (event: IsolatedWorld) => event.context.auxData?.type === 'isolated' && event.context.name === 'Triangulate';

async function expectJudgedMarkedAndListedOnce(page: Page): Promise<void> {
  expect(await waitForMarks(page, 20_000)).toBeGreaterThan(0);
  const tabId = await control.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
  const record = await eventually(async () => {
    const stored = await control.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as TabRecord | undefined, `tab:${tabId}`);
    return stored?.unanchored ? stored : null;
  }, 20_000);
  expect(record.result.story?.id).toBe('microsoft-ice-contract-2018');
  expect(await page.evaluate(() => (window as unknown as { __sessionStarts: number }).__sessionStarts)).toBe(1);
  const status = await control.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-status' }) as Promise<PageStatus>, tabId);
  expect(status).toMatchObject({ state: 'ready', errors: 0 });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.tri-entry', { state: 'attached' });
  expect(await popup.locator('.tri-entry').count()).toBe(record.result.claims.length);
  await popup.close();
  expect(logs).toEqual([]);
  await page.close();
}

describe('a service worker stopped', () => {
  it('while no page is open: the next page wakes it, and is judged, marked and listed once', async () => {
    await browser.stopWorker();
    const page = await newTab();
    await page.goto(server.url('seattletimes-article'), { waitUntil: 'load' });
    await expectJudgedMarkedAndListedOnce(page);
  });

  it('while a page is being judged (its first look just went in): the look is answered all the same', async () => {
    const page = await newTab();
    const cdp = await browser.context.newCDPSession(page);
    let stops = 0;
    cdp.on('Runtime.executionContextCreated', (event: IsolatedWorld) => {
      if (isTriangulate(event) && stops++ === 0) void browser.stopWorker();
    });
    await cdp.send('Runtime.enable');
    await page.goto(server.url('mashable-article'), { waitUntil: 'load' });
    await expectJudgedMarkedAndListedOnce(page);
    expect(stops).toBeGreaterThan(0);
  });

  it('again and again while a page is being judged and analyzed: it is marked once when the worker stays up', async () => {
    const page = await newTab();
    const cdp = await browser.context.newCDPSession(page);
    let stopping: Promise<void> | null = null;
    cdp.on('Runtime.executionContextCreated', (event: IsolatedWorld) => {
      if (!isTriangulate(event) || stopping) return;
      stopping = (async () => {
        for (let i = 0; i < 4; i++) {
          await browser.stopWorker();
          await new Promise((resolve) => setTimeout(resolve, 120));
        }
      })();
    });
    await cdp.send('Runtime.enable');
    await page.goto(server.url('motherboard-article'), { waitUntil: 'load' });
    await eventually(async () => (stopping ? true : null));
    await stopping;
    await expectJudgedMarkedAndListedOnce(page);
  });
});
