// Harness for the end-to-end tests in Debian's Firefox ESR: launches it headless through puppeteer-core over
// WebDriver BiDi with the built MV2 extension installed, routes all outside traffic to a recording proxy, keeps
// one extension page open to call extension APIs, and gives puppeteer variants of the page probes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import type { Browser as WebExtBrowser } from 'webextension-polyfill';
import type { TabRecord } from '../../shared/tab-record.ts';
import { MUTATION_PROBE, type PageReader } from './page-probes.ts';
import { JUDGED_PATH } from './server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** The Firefox build the end-to-end tests install (`npx wxt build -b firefox`). */
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
/** The extension's gecko id, from wxt.config.ts. */
export const GECKO_ID = 'triangulate@triangulate.example';
/** A fixed moz-extension:// host, so extension URLs are known before install. */
export const EXTENSION_UUID = 'd7a4c6f0-1b2c-4d3e-8f90-123456789abc';
/**
 * Hosts Firefox itself contacts at startup (remote settings: query stripping, permissions, Nimbus), also with no
 * extension installed; release builds ignore the pref that would point them elsewhere.
 */
export const FIREFOX_OWN_HOSTS = ['firefox.settings.services.mozilla.com'];

/** What an extension page can reach: the WebExtension `browser` global. */
export type WebExt = WebExtBrowser;

/** A Firefox with the built extension installed. */
export interface FirefoxExtension {
  readonly browser: PuppeteerBrowser;
  /** `moz-extension://<uuid>`. */
  readonly origin: string;
  /** Every URL a page of the browser requested, as seen over BiDi. */
  readonly requests: string[];
  /** Every request that tried to leave the machine (it reached the catch-all proxy instead). */
  readonly outside: string[];
  /** The text of the welcome page the extension opened on install (closed at once, so tests start alike). */
  readonly welcome: string;
  /** Opens a page, waits for its load, and returns it with its tab id as the extension sees it. */
  open(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (its load never resolves in Firefox) and waits for `selector`. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  /** Runs `fn(browser, arg)` in an extension page; `arg` must be JSON. */
  ext<T, A = null>(fn: (browser: WebExt, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The background's stored record for a tab, or undefined. */
  recordOf(tabId: number): Promise<TabRecord | undefined>;
  /** The toolbar badge of a tab: text and [r, g, b, a] colour. */
  badgeOf(tabId: number): Promise<{ text: string; color: number[] }>;
  /** Which of the extension's scripts are in a tab's top frame (read from the extension's content-script world). */
  scriptsIn(tabId: number): Promise<string[]>;
  /** The page's status: the full script's answer, else the first look's, else null (see tests/e2e/chromium.ts statusOf). */
  statusOf(tabId: number): Promise<{ state: string } | null>;
  /** Resolves once the background has judged every page opened so far (see tests/e2e/chromium.ts judged). */
  judged(origin: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy that answers every request with 502 and records where it was going. */
async function startCatchAllProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

/** Throws when the build is missing; warns when a source file is newer than it. */
function checkBuild(dir: string): void {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build in ${dir}: run \`npx wxt build -b firefox\` first.`);
  const built = statSync(manifest).mtimeMs;
  const newer = (d: string): string | undefined => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const hit = entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > built ? path : undefined;
      if (hit) return hit;
    }
    return undefined;
  };
  const stale = ['entrypoints', 'components', 'page', 'core', 'lib'].map((d) => join(ROOT, d)).filter(existsSync).map(newer).find(Boolean);
  if (stale) console.warn(`[firefox e2e] ${stale} is newer than the Firefox build: the tests may run old code.`);
}

/** Launches Firefox ESR headless with the built Firefox extension installed. */
export async function launchFirefox(extDir = FIREFOX_BUILD): Promise<FirefoxExtension> {
  checkBuild(extDir);
  const proxy = await startCatchAllProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': true,
      // Everything but 127.0.0.1 goes to the recording proxy (Firefox never proxies localhost by default).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.dns.disablePrefetch': true,
    },
    args: ['--remote-allow-system-access'],
  });
  await browser.installExtension(extDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const requests: string[] = [];
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('request', (request) => void requests.push(request.url()));
  };
  // Pages the extension or a page opens by itself.
  browser.on('targetcreated', (target) => void target.page().then((page) => page && watch(page)).catch(() => undefined));

  const openExtensionPage = async (path: string, selector: string): Promise<Page> => {
    const page = await browser.newPage();
    watch(page);
    const url = `${origin}/${path}`;
    void page.goto(url).catch(() => undefined);
    // Poll rather than waitForSelector: a wait started on about:blank can die with the navigation, and
    // page.url() is never updated for extension pages.
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const there = (u: string, sel: string) => location.href === u && document.querySelector(sel) !== null;
      if (await page.evaluate(there, url, selector).catch(() => false)) return page;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${url} did not show ${selector}`);
  };
  // A fresh profile is a first install: the extension opens its welcome page. Read and closed before any test's
  // page opens, so that tab counts start alike.
  const welcomeUrl = `${origin}/welcome.html`;
  let welcome = '';
  for (const until = Date.now() + 15_000; welcome === '' && Date.now() < until; ) {
    for (const page of await browser.pages()) {
      const text = await page.evaluate((u) => (location.href === u && document.querySelector('[data-testid="welcome-keys"] li') ? document.body.innerText : ''), welcomeUrl).catch(() => '');
      if (text) {
        welcome = text;
        await page.close();
      }
    }
    if (welcome === '') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The popup page with no tab to describe: a quiet place to call extension APIs from.
  const control = await openExtensionPage('popup.html', 'body');

  const ext = <T, A = null>(fn: (browser: WebExt, arg: A) => T | Promise<T>, arg?: A): Promise<T> =>
    control.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`) as Promise<T>;
  const tabIds = () => ext((b) => b.tabs.query({}).then((tabs) => tabs.map((t) => t.id ?? -1)));

  const extension: FirefoxExtension = {
    browser,
    origin,
    requests,
    welcome,
    outside: proxy.seen,
    openExtensionPage,
    ext,
    async open(url) {
      // No "tabs" permission, so tabs carry no URL: the new page's tab is the id that was not there before.
      const before = new Set(await tabIds());
      const page = await browser.newPage();
      watch(page);
      await page.evaluateOnNewDocument(MUTATION_PROBE);
      await page.goto(url, { waitUntil: 'load' });
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`expected one new tab for ${url}, saw ${JSON.stringify(added)}`);
      return { page, tabId: added[0]! };
    },
    recordOf: (tabId) => ext(async (b, id) => (await b.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabRecord | undefined, tabId),
    badgeOf: (tabId) =>
      ext(async (b, id) => ({
        text: await b.browserAction.getBadgeText({ tabId: id }),
        color: await b.browserAction.getBadgeBackgroundColor({ tabId: id }),
      }), tabId),
    scriptsIn: (tabId) =>
      ext(async (b, id) => {
        const [names] = await b.tabs.executeScript(id, { frameId: 0, code: `['__triangulateHeadingRead', '__triangulateFirstLook', '__triangulateSession', '__triangulateHandoff'].filter((name) => name in globalThis)` });
        return (names as string[] | undefined) ?? ['(no answer)'];
      }, tabId),
    statusOf: (tabId) =>
      ext(async (b, id) => {
        const answer = (await b.tabs.sendMessage(id, { type: 'get-page-status' }).catch(() => undefined)) as { state: string } | undefined;
        if (answer) return answer;
        const [status] = await b.tabs.executeScript(id, { frameId: 0, code: "globalThis.__triangulateFirstLook?.status() ?? ('__triangulateHeadingRead' in globalThis ? { state: 'no-story' } : null)" });
        return (status as { state: string } | null | undefined) ?? null;
      }, tabId),
    async judged(origin) {
      const { page, tabId } = await extension.open(`${origin}${JUDGED_PATH}`);
      for (let tries = 0; tries < 200; tries++) {
        if ((await extension.statusOf(tabId))?.state === 'no-story') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await page.close();
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => proxy.server.close(resolve));
    },
  };
  return extension;
}

/** What MUTATION_PROBE saw in a page: mutations since load, the DOM as served and as it is now. */
export async function probePage(page: Page): Promise<{ mutations: number; served: string | null; now: string }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: { mutations: number; served: string | null } }).__probe;
    return { mutations: p.mutations, served: p.served, now: document.documentElement.outerHTML };
  });
}

/** Waits until the content script has painted marks, and returns how many there are. */
export async function waitForMarksIn(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForSelector('triangulate-mark', { timeout });
  // Marks are painted in one pass; give it a moment to finish.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return page.$$eval('triangulate-mark', (marks) => marks.length);
}

/** One marked claim on a page: its text (all its marks joined), relation, and whether it sits in <article>. */
export interface MarkedClaim {
  readonly text: string;
  readonly relation: string;
  readonly inArticle: boolean;
}

/** The page's marks grouped by claim index. */
export async function markedClaims(page: Page): Promise<Map<number, MarkedClaim>> {
  const rows = await page.$$eval('triangulate-mark', (marks) =>
    marks.map((m) => ({ claim: Number(m.getAttribute('data-claim')), relation: m.getAttribute('data-relation') ?? '', text: m.textContent ?? '', inArticle: m.closest('article') !== null })),
  );
  const claims = new Map<number, MarkedClaim>();
  for (const row of rows) {
    const seen = claims.get(row.claim);
    claims.set(row.claim, { text: (seen?.text ?? '') + row.text, relation: row.relation, inArticle: (seen?.inArticle ?? true) && row.inArticle });
  }
  return claims;
}

/** The first element matching `selector` whose text starts with `prefix` (a button by its label). */
export async function byText(page: Page, selector: string, prefix: string) {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((el) => el.textContent ?? '')).trim().startsWith(prefix)) return handle;
    await handle.dispose();
  }
  throw new Error(`no ${selector} starting with "${prefix}"`);
}

/** Reads what the extension did with a tab's page in Firefox, for settledState (tests/e2e/page-probes.ts). */
export function pageReader(firefox: FirefoxExtension, tabId: number, origin: string): PageReader {
  return { judged: () => firefox.judged(origin), scripts: () => firefox.scriptsIn(tabId), status: () => firefox.statusOf(tabId) };
}
