// A malformed corpus file fails the real build with a message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bundled = join(root, 'assets', 'corpus');
let dir: string | null = null;

function brokenCorpus(edit: (manifest: Record<string, unknown>) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-corpus-'));
  cpSync(bundled, dir, { recursive: true });
  const file = join(dir, 'microsoft-ice-contract-2018', 'sources.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

function build(corpusDir: string) {
  return spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRIANGULATE_CORPUS_DIR: corpusDir, TRIANGULATE_OUT_DIR: join(corpusDir, '.out') },
  });
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('building with a malformed corpus', () => {
  it('fails and names the file and the field', () => {
    const run = build(brokenCorpus((m) => ((m['sources'] as Array<Record<string, unknown>>)[1]!['outlet'] = '')));
    expect(run.status).not.toBe(0);
    const out = run.stdout + run.stderr;
    expect(out).toContain('sources.json');
    expect(out).toContain('sources[1].outlet must be a non-empty string');
  });

  it('fails when a source names a text file that is not there', () => {
    const run = build(brokenCorpus((m) => ((m['sources'] as Array<Record<string, unknown>>)[0]!['file'] = 'missing.txt')));
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('sources[0].file names "missing.txt", which does not exist');
  });
});
