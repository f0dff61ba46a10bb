// Covers lib/stories/store.ts and lib/stories/record.ts on fake-indexeddb: storing and reading stories, damaged
// records (reported, kept, never overwritten), opening a database of an earlier version, running out of space,
// and connections opened together or taken away by another version.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredSource, StoredStory } from '../../../shared/stories.ts';
import { parseStoredStory } from '../../../lib/stories/record.ts';
import { openStoryStore, STORE_VERSION, StoreError } from '../../../lib/stories/store.ts';

const NOW = '2025-05-02T10:00:00.000Z';

function source(id: string, extra: Partial<StoredSource> = {}): StoredSource {
  return { id, outlet: 'Harbor Gazette', title: 'Ferry aground', date: '2025-04-29', url: `https://gazette.example/${id}`, text: 'The Morning Lark ran aground off Pellow Point.', added: NOW, ...extra };
}

function story(id: string, extra: Partial<StoredStory> = {}): StoredStory {
  return { id, title: `Story ${id}`, summary: '', sources: [source('gazette')], created: NOW, updated: NOW, ...extra };
}

/** A fresh, empty browser's IndexedDB for each test. */
function fresh(): { factory: IDBFactory; store: ReturnType<typeof openStoryStore> } {
  const factory = new IDBFactory();
  return { factory, store: openStoryStore({ factory }) };
}

/** Opens the database by hand, as another context or an earlier version would. */
function rawOpen(factory: IDBFactory, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('triangulate', version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Every record as stored, bypassing the store's checks. */
async function rawRecords(factory: IDBFactory): Promise<unknown[]> {
  const db = await rawOpen(factory, STORE_VERSION);
  const all = await new Promise<unknown[]>((resolve) => {
    const request = db.transaction('stories').objectStore('stories').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return all;
}

/** Writes records by hand into a version-1 database. */
async function rawPut(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await rawOpen(factory, 1, (d) => d.createObjectStore('stories', { keyPath: 'id' }));
  await new Promise<void>((resolve) => {
    const tx = db.transaction('stories', 'readwrite');
    for (const record of records) tx.objectStore('stories').put(record);
    tx.oncomplete = () => resolve();
  });
  db.close();
}

afterEach(() => vi.restoreAllMocks());

describe('the story store', () => {
  it('puts, gets, lists, replaces and deletes stories', async () => {
    const { store } = fresh();
    expect(await store.list()).toEqual({ stories: [], problems: [] });
    expect(await store.get('ferry')).toBeNull();
    await store.put(story('ferry'));
    await store.put(story('strike', { sources: [source('a'), source('b', { date: null, url: null })] }));
    expect(await store.get('strike')).toEqual(story('strike', { sources: [source('a'), source('b', { date: null, url: null })] }));
    await store.put(story('ferry', { title: 'Ferry renamed' }));
    const { stories, problems } = await store.list();
    expect(stories.map((s) => [s.id, s.title])).toEqual([['ferry', 'Ferry renamed'], ['strike', 'Story strike']]);
    expect(problems).toEqual([]);
    await store.delete('ferry');
    await store.delete('no-such-story');
    expect((await store.list()).stories.map((s) => s.id)).toEqual(['strike']);
  });

  it('opens nothing until it is used', () => {
    const factory = new IDBFactory();
    const open = vi.spyOn(factory, 'open');
    openStoryStore({ factory });
    expect(open).not.toHaveBeenCalled();
  });

  it('opens one connection for calls made together', async () => {
    const { factory, store } = fresh();
    const open = vi.spyOn(factory, 'open');
    const [, , listed, got] = await Promise.all([store.put(story('a')), store.put(story('b')), store.list(), store.get('a')]);
    expect(open).toHaveBeenCalledTimes(1);
    expect(listed.stories.map((s) => s.id)).toEqual(['a', 'b']);
    expect(got?.id).toBe('a');
  });

  it('shares the database with another connection', async () => {
    const factory = new IDBFactory();
    const one = openStoryStore({ factory });
    const two = openStoryStore({ factory });
    await Promise.all([one.put(story('a')), two.put(story('b'))]);
    expect((await one.list()).stories.map((s) => s.id)).toEqual(['a', 'b']);
    expect((await two.list()).stories.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('damaged records', () => {
  const damaged = [
    { id: 'no-title', summary: '', sources: [source('a')], created: NOW, updated: NOW },
    { ...story('bad-date'), sources: [source('a'), source('b', { date: '2025-02-30' })] },
    { ...story('no-sources'), sources: [] },
    { ...story('twice'), sources: [source('a'), source('a')] },
    { ...story('Bad Id') },
  ];

  it('are reported by field and left out, and the others read', async () => {
    const { factory, store } = fresh();
    await rawPut(factory, [story('fine'), ...damaged]);
    const { stories, problems } = await store.list();
    expect(stories).toEqual([story('fine')]);
    expect(problems).toEqual([
      expect.stringContaining('"Bad Id" could not be read (id is not lower-case letters, digits and dashes)'),
      expect.stringContaining('"bad-date" could not be read (sources[1].date is not a yyyy-mm-dd date or null)'),
      expect.stringContaining('"no-sources" could not be read (sources is not a non-empty list)'),
      expect.stringContaining('"no-title" could not be read (title is not a string)'),
      expect.stringContaining('"twice" could not be read (sources[1].id repeats "a")'),
    ]);
    expect(problems[0]).toContain('it is kept as it is');
  });

  it('stay in the database as they were', async () => {
    const { factory, store } = fresh();
    await rawPut(factory, damaged);
    await store.list();
    await expect(store.get('no-title')).rejects.toThrow(StoreError);
    await expect(store.put(story('no-title'))).rejects.toThrow('could not be read, so it was kept and "Story no-title" was not saved over it');
    expect(await rawRecords(factory)).toEqual(expect.arrayContaining(damaged));
    expect(await rawRecords(factory)).toHaveLength(damaged.length);
  });

  it('go only when the reader deletes them', async () => {
    const { factory, store } = fresh();
    await rawPut(factory, damaged);
    await store.delete('no-title');
    expect(await rawRecords(factory)).toHaveLength(damaged.length - 1);
  });

  it.each([
    ['not an object', null, '(record) is not an object'],
    ['a number for a summary', { ...story('x'), summary: 3 }, 'summary is not a string'],
    ['a blank text', { ...story('x'), sources: [{ ...source('a'), text: '  ' }] }, 'sources[0].text is empty'],
    ['a binary text', { ...story('x'), sources: [{ ...source('a'), text: 'a\u0000b' }] }, 'sources[0].text is not text'],
    ['a script URL', { ...story('x'), sources: [{ ...source('a'), url: 'javascript:alert(1)' }] }, 'sources[0].url is not an http(s) URL or null'],
    ['a path for a source id', { ...story('x'), sources: [source('../a')] }, 'sources[0].id is not a file name (letters, digits, _ . -)'],
  ])('%s: parseStoredStory names the field', (_, value, problem) => {
    expect(parseStoredStory(value)).toBe(problem);
  });

  it('keeps only the known fields of a readable record', () => {
    expect(parseStoredStory({ ...story('x'), extra: 1, sources: [{ ...source('a'), more: true }] })).toEqual(story('x', { sources: [source('a')] }));
  });
});

describe('versions', () => {
  it('are 2 today: the stories (1), and their compiled copies beside them (2)', () => {
    expect(STORE_VERSION).toBe(2);
  });

  it('keep the records of a version-1 database made by hand', async () => {
    const { factory, store } = fresh();
    await rawPut(factory, [story('kept')]);
    expect(await store.list()).toEqual({ stories: [story('kept')], problems: [] });
  });

  it('let a newer version take the database, and say so', async () => {
    const { factory, store } = fresh();
    await store.put(story('a'));
    // A newer extension in another context opens the next version: the store lets go instead of blocking it.
    const newer = await rawOpen(factory, STORE_VERSION + 1);
    await expect(store.list()).rejects.toThrow('saved by a newer version of Triangulate');
    newer.close();
  });

  it('open again after the database was deleted under them', async () => {
    const { factory, store } = fresh();
    await store.put(story('a'));
    await new Promise((resolve, reject) => {
      const request = factory.deleteDatabase('triangulate');
      request.onsuccess = resolve;
      request.onerror = reject;
      request.onblocked = () => reject(new Error('blocked'));
    });
    expect(await store.list()).toEqual({ stories: [], problems: [] });
    await store.put(story('b'));
    expect((await store.list()).stories.map((s) => s.id)).toEqual(['b']);
  });
});

describe('running out of space', () => {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('refuses a story the browser cannot write at once, losing nothing else', async () => {
    const { store } = fresh();
    await store.put(story('a'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw full();
    });
    const error = await store.put(story('a', { title: 'Changed' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/^Not enough storage space to save the story "Changed"/);
    expect((error as Error).message).toContain('Nothing else was changed');
    vi.restoreAllMocks();
    expect(await store.list()).toEqual({ stories: [story('a')], problems: [] });
  });

  it('refuses a story whose write fails in the transaction, losing nothing else', async () => {
    const { store } = fresh();
    await store.put(story('a'));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      // fake-indexeddb writes through its raw store when the request runs: failing there makes the request
      // fail and the transaction abort with the error, as a browser does when the disk quota is reached.
      const raw = (this as unknown as { _rawObjectStore: { storeRecord: () => never } })._rawObjectStore;
      const storeRecord = raw.storeRecord;
      raw.storeRecord = () => {
        throw full();
      };
      try {
        return put.call(this, value, key);
      } finally {
        raw.storeRecord = storeRecord;
      }
    });
    await expect(store.put(story('b'))).rejects.toThrow(/^Not enough storage space to save the story "Story b"/);
    vi.restoreAllMocks();
    expect(await store.list()).toEqual({ stories: [story('a')], problems: [] });
    await store.put(story('b'));
    expect((await store.list()).stories.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('compiled copies (schema version 2)', () => {
  const copy = (id: string, key = 'k1') => ({ id, key, json: JSON.stringify({ id, sources: [] }) });

  it('are kept beside the stories and read back', async () => {
    const { store } = fresh();
    await store.put(story('ferry'));
    await store.putCompiled(copy('ferry'));
    expect(await store.compiled()).toEqual([copy('ferry')]);
  });

  it('go when their story changes or is deleted, in the same step', async () => {
    const { store } = fresh();
    await Promise.all([store.put(story('ferry')), store.put(story('strike'))]);
    await Promise.all([store.putCompiled(copy('ferry')), store.putCompiled(copy('strike'))]);
    await store.put(story('ferry', { title: 'Ferry renamed' }));
    expect((await store.compiled()).map((c) => c.id)).toEqual(['strike']);
    await store.delete('strike');
    expect(await store.compiled()).toEqual([]);
  });

  it('come with the upgrade of a version-1 database, whose stories stay as they were', async () => {
    const { factory, store } = fresh();
    await rawPut(factory, [story('ferry')]);
    expect(await store.compiled()).toEqual([]);
    expect((await store.list()).stories).toEqual([story('ferry')]);
    await store.putCompiled(copy('ferry'));
    expect((await store.compiled()).map((c) => c.id)).toEqual(['ferry']);
  });
});
