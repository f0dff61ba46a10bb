// The sources zip that Firefox's reviewers build from (`wxt zip -b firefox`): the code and the corpus, none of
// the local debris next to it (the headless demo screenshot `npm start` saves, the README's pictures).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'triangulate-zip-'));
const demo = join(root, 'demo.png');
const madeDemo = !existsSync(demo);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  if (madeDemo) rmSync(demo, { force: true });
});

it('leaves demo.png and the docs pictures out of the sources zip', () => {
  // As after `npm start` on a machine without a display.
  if (madeDemo) writeFileSync(demo, 'not really a picture');
  const zip = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['zip', '-b', 'firefox'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, TRIANGULATE_OUT_DIR: out },
  });
  expect(zip.status, zip.stderr).toBe(0);
  const sources = readdirSync(out).find((f) => f.endsWith('-sources.zip'));
  expect(sources).toBeDefined();
  const files = spawnSync('unzip', ['-Z1', join(out, sources!)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  expect(files).toContain('package.json');
  expect(files).toContain('entrypoints/background.ts');
  expect(files.some((f) => f.startsWith('assets/corpus/'))).toBe(true);
  expect(files.filter((f) => /(^|\/)demo\.png$|^docs\/|^\.output\/|^node_modules\//.test(f))).toEqual([]);
});
