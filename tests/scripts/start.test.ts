// `npm start` with a demo name that does not exist: the list of demo names and exit status 2, before anything
// is installed, built or served.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('lists the demo pages and exits 2 for an unknown demo name', () => {
  const run = spawnSync(process.execPath, ['scripts/start.mjs', 'nope'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('no demo page named "nope"');
  for (const slug of readdirSync(join(root, 'tests', 'fixtures', 'pages'))) expect(run.stderr).toContain(slug);
  expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  expect(run.stdout).toBe('');
});
