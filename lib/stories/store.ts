import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { StoredStory } from '../../shared/stories.ts';
import { parseStoredStory } from './record.ts';

/**
 * The reader's own stories, in IndexedDB (database "triangulate", object store "stories", keyed by story id), and
 * beside them each story compiled (object store "compiled"), so that a background start reads them instead of
 * compiling them again. Only the background uses it. Story records are checked on every read
 * (lib/stories/record.ts): one damaged record is reported and left as it is, never dropped or overwritten, so that
 * nothing else is lost with it. A compiled record is only ever a copy: changing or deleting its story deletes it
 * in the same transaction, and one that cannot be read is compiled again.
 */

/** A failure of the store, with a message for the reader. */
export class StoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The reader's own stories, stored. */
export interface StoryStore {
  /** Every readable story, and a message per record that could not be read (kept untouched in the database). */
  list(): Promise<{ stories: StoredStory[]; problems: string[] }>;
  /** The story with this id; null when there is none, StoreError when its record cannot be read. */
  get(id: string): Promise<StoredStory | null>;
  /**
   * Adds or replaces a story. Quota exceeded → StoreError("Not enough storage space ..."), nothing else lost. A
   * record under the same id that cannot be read is not replaced (StoreError).
   */
  put(story: StoredStory): Promise<void>;
  /** Deletes a story (nothing happens when there is none). */
  delete(id: string): Promise<void>;
  /** Every story's compiled copy, as stored. */
  compiled(): Promise<CompiledRecord[]>;
  /** Keeps a story's compiled copy (a failure loses nothing: the story is compiled again at the next start). */
  putCompiled(record: CompiledRecord): Promise<void>;
}

/** A story compiled, as kept beside it. */
export interface CompiledRecord {
  /** The story's id. */
  readonly id: string;
  /** What it was compiled from (lib/stories/library.ts compileKey): a copy whose key differs is not used. */
  readonly key: string;
  /** The compiled story (core/corpus CorpusStory) as JSON: one string reads back far faster than its many objects. */
  readonly json: string;
}

interface Schema extends DBSchema {
  stories: { key: string; value: StoredStory };
  compiled: { key: string; value: CompiledRecord };
}

type Database = IDBPDatabase<Schema>;
type Upgrade = IDBPTransaction<Schema, Array<'stories' | 'compiled'>, 'versionchange'>;

/**
 * The schema's upgrade steps: step i takes a database of version i to version i + 1. A new version is one more
 * entry at the end; a database is brought up from whatever version it has, one step at a time, in the upgrade
 * transaction, so a failed step leaves the old version whole.
 */
const UPGRADES: ReadonlyArray<(db: Database, tx: Upgrade) => void> = [
  // 1: the stories, by id.
  (db) => {
    db.createObjectStore('stories', { keyPath: 'id' });
  },
  // 2: each story compiled, by story id.
  (db) => {
    db.createObjectStore('compiled', { keyPath: 'id' });
  },
];

/** The version of the database this code writes. */
export const STORE_VERSION: number = UPGRADES.length;

const DATABASE_NAME = 'triangulate';

/** Opens (and upgrades) the database; `onGone` hears when the connection closes or must close. */
async function openDatabase(factory: IDBFactory, name: string, onGone: () => void): Promise<Database> {
  const request = factory.open(name, STORE_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as Database;
    const tx = wrap(request.transaction!) as unknown as Upgrade;
    for (let version = event.oldVersion; version < STORE_VERSION; version++) UPGRADES[version]!(db, tx);
  });
  const db = (await wrap(request)) as unknown as Database;
  const connection = db as unknown as IDBDatabase;
  // A newer version of the extension (another context) or the browser clearing data wants the database: let go
  // at once rather than block it, and open again on the next call.
  connection.addEventListener('versionchange', () => {
    connection.close();
    onGone();
  });
  connection.addEventListener('close', onGone);
  return db;
}

const isNamed = (error: unknown, name: string) => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reader's message for a failed step of the store. */
function storeError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isNamed(error, 'QuotaExceededError')) {
    return new StoreError(`Not enough storage space to ${doing}: the browser gives Triangulate no more room. Delete stories you no longer need, or free space on the disk, and try again. Nothing else was changed.`, { cause: error });
  }
  if (isNamed(error, 'VersionError')) {
    return new StoreError('Your stories were saved by a newer version of Triangulate, which this one cannot read. Update the extension to see them; they are kept as they are.', { cause: error });
  }
  return new StoreError(`Could not ${doing}: ${reason(error)}`, { cause: error });
}

/**
 * The story store. Nothing is opened until the first call; a connection the browser closes, or gives up to a
 * newer version, is opened again on the next call. `factory` and `name` are for the tests.
 */
export function openStoryStore(options: { factory?: IDBFactory; name?: string } = {}): StoryStore {
  const name = options.name ?? DATABASE_NAME;
  let opening: Promise<Database> | null = null;

  const database = (): Promise<Database> => {
    if (!opening) {
      const current = openDatabase(options.factory ?? globalThis.indexedDB, name, () => {
        if (opening === current) opening = null;
      });
      opening = current;
      // A failed open is tried again on the next call, not remembered.
      current.catch(() => {
        if (opening === current) opening = null;
      });
    }
    return opening;
  };

  /** Runs one step against the database; a connection that closed under it is opened again once. */
  const run = async <T>(doing: string, step: (db: Database) => Promise<T>): Promise<T> => {
    try {
      try {
        return await step(await database());
      } catch (error) {
        if (!isNamed(error, 'InvalidStateError')) throw error;
        opening = null;
        return await step(await database());
      }
    } catch (error) {
      throw storeError(error, doing);
    }
  };

  return {
    list: () =>
      run('read your stories', async (db) => {
        const tx = db.transaction('stories', 'readonly');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
        const stories: StoredStory[] = [];
        const problems: string[] = [];
        values.forEach((value: unknown, i) => {
          const story = parseStoredStory(value);
          if (typeof story === 'string') problems.push(unreadable(keys[i], story));
          else stories.push(story);
        });
        return { stories, problems };
      }),

    get: (id) =>
      run('read the story', async (db) => {
        const value: unknown = await db.get('stories', id);
        if (value === undefined) return null;
        const story = parseStoredStory(value);
        if (typeof story === 'string') throw new StoreError(unreadable(id, story));
        return story;
      }),

    put: (story) =>
      run(`save the story "${story.title}"`, async (db) => {
        const tx = db.transaction(['stories', 'compiled'], 'readwrite');
        const stories = tx.objectStore('stories');
        const write = async () => {
          const before: unknown = await stories.get(story.id);
          if (before !== undefined && typeof parseStoredStory(before) === 'string') {
            tx.abort();
            throw new StoreError(`A stored story with the id "${story.id}" could not be read, so it was kept and "${story.title}" was not saved over it.`);
          }
          await Promise.all([stories.put(story), tx.objectStore('compiled').delete(story.id)]);
        };
        // Both awaited together: the quota error may come from the request or only from the commit.
        await Promise.all([write(), tx.done.catch((error: unknown) => (isNamed(error, 'AbortError') ? undefined : Promise.reject(error)))]);
      }),

    delete: (id) =>
      run('delete the story', async (db) => {
        const tx = db.transaction(['stories', 'compiled'], 'readwrite');
        await Promise.all([tx.objectStore('stories').delete(id), tx.objectStore('compiled').delete(id), tx.done]);
      }),

    compiled: () =>
      run('read your compiled stories', async (db) => {
        const values: unknown[] = await db.getAll('compiled');
        return values.filter(isCompiledRecord);
      }),

    putCompiled: (record) =>
      run(`keep the compiled story "${record.id}"`, async (db) => {
        await db.put('compiled', record);
      }),
  };
}

/** Whether a stored value has the shape of a compiled record (any other is ignored: its story is compiled again). */
function isCompiledRecord(value: unknown): value is CompiledRecord {
  const record = value as Partial<CompiledRecord> | null;
  return typeof record === 'object' && record !== null && typeof record.id === 'string' && typeof record.key === 'string' && typeof record.json === 'string';
}

/** The message for a record that could not be read. */
function unreadable(key: unknown, problem: string): string {
  return `The stored story "${String(key)}" could not be read (${problem}); it is kept as it is, and left out until it can be.`;
}
