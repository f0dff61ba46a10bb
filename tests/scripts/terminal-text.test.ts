// The `analyze` command's output for people: plain text without escape codes off a terminal, with readable
// diff markers, and colours only on a terminal.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffOp } from '../../core/result.ts';
import { diffLine, wantsColor } from '../../scripts/terminal-text.ts';

const root = join(import.meta.dirname, '..', '..');
const op = (o: DiffOp['op'], text: string): DiffOp => ({ op: o, text });

describe('diffLine in plain text', () => {
  it.each<[string, DiffOp[], string]>([
    ['a word only here', [op('equal', 'the technologies '), op('delete', 'that '), op('equal', 'Microsoft')], 'the technologies [-that-] Microsoft'],
    ['a word only there', [op('equal', 'more than '), op('insert', '100'), op('equal', ' staff')], 'more than {+100+} staff'],
    ['two wordings that meet without a space', [op('equal', 'the '), op('delete', 'letter (ICE).'), op('insert', 'A petition')], 'the [-letter (ICE).-] {+A petition+}'],
    ['a replacement with its own space', [op('delete', 'said '), op('insert', 'wrote')], '[-said-] {+wrote+}'],
    ['whitespace-only changes stay as they are', [op('equal', 'a'), op('insert', ' '), op('equal', 'b')], 'a b'],
    ['nothing changed', [op('equal', 'Same words.')], 'Same words.'],
  ])('%s', (_label, ops, expected) => {
    expect(diffLine(ops, false)).toBe(expected);
  });

  it('colours changes on a terminal, still with a space between two wordings', () => {
    const line = diffLine([op('delete', 'old'), op('insert', 'new')], true);
    expect(line).toContain('\x1b[');
    expect(line.replace(/\x1b\[\d+m/g, '')).toBe('old new');
  });
});

describe('wantsColor', () => {
  it.each<[string, boolean | undefined, NodeJS.ProcessEnv, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe or a file', undefined, {}, false],
    ['NO_COLOR on a terminal', true, { NO_COLOR: '1' }, false],
    ['FORCE_COLOR into a pipe', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', true, { FORCE_COLOR: '0' }, false],
  ])('%s', (_label, isTTY, env, expected) => {
    expect(wantsColor({ isTTY }, env)).toBe(expected);
  });
});

describe('npm run analyze into a pipe', () => {
  it.each<[string, NodeJS.ProcessEnv]>([
    ['piped', {}],
    ['piped with NO_COLOR=1', { NO_COLOR: '1' }],
  ])('%s: no escape codes, diffs marked in plain text', (_label, env) => {
    const { FORCE_COLOR: _drop, ...inherited } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', 'tests/fixtures/pages/seattletimes-article/source.html'], {
      cwd: root, encoding: 'utf8', env: { ...inherited, ...env }, timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\x1b');
    expect(run.stdout).toContain('technologies [-that-] Microsoft');
    expect(run.stdout).not.toMatch(/-\]\{\+/);
  }, 60_000);
});
