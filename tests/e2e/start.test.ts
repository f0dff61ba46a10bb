// `npm start` on a machine without a display: it builds, serves the demo, runs Chromium headless and prints the
// number on the toolbar button (claims another outlet confirms or contradicts), not the count of mark elements.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('prints the badge\'s count of claims for the demo page, as the toolbar button shows it', () => {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...env } = process.env;
  const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8', env, timeout: 120_000 });
  expect(run.status).toBe(0);
  const line = /Chromium ran headless: (\d+) claims? another outlet confirms or contradicts \(the number on the toolbar button\) on (\S+)\. Screenshot: (\S+)/.exec(run.stdout);
  expect(line, run.stdout + run.stderr).not.toBeNull();
  expect(Number(line![1])).toBeGreaterThan(0);
  expect(line![2]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/seattletimes-article\/$/);
  expect(run.stdout).not.toMatch(/\d+ marks/);
}, 150_000);
