/// <reference types="chrome" />
// `npm run bench -- --pages DIR`: what the content script costs on real pages in Chromium. Each DIR/<name>/source.html
// is read at run time (never copied into the project), served from the local test server with the page's own
// scripts blocked by CSP (so the page's script time is ours alone) and every outside request aborted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageStatus } from '../lib/messages.ts';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/chromium.ts';
import { startFixtureServer, type ExtraRoutes } from '../tests/e2e/server.ts';

/** The page's own scripts do not run: their time would drown the extension's. Content scripts are exempt from CSP. */
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/** What one real page cost. */
export interface PageCost {
  readonly name: string;
  readonly state: string;
  /** The quick look, as the content script measured it. */
  readonly quickLook: number | null;
  /** Of which reading the page's text. */
  readonly quickRead: number | null;
  /** Renderer main-thread script time plus V8 compile time for the page (DevTools' Performance metrics). */
  readonly script: number;
}

/** Reads the real pages of DIR: name → HTML. */
export function readPages(dir: string): Map<string, string> {
  const root = resolve(dir);
  const pages = new Map<string, string>();
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, 'source.html');
    if (existsSync(file)) pages.set(name, readFileSync(file, 'utf8'));
  }
  return pages;
}

/** Asks the tab's content script for its status until it has settled. */
export async function settledStatus(browser: ExtensionBrowser, page: Page): Promise<PageStatus | null> {
  const tabId = await browser.tabIdOf(page);
  let last: PageStatus | null = null;
  for (let tries = 0; tries < 100; tries++) {
    last = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-status' }), tabId).catch(() => null);
    if (last && last.state !== 'checking' && last.state !== 'analyzing') return last;
    await page.waitForTimeout(30);
  }
  return last;
}

/** Opens a page with DevTools' performance metrics on from the start; `scriptMs` then reads its script time. */
async function openMeasured(browser: ExtensionBrowser, url: string): Promise<{ page: Page; scriptMs: () => Promise<number> }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return (get('ScriptDuration') + get('V8CompileDuration')) * 1000;
  };
  return { page, scriptMs };
}

/** Loads every page of DIR in Chromium with the built extension and measures the content script there. */
export async function measurePages(dir: string): Promise<PageCost[]> {
  const pages = readPages(dir);
  const routes: ExtraRoutes = {};
  for (const [name, html] of pages) routes[`/real/${encodeURIComponent(name)}/`] = { body: html, headers: NO_PAGE_SCRIPTS };
  const server = await startFixtureServer(routes);
  const browser = await launchWithExtension();
  await browser.context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
  const costs: PageCost[] = [];
  try {
    for (const name of pages.keys()) {
      const { page, scriptMs } = await openMeasured(browser, `${server.origin}/real/${encodeURIComponent(name)}/`);
      const status = await settledStatus(browser, page);
      costs.push({ name, state: status?.state ?? '?', quickLook: status?.timings?.quickLook ?? null, quickRead: status?.timings?.quickRead ?? null, script: await scriptMs() });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}

/** The value at quantile q of a list of numbers. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
