/// <reference types="chrome" />
// `npm run bench -- --pages DIR`: what the extension costs real pages in Chromium, measured as
// ../shared/tools/page-cost.mjs measures it: each DIR/<name>/source.html (read at run time, never copied into the
// project) is loaded in a profile with the extension and in one without, one after the other, the page's own
// scripts blocked by CSP and every outside request aborted; the script time DevTools counts (ScriptDuration +
// V8CompileDuration, after load and 400 ms for late scripts) with the extension, less the time without it, is
// what the extension added. Each page is also told by what went into it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, launchWithExtension } from '../tests/e2e/chromium.ts';
import { startFixtureServer, type ExtraRoutes } from '../tests/e2e/server.ts';

/** The page's own scripts do not run: their time would drown the extension's. Extension scripts are exempt from CSP. */
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
/** Time after load for scripts put in at document idle, as the shared tool waits. */
const SETTLE_MS = 400;

/**
 * What went into a page: nothing; its first heading read by the background (title only a site's name); the first
 * look; or the full content script.
 */
export type PageGot = 'nothing' | 'heading read' | 'first look' | 'full script';

/** What one real page cost. */
export interface PageCost {
  readonly name: string;
  readonly got: PageGot;
  /** Script time with the extension less script time without it, in ms. */
  readonly added: number;
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

/** Loads a page in a context and returns its script time (ms), and the page for more questions. */
async function scriptTime(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { page, ms: (get('ScriptDuration') + get('V8CompileDuration')) * 1000 };
}

/** Loads every page of DIR with and without the built extension and measures what it added. */
export async function measurePages(dir: string): Promise<PageCost[]> {
  const pages = readPages(dir);
  const routes: ExtraRoutes = {};
  for (const [name, html] of pages) routes[`/real/${encodeURIComponent(name)}/`] = { body: html, headers: NO_PAGE_SCRIPTS };
  const server = await startFixtureServer(routes);
  const profile = mkdtempSync(join(tmpdir(), 'triangulate-bare-'));
  const bare = await chromium.launchPersistentContext(profile, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args: CHROMIUM_FLAGS });
  const browser = await launchWithExtension();
  for (const context of [bare, browser.context]) await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
  const costs: PageCost[] = [];
  try {
    for (const name of pages.keys()) {
      const url = `${server.origin}/real/${encodeURIComponent(name)}/`;
      const base = await scriptTime(bare, url);
      await base.page.close();
      const ours = await scriptTime(browser.context, url);
      const scripts = await browser.scriptsIn(ours.page);
      const got: PageGot =
        scripts.includes('__triangulateSession') ? 'full script'
        : scripts.includes('__triangulateFirstLook') ? 'first look'
        : scripts.includes('__triangulateHeadingRead') ? 'heading read'
        : 'nothing';
      costs.push({ name, got, added: ours.ms - base.ms });
      await ours.page.close();
    }
  } finally {
    await browser.close();
    await bare.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  return costs;
}

/** The value at quantile q of a list of numbers. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
