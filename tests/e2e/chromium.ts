/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageStatus } from '../../lib/messages.ts';
import type { PageReader } from './page-probes.ts';
import { JUDGED_PATH } from './server.ts';

/** The Chrome build the end-to-end tests load. */
export const CHROME_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** Flags for headless Chromium as root on a machine with no network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
  '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--metrics-recording-only',
];

/** Which of the extension's scripts are in a page, by the globals they leave in the extension's world there. */
export const SCRIPTS_PROBE = `['__triangulateHeadingRead', '__triangulateFirstLook', '__triangulateSession', '__triangulateHandoff'].filter((name) => name in globalThis)`;

/**
 * The status of a first look (it listens to nothing); a page whose first heading the background read and found
 * naming no story holds only the mark of it.
 */
export const STATUS_PROBE = `globalThis.__triangulateFirstLook?.status() ?? ('__triangulateHeadingRead' in globalThis ? { state: 'no-story' } : null)`;

/**
 * A script for the service worker that evaluates `expression` in the extension's world of a tab's top frame. Built
 * as text: the functions of a test file carry helpers of the transpiler (tsx names them) that a worker lacks.
 */
function inExtensionWorld(tabId: number, expression: string): string {
  return `chrome.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func: () => (${expression}) }).then(([frame]) => frame?.result ?? null)`;
}

/** A Chromium with the built extension loaded. */
export interface ExtensionBrowser {
  readonly context: BrowserContext;
  /** The extension's service worker (a call into it while it is stopped waits until something wakes it). */
  readonly worker: Worker;
  /** Stops the service worker, as Chrome does to an idle one (DevTools protocol ServiceWorker.stopAllWorkers), and waits until it has stopped. */
  stopWorker(): Promise<void>;
  readonly extensionId: string;
  /** Every request the browser made (URLs), for the privacy checks. */
  readonly requests: string[];
  /** The text of the welcome page the extension opened on install (closed at once, so tests start alike). */
  readonly welcome: string;
  /** Opens a page and waits for its load. */
  open(url: string): Promise<Page>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** Which of the extension's scripts are in a page's top frame (read from the extension's isolated world). */
  scriptsIn(page: Page): Promise<string[]>;
  /**
   * The page's status: the full script's answer, else the first look's (it listens to nothing: read from the
   * extension's world), else "no-story" where the background only read the first heading, else null.
   */
  statusOf(page: Page): Promise<PageStatus | null>;
  /**
   * Resolves once the background has judged every page opened so far: a page it lets in (JUDGED_PATH on `origin`)
   * is opened after them and its first look's answer awaited.
   */
  judged(origin: string): Promise<void>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built Chrome extension (and any extra command-line flags). */
export async function launchWithExtension(extDir = CHROME_BUILD, extraArgs: readonly string[] = []): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'triangulate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...extraArgs],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install: the extension opens its welcome page. Closed before any test's page
  // opens, so the tab a test opens is the active one.
  const isWelcome = (page: Page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;
  const welcomePage = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
  await welcomePage.waitForSelector('[data-testid="welcome-keys"] li', { timeout: 10_000 });
  const welcome = await welcomePage.locator('body').innerText();
  await welcomePage.close();
  const extension: ExtensionBrowser = {
    context,
    worker,
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    extensionId,
    requests,
    welcome,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      // The extension has no "tabs" permission, so it cannot see URLs: bring the page forward and ask for the
      // active tab instead.
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
    },
    async scriptsIn(page) {
      const tabId = await extension.tabIdOf(page);
      return ((await worker.evaluate(inExtensionWorld(tabId, SCRIPTS_PROBE))) as string[] | null) ?? ['(no answer)'];
    },
    async statusOf(page) {
      const tabId = await extension.tabIdOf(page);
      const answer = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-status' }).catch(() => undefined), tabId);
      return (answer as PageStatus | undefined) ?? ((await worker.evaluate(inExtensionWorld(tabId, STATUS_PROBE))) as PageStatus | null);
    },
    async judged(origin) {
      const page = await extension.open(`${origin}${JUDGED_PATH}`);
      for (let tries = 0; tries < 200; tries++) {
        if ((await extension.statusOf(page))?.state === 'no-story') break;
        await page.waitForTimeout(50);
      }
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return extension;
}

/** Reads what the extension did with a page in Chromium, for settledState (tests/e2e/page-probes.ts). */
export function pageReader(browser: ExtensionBrowser, page: Page, origin: string): PageReader {
  return { judged: () => browser.judged(origin), scripts: () => browser.scriptsIn(page), status: () => browser.statusOf(page) };
}
