// Makes sure Debian's Chromium and Firefox ESR are installed before the end-to-end tests run.
// Installs them with apt-get when missing and allowed (root), never downloads a browser from anywhere else.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
];
// `node scripts/ensure-browsers.mjs chromium` checks only the browsers named; `--why "…"` says what they are for
// (by default: the end-to-end tests, which `npm test` runs in both).
const args = process.argv.slice(2);
const whyAt = args.indexOf('--why');
const why = whyAt >= 0 ? args[whyAt + 1] : 'the end-to-end tests run in both';
const only = args.filter((arg, i) => arg !== '--why' && i !== whyAt + 1);
const missing = wanted
  .filter(([pkg, path]) => (only.length === 0 || only.includes(pkg)) && !existsSync(path))
  .map(([pkg]) => pkg);
if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`Installing ${missing.join(' and ')} from Debian's packages with apt-get: ${why}…`);
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(`Could not install ${missing.join(', ')}. Install them with: sudo apt-get install ${missing.join(' ')}`);
    process.exit(1);
  }
}
