// `npm start`: installs what is missing, builds the Chrome extension, serves the demo articles on 127.0.0.1
// and opens Debian's Chromium with the extension loaded on the Seattle Times demo page.
// Only Node's own modules are imported up front: this must run before `npm ci` has.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
const pages = join(root, 'tests', 'fixtures', 'pages');
const demos = readdirSync(pages).filter((slug) => existsSync(join(pages, slug, 'source.html'))).sort();
const demo = process.argv[2] ?? 'seattletimes-article';

// Checked before anything is installed or built: a typo gets the list at once, not a redirect loop.
if (!demos.includes(demo)) {
  console.error(`npm start: no demo page named "${demo}". Demo pages:\n${demos.map((d) => `  ${d}`).join('\n')}`);
  console.error('Usage: npm start [-- DEMO]   (default: seattletimes-article)');
  process.exit(2);
}

if (!existsSync(join(root, 'node_modules', '.bin', 'wxt'))) {
  console.log('Installing the npm packages of package-lock.json (npm ci): WXT builds the extension, and playwright-core drives Chromium when there is no screen…');
  run('npm ci');
}
run('node scripts/ensure-browsers.mjs chromium --why "npm start opens the demo page in it, with the extension loaded"');
console.log('Building the extension…');
run('npx wxt build');

const server = createServer((req, res) => {
  const slug = /^\/([\w-]+)\/?(?:\?.*)?$/.exec(req.url ?? '')?.[1];
  const file = slug ? join(pages, slug, 'source.html') : '';
  if (req.url === '/') {
    res.writeHead(302, { location: `/${demo}/` });
    return res.end();
  }
  if (!slug || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(`Not a demo page. Demo pages: ${demos.map((d) => `/${d}/`).join(' ')}\n`);
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const url = `${origin}/${demo}/`;
const extension = join(root, '.output', 'chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'triangulate-demo-'));
const flags = [
  `--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
  '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  // No screen to show a window on: take the same page headless and save what a reader would see.
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
    args: [...flags.slice(1), '--disable-gpu'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // The welcome page a first install opens must not hide the demo: a hidden tab's timers are throttled.
  context.on('page', () => void page.bringToFront().catch(() => undefined));
  await page.goto(url);
  await page.bringToFront();
  await page.waitForSelector('triangulate-mark', { timeout: 45_000 }).catch(() => undefined);
  const shot = join(root, 'demo.png');
  await page.screenshot({ path: shot, fullPage: false });
  // The number a reader sees on the toolbar button (claims another outlet confirms or contradicts), not the mark
  // elements: a claim that spans a link or two paragraphs has several. The demo's tab is brought forward (the
  // welcome page a first install opens may be in front) and its badge read by its address.
  await page.bringToFront();
  const badge = async () =>
    worker.evaluate(async (address) => {
      const [tab] = await chrome.tabs.query({ url: address });
      return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
    }, url);
  let count = '';
  for (let tries = 0; tries < 150 && count === ''; tries++) {
    count = await badge().catch(() => '');
    if (count === '') await page.waitForTimeout(100);
  }
  if (count === '') {
    // Say what the extension knows of the tab, so that a run that marked nothing can be understood.
    const known = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null))).catch((e) => String(e));
    console.error(`The extension's records for the open tabs: ${JSON.stringify(known)}`);
  }
  const claims = count === '' ? 'no claim marked' : `${count} claim${count === '1' ? '' : 's'} another outlet confirms or contradicts (the number on the toolbar button)`;
  console.log(`No display here, so Chromium ran headless: ${claims} on ${url}. Screenshot: ${shot}`);
  await context.close();
  server.close();
} else {
  console.log(`Opening Chromium with Triangulate on ${url}`);
  console.log(`Other demo pages: ${demos.filter((d) => d !== demo).map((d) => `${origin}/${d}/`).join(', ')}`);
  const browser = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...flags, url], { stdio: 'ignore' });
  browser.on('exit', () => server.close());
}
