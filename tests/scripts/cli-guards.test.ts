// The command-line scripts on a closed pipe (`analyze page.html | head`) and on a missing file: a quiet stop with
// status 0, and one line naming the file with status 2, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const STACK = /at .*\(.*:\d+:\d+\)|node:internal/;

/** A folder of one labeled article (another story), and a pairs.json when given. */
function labeledFolder(pairs?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-eval-'));
  writeFileSync(join(dir, 'a.txt'), 'URL: https://example.com/a\nTITLE: A report\nLABEL: other-story\n\nSomething else happened somewhere.\n');
  if (pairs) writeFileSync(join(dir, 'pairs.json'), JSON.stringify(pairs));
  return dir;
}

/** Runs a script with its reader gone before it writes a byte; resolves with its status and standard error. */
function withClosedPipe(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed pipe', () => {
  it.each([
    ['analyze', ['scripts/analyze.ts', 'tests/fixtures/pages/seattletimes-article/source.html']],
    ['analyze --json', ['scripts/analyze.ts', 'tests/fixtures/pages/seattletimes-article/source.html', '--json']],
    ['evaluate', ['--import', './scripts/cli-guards.ts', 'scripts/evaluate.ts', labeledFolder()]],
  ])('%s stops quietly with status 0', async (_label, args) => {
    const run = await withClosedPipe(args);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('a missing file', () => {
  it('evaluate (as npm runs it) names a pair\'s missing article in one line, status 2', () => {
    const pair = { file: 'gone.txt', a: 'x', story: 'microsoft-ice-contract-2018', b: ['mashable.txt', 'y'], rel: ['agree'] };
    const dir = labeledFolder({ pairs: [pair], negatives: [] });
    const run = spawnSync('npm', ['run', '--silent', 'evaluate', '--', dir], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('npm warn'));
    expect(lines).toEqual([`evaluate: no such file: ${join(dir, 'gone.txt')}`]);
  }, 60_000);

  it('analyze names a missing article in one line, status 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', 'no/such/page.html'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('analyze: no such file: no/such/page.html\n');
  }, 60_000);
});
