/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The Chrome build the end-to-end tests load. */
export const CHROME_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** Flags for headless Chromium as root on a machine with no network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
  '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--metrics-recording-only',
];

/** A Chromium with the built extension loaded. */
export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  /** Every request the browser made (URLs), for the privacy checks. */
  readonly requests: string[];
  /** The text of the welcome page the extension opened on install (closed at once, so tests start alike). */
  readonly welcome: string;
  /** Opens a page and waits for its load. */
  open(url: string): Promise<Page>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
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
  return {
    context,
    worker,
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
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
