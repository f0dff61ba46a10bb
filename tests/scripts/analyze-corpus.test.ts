// `npm run --silent analyze -- FILE --corpus DIR`: a page checked against a story pack beside the bundled story,
// or its .zip, and packs or options that are refused with a message and exit status 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../core/result.ts';
import { zipPack } from '../../lib/stories/pack.ts';

const root = join(import.meta.dirname, '..', '..');
const PAGE = 'tests/fixtures/packs/thornwick-herald.txt';
const PACK = 'tests/fixtures/packs/thornwick-footbridge';

function analyze(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('analyze --corpus', () => {
  it('recognizes a page of the pack\'s story and compares it with the pack\'s sources', () => {
    const run = analyze(PAGE, '--corpus', PACK, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as AnalysisResult;
    expect(result.story?.id).toBe('thornwick-footbridge');
    expect(result.sources.map((s) => s.outlet)).toEqual(['Thornwick Courier', 'Vell Valley Wire']);
    const quote = result.claims.find((c) => c.text.startsWith('"We owe every family an answer'));
    expect(quote?.matches.map((m) => m.outlet)).toEqual(expect.arrayContaining(['Thornwick Courier', 'Vell Valley Wire']));
  }, 60_000);

  it('takes a folder of packs too, keeps the bundled story, and without the pack recognizes nothing', () => {
    const folder = analyze(PAGE, '--corpus', 'tests/fixtures/packs');
    expect(folder.status).toBe(0);
    expect(folder.stdout).toContain('Story: Footbridge collapses during Thornwick lantern parade');
    const bundled = analyze('tests/fixtures/positives/wire-service-report.txt', '--corpus', PACK, '--json');
    expect((JSON.parse(bundled.stdout) as AnalysisResult).story?.id).toBe('microsoft-ice-contract-2018');
    const bundledOnly = analyze(PAGE);
    expect(bundledOnly.status).toBe(0);
    expect(bundledOnly.stdout).toContain('No bundled story recognized in this article.');
  }, 60_000);

  it.each([
    [['--corpus', 'tests/fixtures/corpus-broken/missing-file'], 'sources[1].file names "b.txt", which does not exist'],
    [['--corpus', PACK, '--corpus', PACK], 'story.id repeats "thornwick-footbridge"'],
    [['--corpus'], '--corpus needs a folder or a story pack (.zip)'],
    [['--corpus', 'tests/fixtures/packs/no-such-pack'], '--corpus tests/fixtures/packs/no-such-pack is neither a folder nor a story pack (.zip)'],
    [['--corpus', 'tests/fixtures/packs/no-such-pack.zip'], 'is neither a folder nor a story pack (.zip)'],
    [['--corpus', 'tests/fixtures/pages'], 'holds no story folder'],
  ])('refuses %j with a message and status 2', (args, message) => {
    const run = analyze(PAGE, ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe('analyze on a text file with header lines', () => {
  // A report of Nadella's email alone (tests/fixtures/partial, written here): recognized only with its headline and date.
  const memo = readFileSync(join(root, 'tests', 'fixtures', 'partial', 'nadella-memo.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-analyze-'));

  it('reads the headline, date and address from URL, TITLE and DATE lines, as the dev set writes them', () => {
    const file = join(dir, 'with-header.txt');
    writeFileSync(file, `URL: https://example.com/2018/06/20/nadella-note\nTITLE: Nadella calls border policy "cruel and abusive"\nDATE: 2018-06-20\n\n${memo}\n`);
    const result = JSON.parse(analyze(file, '--json').stdout) as AnalysisResult;
    expect(result.story?.id).toBe('microsoft-ice-contract-2018');
    expect(result.claims.some((c) => c.text.startsWith('URL:'))).toBe(false);
  }, 60_000);

  it('takes a file without them for article text alone', () => {
    const file = join(dir, 'without-header.txt');
    writeFileSync(file, `${memo}\n`);
    const result = JSON.parse(analyze(file, '--json').stdout) as AnalysisResult;
    expect(result.story).toBeNull();
  }, 60_000);
});

describe('analyze --corpus PACK.zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-zip-'));
  const folder = join(root, PACK);
  const files = (prefix: string) => Object.fromEntries(readdirSync(folder).map((name) => [`${prefix}${name}`, readFileSync(join(folder, name), 'utf8')]));

  it.each([
    ['as the Stories page exports it (<id>/sources.json)', 'thornwick-footbridge/'],
    ['zipped with sources.json at its root', ''],
  ])('takes a pack %s, as it takes the folder', (_label, prefix) => {
    const zip = join(dir, `pack-${prefix ? 'folder' : 'root'}.zip`);
    writeFileSync(zip, zipPack(files(prefix)));
    const run = analyze(PAGE, '--corpus', zip, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as AnalysisResult;
    expect(result.story?.id).toBe('thornwick-footbridge');
    expect(result.sources.map((s) => s.outlet)).toEqual(['Thornwick Courier', 'Vell Valley Wire']);
  }, 60_000);

  it('refuses a pack that names a missing text with the zip, the file and the field, status 2', () => {
    const broken = files('thornwick-footbridge/');
    delete broken['thornwick-footbridge/wire.txt'];
    const zip = join(dir, 'broken.zip');
    writeFileSync(zip, zipPack(broken));
    const run = analyze(PAGE, '--corpus', zip);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken\.zip: thornwick-footbridge\/sources\.json: sources\[1\]\.file names "wire\.txt", which does not exist/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuses a file that is not a zip, in one line', () => {
    const zip = join(dir, 'not-a.zip');
    writeFileSync(zip, 'hello');
    const run = analyze(PAGE, '--corpus', zip);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not-a.zip: This file is not a story pack (.zip)');
  }, 60_000);
});

describe('analyze names outlets', () => {
  it('says which outlet\'s report the page is, by the outlet\'s name', () => {
    const run = analyze('tests/fixtures/pages/seattletimes-article/source.html');
    expect(run.stdout).toContain("(this page is The Seattle Times's report)");
    expect(run.stdout).not.toMatch(/\bthe the\b|seattletimes source/i);
  }, 60_000);
});
