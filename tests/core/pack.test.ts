// Covers core/corpus/pack.ts and ids.ts: a story as a pack and back, packs refused with the file and field at
// fault, merging an imported story into an own one, and the ids given to new stories and sources.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { compileCorpus } from '../../core/corpus/compile.ts';
import { slugOf, sourceIdFor, storyIdFor, uniqueId } from '../../core/corpus/ids.ts';
import { foldersOfPack, mergeStories, packOf, storyOfPack, type OwnSource, type OwnStory, type StoryPackFiles } from '../../core/corpus/pack.ts';
import type { PackFiles, StoredSource, StoredStory } from '../../shared/stories.ts';
import { corpusError } from '../corpus-error.ts';

const NOW = '2025-05-02T10:00:00.000Z';
const LATER = '2025-05-03T08:30:00.000Z';

// An invented event: the Harwick ferry that ran aground, told by two invented papers.
const HARBOR_TEXT =
  'The Harwick ferry Morning Lark ran aground off Pellow Point on Tuesday with 212 passengers aboard.\n\n' +
  'Captain Ines Varga said the tide had fallen faster than the charts showed. No one was hurt, the coast guard said.';
const COAST_TEXT =
  'About 200 passengers were taken off the Morning Lark after the Harwick ferry struck a sandbank near Pellow Point.\n\n' +
  '"The charts were wrong," Captain Ines Varga told reporters on Wednesday.';

function source(id: string, text: string, url: string | null, extra: Partial<OwnSource> = {}): OwnSource {
  return { id, outlet: `Outlet ${id}`, title: `Report ${id}`, date: '2025-04-29', url, text, added: NOW, ...extra };
}

function story(sources: OwnSource[], extra: Partial<OwnStory> = {}): OwnStory {
  return { id: 'harwick-ferry', title: 'Harwick ferry aground', summary: 'An invented story.', sources, created: NOW, updated: NOW, ...extra };
}

const FERRY = story([source('harbor-gazette', HARBOR_TEXT, 'https://gazette.example/ferry'), source('coast-post', COAST_TEXT, null)]);

/** FERRY's pack with one file changed (a string) or removed (null). */
function packWith(path: string, content: string | null): StoryPackFiles {
  const files: Record<string, string> = { ...packOf(FERRY) };
  if (content === null) delete files[path];
  else files[path] = content;
  return files;
}

/** FERRY's manifest with one change made to it. */
function manifestWith(change: (m: { story: Record<string, unknown>; sources: Array<Record<string, unknown>> }) => void): StoryPackFiles {
  const manifest = JSON.parse(packOf(FERRY)['harwick-ferry/sources.json']!);
  change(manifest);
  return packWith('harwick-ferry/sources.json', JSON.stringify(manifest));
}

describe('story packs', () => {
  it('are the types lib/stories.ts stores', () => {
    expectTypeOf<OwnStory>().toEqualTypeOf<StoredStory>();
    expectTypeOf<OwnSource>().toEqualTypeOf<StoredSource>();
    expectTypeOf<StoryPackFiles>().toEqualTypeOf<PackFiles>();
  });

  it('hold a story folder in the format of assets/corpus/', () => {
    const files = packOf(FERRY);
    expect(Object.keys(files).sort()).toEqual(['harwick-ferry/coast-post.txt', 'harwick-ferry/harbor-gazette.txt', 'harwick-ferry/sources.json']);
    expect(files['harwick-ferry/coast-post.txt']).toBe(COAST_TEXT);
    expect(JSON.parse(files['harwick-ferry/sources.json']!)).toEqual({
      story: { id: 'harwick-ferry', title: 'Harwick ferry aground', summary: 'An invented story.' },
      sources: [
        { file: 'harbor-gazette.txt', outlet: 'Outlet harbor-gazette', title: 'Report harbor-gazette', date: '2025-04-29', url: 'https://gazette.example/ferry' },
        { file: 'coast-post.txt', outlet: 'Outlet coast-post', title: 'Report coast-post', date: '2025-04-29', url: null },
      ],
    });
    expect(files['harwick-ferry/sources.json']).toMatch(/^\{\n {2}"story": \{\n/);
  });

  it('come back as the same story, added now', () => {
    const back = storyOfPack(packOf(FERRY), LATER);
    expect(back).toEqual({
      ...FERRY,
      created: LATER,
      updated: LATER,
      sources: FERRY.sources.map((s) => ({ ...s, added: LATER })),
    });
  });

  it('compile as a story folder', () => {
    const corpus = compileCorpus(foldersOfPack(packOf(FERRY)));
    expect(corpus.stories.map((s) => [s.id, s.sources.map((x) => x.id)])).toEqual([['harwick-ferry', ['harbor-gazette', 'coast-post']]]);
  });

  it('may lie one folder deeper, or at the top, and carry archivers\' debris', () => {
    const nested = Object.fromEntries(Object.entries(packOf(FERRY)).map(([path, text]) => [`ferry-pack/${path}`, text]));
    const debris = { '__MACOSX/ferry-pack/harwick-ferry/._sources.json': 'x', 'ferry-pack/.DS_Store': '\u0000', 'ferry-pack/': '', '.hidden/sources.json': '{}' };
    expect(storyOfPack({ ...nested, ...debris }, NOW)).toEqual(FERRY);
    const top = Object.fromEntries(Object.entries(packOf(FERRY)).map(([path, text]) => [path.replace('harwick-ferry/', ''), text]));
    expect(storyOfPack(top, NOW)).toEqual(FERRY);
  });

  it('ignore texts the manifest does not name', () => {
    expect(storyOfPack({ ...packOf(FERRY), 'harwick-ferry/notes.txt': 'my notes', 'README.md': 'hello' }, NOW)).toEqual(FERRY);
  });
});

describe('malformed packs', () => {
  const cases: Array<[string, () => StoryPackFiles, string]> = [
    ['no sources.json', () => packWith('harwick-ferry/sources.json', null), 'sources.json: (file) is missing'],
    ['sources.json too deep', () => ({ 'a/b/c/sources.json': packOf(FERRY)['harwick-ferry/sources.json']! }), 'sources.json: (file) is missing'],
    ['two stories', () => ({ ...packOf(FERRY), 'other/sources.json': '{}' }), 'other/sources.json: (file) is a second story beside harwick-ferry/sources.json'],
    ['bad JSON', () => packWith('harwick-ferry/sources.json', '{"story": '), 'harwick-ferry/sources.json: (file) is not valid JSON'],
    ['a missing text file', () => packWith('harwick-ferry/coast-post.txt', null), 'harwick-ferry/sources.json: sources[1].file names "coast-post.txt", which does not exist'],
    ['an empty text', () => packWith('harwick-ferry/harbor-gazette.txt', ' \n\t'), 'harwick-ferry/harbor-gazette.txt: (text) is empty'],
    ['a binary text', () => packWith('harwick-ferry/harbor-gazette.txt', 'PK\u0003\u0004\u0000'), 'harwick-ferry/harbor-gazette.txt: (text) is not a text file'],
    ['a bad date', () => manifestWith((m) => (m.sources[0]!['date'] = '2025-02-30')), 'harwick-ferry/sources.json: sources[0].date must be yyyy-mm-dd'],
    ['a bad story id', () => manifestWith((m) => (m.story['id'] = 'Harwick Ferry')), 'harwick-ferry/sources.json: story.id must be lower-case letters, digits and dashes'],
    ['a bad file name', () => manifestWith((m) => (m.sources[1]!['file'] = '../coast-post.txt')), 'harwick-ferry/sources.json: sources[1].file must name a .txt file'],
    ['a missing outlet', () => manifestWith((m) => delete m.sources[0]!['outlet']), 'harwick-ferry/sources.json: sources[0].outlet must be a non-empty string'],
    ['a path out of the pack', () => ({ ...packOf(FERRY), '../escape.txt': 'x' }), '../escape.txt: (path) leaves the pack'],
    ['a path out of a folder', () => ({ ...packOf(FERRY), 'harwick-ferry/../../escape.txt': 'x' }), 'harwick-ferry/../../escape.txt: (path) leaves the pack'],
    ['an absolute path', () => ({ ...packOf(FERRY), '/etc/passwd': 'x' }), '/etc/passwd: (path) leaves the pack'],
    ['a Windows path', () => ({ ...packOf(FERRY), 'C:\\temp\\x.txt': 'x' }), 'C:\\temp\\x.txt: (path) leaves the pack'],
    ['a backslash path out', () => ({ ...packOf(FERRY), 'harwick-ferry\\..\\..\\x.txt': 'x' }), '(path) leaves the pack'],
  ];
  it.each(cases)('%s: refused, naming the file and field', (_, files, message) => {
    expect(corpusError(() => storyOfPack(files(), NOW)).message).toContain(message);
  });

  it('do not read a text named like an Object property', () => {
    const files = manifestWith((m) => (m.sources[1]!['file'] = 'constructor.txt'));
    expect(corpusError(() => storyOfPack(files, NOW)).message).toContain('names "constructor.txt", which does not exist');
  });
});

describe('mergeStories', () => {
  const THIRD = 'Divers from Pellow Point inspected the hull of the Morning Lark on Thursday and found a long dent.';

  it('adds the sources the story does not have, keeping its title', () => {
    const incoming = story([source('harbor-gazette', HARBOR_TEXT, 'https://gazette.example/ferry'), source('pellow-times', THIRD, 'https://pellow.example/a')], { title: 'Theirs', updated: LATER });
    const merged = mergeStories(FERRY, incoming, LATER);
    expect(merged.title).toBe('Harwick ferry aground');
    expect(merged.created).toBe(NOW);
    expect(merged.updated).toBe(LATER);
    expect(merged.sources.map((s) => s.id)).toEqual(['harbor-gazette', 'coast-post', 'pellow-times']);
  });

  it('knows a source by its URL, or by its text', () => {
    const sameUrl = source('x', THIRD, 'https://gazette.example/ferry');
    const sameText = source('y', `${COAST_TEXT}\n`, null);
    const sameTextOtherUrl = source('z', HARBOR_TEXT, 'https://gazette.example/amp/ferry');
    const merged = mergeStories(FERRY, story([sameUrl, sameText, sameTextOtherUrl]), LATER);
    expect(merged).toBe(FERRY);
  });

  it('adds a source only once when the incoming story repeats it', () => {
    const merged = mergeStories(FERRY, story([source('a', THIRD, null), source('b', THIRD, null)]), LATER);
    expect(merged.sources.map((s) => s.id)).toEqual(['harbor-gazette', 'coast-post', 'a']);
  });

  it('gives a new source whose id is taken the next free one', () => {
    const incoming = story([source('coast-post', THIRD, 'https://post.example/2'), source('Coast-Post', `${THIRD} Again.`, null), source('coast-post-2', `${THIRD} Once more.`, null)]);
    expect(mergeStories(FERRY, incoming, LATER).sources.map((s) => s.id)).toEqual(['harbor-gazette', 'coast-post', 'coast-post-2', 'Coast-Post-3', 'coast-post-2-2']);
  });
});

describe('ids', () => {
  it.each([
    ['Harwick ferry runs aground', 'harwick-ferry-runs-aground'],
    ['  Zürich: "Crèche" fire! ', 'zurich-creche-fire'],
    ['The Seattle Times', 'the-seattle-times'],
    ['2024 — the year ___ ended', '2024-the-year-ended'],
    ['東京', ''],
  ])('slugOf(%j) is %j', (text, slug) => {
    expect(slugOf(text)).toBe(slug);
  });

  it('stay within 60 characters without a trailing dash', () => {
    const title = 'A very long headline about the ferry that ran aground off Pellow Point in the night';
    const id = storyIdFor(title, new Set());
    expect(id).toBe('a-very-long-headline-about-the-ferry-that-ran-aground-off');
    expect(id.length).toBeLessThanOrEqual(60);
    const next = storyIdFor(title, new Set([id]));
    expect(next).toBe('a-very-long-headline-about-the-ferry-that-ran-aground-off-2');
  });

  it('are unique, whatever the case of the taken ones', () => {
    expect(storyIdFor('Harwick ferry', new Set(['harwick-ferry', 'Harwick-Ferry-2']))).toBe('harwick-ferry-3');
    expect(uniqueId('x'.repeat(60), new Set(['x'.repeat(60)]))).toBe(`${'x'.repeat(58)}-2`);
  });

  it('fall back to a word when nothing is left of the title', () => {
    expect(storyIdFor('東京', new Set())).toBe('story');
    expect(sourceIdFor('???', new Set(['source']))).toBe('source-2');
  });

  it('name a source by its outlet or its host', () => {
    expect(sourceIdFor('The Harbor Gazette', new Set())).toBe('the-harbor-gazette');
    expect(sourceIdFor('www.coastpost.example', new Set(['coastpost-example']))).toBe('coastpost-example-2');
  });

  it('are valid in a story pack', () => {
    for (const title of ['Harwick ferry', '!!!', 'x'.repeat(100), 'Ünïcödé']) {
      expect(storyIdFor(title, new Set())).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(`${sourceIdFor(title, new Set())}.txt`).toMatch(/^[\w.-]+\.txt$/);
    }
  });
});
