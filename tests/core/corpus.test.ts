// Covers core/corpus: manifest validation, compile errors that name the file and field, and the bundled corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf, compileCorpus, type StoryFolder } from '../../core/corpus/compile.ts';
import { parseStoryManifest } from '../../core/corpus/schema.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { corpusError } from '../corpus-error.ts';

const MANIFEST = 'stories/acme-strike/sources.json';
const TEXT = 'Workers at the Acme plant walked out on Monday, demanding that the company keep the site open.\n\nThe company said talks would continue this week.';

/** A valid manifest as an object, for tests to break one field of. */
function manifest(): { story: Record<string, unknown>; sources: Array<Record<string, unknown>> } {
  return {
    story: { id: 'acme-strike', title: 'Acme workers strike', summary: 'An invented story.' },
    sources: [
      { file: 'a.txt', outlet: 'Dayton Ledger', title: 'Acme workers walk out', date: '2024-03-04', url: null },
      { file: 'b.txt', outlet: 'Ohio Wire', title: 'Strike enters day two', date: null, url: 'https://example.org/acme' },
    ],
  };
}

/** An in-memory story folder. */
function folder(json: string, texts: Record<string, string> = { 'a.txt': TEXT, 'b.txt': TEXT }): StoryFolder {
  return {
    manifestPath: MANIFEST,
    manifest: json,
    readText: (name) => ({ path: `stories/acme-strike/${name}`, text: texts[name] ?? null }),
  };
}

describe('parseStoryManifest', () => {
  it('accepts a valid manifest and trims its strings', () => {
    const m = manifest();
    m.story['title'] = '  Acme workers strike ';
    const parsed = parseStoryManifest(MANIFEST, JSON.stringify(m));
    expect(parsed.story).toEqual({ id: 'acme-strike', title: 'Acme workers strike', summary: 'An invented story.' });
    expect(parsed.sources.map((s) => [s.file, s.outlet, s.date, s.url])).toEqual([
      ['a.txt', 'Dayton Ledger', '2024-03-04', null],
      ['b.txt', 'Ohio Wire', null, 'https://example.org/acme'],
    ]);
  });

  it.each<[string, (m: ReturnType<typeof manifest>) => unknown, string, string]>([
    ['the root is not an object', () => [], '(root)', 'must be an object'],
    ['story is missing', (m) => ({ sources: m.sources }), 'story', 'must be an object'],
    ['story.id is missing', (m) => (delete m.story['id'], m), 'story.id', 'must be a non-empty string'],
    ['story.id has capitals and spaces', (m) => ((m.story['id'] = 'Acme Strike'), m), 'story.id', 'lower-case letters, digits and dashes'],
    ['story.title is blank', (m) => ((m.story['title'] = '   '), m), 'story.title', 'must be a non-empty string'],
    ['sources is not an array', (m) => ({ ...m, sources: { 'a.txt': 'Dayton Ledger' } }), 'sources', 'must be a non-empty array'],
    ['sources is empty', (m) => ({ ...m, sources: [] }), 'sources', 'must be a non-empty array'],
    ['sources[1] is a string', (m) => ({ ...m, sources: [m.sources[0], 'b.txt'] }), 'sources[1]', 'must be an object'],
    ['sources[1].outlet is empty', (m) => ((m.sources[1]!['outlet'] = ''), m), 'sources[1].outlet', 'must be a non-empty string'],
    ['sources[0].title is a number', (m) => ((m.sources[0]!['title'] = 42), m), 'sources[0].title', 'must be a non-empty string'],
    ['sources[0].file is not a .txt', (m) => ((m.sources[0]!['file'] = 'a.html'), m), 'sources[0].file', 'must name a .txt file'],
    ['sources[1].file leaves the folder', (m) => ((m.sources[1]!['file'] = '../secret.txt'), m), 'sources[1].file', 'must name a .txt file'],
    ['sources[0].date is written out', (m) => ((m.sources[0]!['date'] = '19 June 2018'), m), 'sources[0].date', 'must be yyyy-mm-dd'],
    ['sources[1].date has no day', (m) => ((m.sources[1]!['date'] = '2018-06'), m), 'sources[1].date', 'must be yyyy-mm-dd'],
    ['sources[0].url is not http(s)', (m) => ((m.sources[0]!['url'] = 'ftp://example.org/a'), m), 'sources[0].url', 'http(s) URL'],
    ['a file is listed twice', (m) => ((m.sources[1]!['file'] = 'a.txt'), m), 'sources[1].file', 'repeats "a.txt"'],
  ])('rejects a manifest where %s', (_name, breakIt, field, problem) => {
    const error = corpusError(() => parseStoryManifest(MANIFEST, JSON.stringify(breakIt(manifest()))));
    expect(error.file).toBe(MANIFEST);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${MANIFEST}: ${field} `)).toBe(true);
    expect(error.message).toContain(problem);
  });

  it.each([
    ['broken JSON', '{ "story": { "id": "acme-strike", }'],
    ['an empty file', ''],
  ])('rejects %s, naming the file', (_name, json) => {
    const error = corpusError(() => parseStoryManifest(MANIFEST, json));
    expect(error.message).toMatch(new RegExp(`^${MANIFEST}: \\(file\\) is not valid JSON`));
  });
});

describe('compileCorpus errors', () => {
  it.each<[string, Record<string, string>, string, string]>([
    ['a listed text that does not exist', { 'a.txt': TEXT }, `${MANIFEST}: sources[1].file`, 'names "b.txt", which does not exist'],
    ['an empty text file', { 'a.txt': TEXT, 'b.txt': '  \n\n ' }, 'stories/acme-strike/b.txt: (text)', 'is empty'],
    ['a binary file', { 'a.txt': TEXT, 'b.txt': 'PK\u0003\u0004\u0000\u0000binary' }, 'stories/acme-strike/b.txt: (text)', 'is not a text file'],
    ['a text of debris only', { 'a.txt': 'Share story\nAdvertisement\n', 'b.txt': TEXT }, 'stories/acme-strike/a.txt: (text)', 'has no sentences'],
  ])('reports %s', (_name, texts, where, problem) => {
    const error = corpusError(() => compileCorpus([folder(JSON.stringify(manifest()), texts)]));
    expect(error.message).toContain(`${where} ${problem}`);
  });

  const broken = join(import.meta.dirname, '..', 'fixtures', 'corpus-broken');
  it.each([
    ['missing-file', join('missing-file', 'acme-strike', 'sources.json'), 'sources[1].file names "b.txt", which does not exist'],
    ['empty-text', join('empty-text', 'acme-strike', 'b.txt'), '(text) is empty'],
    ['debris-only', join('debris-only', 'acme-strike', 'b.txt'), '(text) has no sentences after cleaning'],
    ['duplicate-story', join('duplicate-story', 'acme-strike-copy', 'sources.json'), 'story.id repeats "acme-strike"'],
  ])('reports the problem of the fixture folder %s with its path', (name, path, problem) => {
    const error = corpusError(() => compileCorpus(readStoryFolders(join(broken, name))));
    expect(error.message).toContain(`${path}: ${problem}`);
  });

  it('compiles a valid invented story from a fixture folder', () => {
    const [first] = readStoryFolders(join(broken, 'duplicate-story'));
    const corpus = compileCorpus([first!]);
    expect(corpus.stories.map((s) => [s.id, s.sources.map((x) => x.outlet)])).toEqual([['acme-strike', ['Dayton Ledger', 'Ohio Wire']]]);
    expect(corpus.stories[0]!.sources.every((s) => s.claims.length >= 2)).toBe(true);
  });
});

describe('the bundled corpus', () => {
  const corpus = compileCorpus(readStoryFolders());

  it('compiles one story with its three sources', () => {
    expect(corpus.stories.map((s) => s.id)).toEqual(['microsoft-ice-contract-2018']);
    const story = corpus.stories[0]!;
    expect(story.sources.map((s) => s.outlet)).toEqual(['The Seattle Times', 'Motherboard', 'Mashable']);
    expect(story.sources.map((s) => s.id)).toEqual(['seattletimes', 'motherboard', 'mashable']);
  });

  it('reads claims whose offsets index the bundled text', () => {
    for (const source of corpus.stories[0]!.sources) {
      expect(source.claims.length).toBeGreaterThan(10);
      for (const claim of source.claims) expect(source.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('builds a fingerprint whose anchors are among its terms', () => {
    const { terms, anchors } = corpus.stories[0]!.fingerprint;
    expect(terms.length).toBeGreaterThan(10);
    expect(anchors.length).toBeGreaterThan(0);
    const termSet = new Set(terms.map(([t]) => t));
    for (const anchor of anchors) expect(termSet.has(anchor)).toBe(true);
  });

  it('lists the sources in the catalog without their texts', () => {
    const catalog = catalogOf(corpus);
    const sources = catalog.stories[0]!.sources;
    expect(sources.map((s) => s.outlet)).toEqual(['The Seattle Times', 'Motherboard', 'Mashable']);
    for (const s of sources) expect(Object.keys(s).sort()).toEqual(['date', 'id', 'outlet', 'title', 'url']);
  });
});
