// The background's keeper of stories: own stories are compiled and analyzed beside the bundled ones from the moment
// they change, the quick look is handed their gate, and a refused change stores nothing.
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze.ts';
import { compileCorpus } from '../../../core/corpus/compile.ts';
import { COMPILED_FORMAT } from '../../../core/corpus/compile-stories.ts';
import { commonTermSet } from '../../../core/text/common-english.ts';
import type { StoredStory } from '../../../shared/stories.ts';
import { StoryLibrary, type OwnGate, type StoryStorage } from '../../../lib/stories/library.ts';
import type { CompiledRecord } from '../../../lib/stories/store.ts';
import { readStoryFolders } from '../../../scripts/corpus-files.ts';
import type { PageArticle } from '../../../shared/article.ts';
import { english } from '../../english.ts';

const bundled = compileCorpus(readStoryFolders());
const BUNDLED_ID = bundled.stories[0]!.id;

// Three invented reports of one event (a ferry contract in a harbour town), written for this test.
const REPORTS = {
  ledger: `Port Halden's harbour board voted 5 to 2 on Tuesday to award a $4.2 million ferry contract to Brightwater Marine, over the objections of the ferry workers' union.
"This contract puts profit ahead of the people who cross this water every day," said Mara Lindqvist, who leads the Harbour Workers Union.
The union had gathered 412 signatures against the deal from ferry crews and dock staff.
Board chair Tomas Reyes said the contract would replace two ageing boats by 2027 and keep fares at their current level.
Brightwater Marine runs ferries in three other ports on the coast.`,
  wire: `The Port Halden harbour board approved a $4.2 million contract with Brightwater Marine to run the town's ferries, despite a petition from the Harbour Workers Union.
More than 400 ferry crew members and dock workers signed the union's petition against the contract.
"This contract puts profit ahead of the people who cross the water," union leader Mara Lindqvist said.
Tomas Reyes, the board's chair, said Brightwater Marine would bring two new boats into service by 2027.
The vote was 5 to 2.`,
  gazette: `Port Halden will hand its ferries to Brightwater Marine after the harbour board approved a $4.2 million contract on Tuesday.
The Harbour Workers Union said 300 workers signed its petition against the contract.
Mara Lindqvist, the union's leader, said the deal put "profit ahead of people."
Board chair Tomas Reyes said fares would stay at their current level and two new boats would arrive by 2027.
The board voted 5 to 2 in favour.`,
};

const article = (name: keyof typeof REPORTS, extra: Partial<PageArticle> = {}): PageArticle => ({
  text: REPORTS[name],
  title: `Harbour board awards ferry contract (${name})`,
  url: `https://${name}.example/ferry-contract`,
  date: '2025-04-08',
  outlet: `The ${name[0]!.toUpperCase()}${name.slice(1)}`,
  words: REPORTS[name].split(/\s+/).length,
  description: '',
  ...extra,
});

/** A store in memory, with a switch that makes writes fail as a full disk would. */
class MemoryStore implements StoryStorage {
  readonly records = new Map<string, StoredStory>();
  readonly copies = new Map<string, CompiledRecord>();
  full = false;
  async list() {
    return { stories: [...this.records.values()], problems: [] };
  }
  async get(id: string) {
    return this.records.get(id) ?? null;
  }
  async put(story: StoredStory) {
    if (this.full) throw new Error('Not enough storage space to save this story.');
    this.records.set(story.id, structuredClone(story));
  }
  async delete(id: string) {
    this.records.delete(id);
    this.copies.delete(id);
  }
}

/** A store in memory that also keeps compiled copies, as the IndexedDB store does (and drops one with its story). */
class CopyingStore extends MemoryStore {
  override async put(story: StoredStory) {
    await super.put(story);
    this.copies.delete(story.id);
  }
  async compiled() {
    return [...this.copies.values()];
  }
  async putCompiled(record: CompiledRecord) {
    this.copies.set(record.id, record);
  }
}

let store: MemoryStore;
let gates: OwnGate[];
let library: StoryLibrary;
beforeEach(() => {
  store = new MemoryStore();
  gates = [];
  library = new StoryLibrary(bundled, store, commonTermSet(), async (gate) => void gates.push(gate), () => '2025-05-01T10:00:00.000Z', english);
});

async function startFerryStory() {
  const created = await library.create('Port Halden ferry contract', 'The harbour board and the ferry union', article('ledger'));
  if (!created.ok) throw new Error(created.message);
  const added = await library.addSource(created.story.id, article('wire'));
  if (!added.ok) throw new Error(added.message);
  return added.story;
}

describe('stories of the reader\'s own', () => {
  it('lists the bundled story, not changeable, before any own story', async () => {
    expect((await library.list()).map((s) => [s.id, s.own])).toEqual([[BUNDLED_ID, false]]);
  });

  it('starts a story from an article and adds another, each a source with its outlet, date and address', async () => {
    const story = await startFerryStory();
    expect(story).toMatchObject({ title: 'Port Halden ferry contract', own: true });
    expect(story.sources.map((s) => [s.outlet, s.date, s.url])).toEqual([
      ['The Ledger', '2025-04-08', 'https://ledger.example/ferry-contract'],
      ['The Wire', '2025-04-08', 'https://wire.example/ferry-contract'],
    ]);
    expect(store.records.get(story.id)?.sources.map((s) => s.text)).toEqual([REPORTS.ledger, REPORTS.wire]);
    expect((await library.list()).map((s) => s.id)).toEqual([BUNDLED_ID, story.id]);
  });

  it('cross-references a third article against the two at once, without a reload', async () => {
    const story = await startFerryStory();
    const { corpus, index } = await library.current();
    const result = analyzeArticle(corpus, index, { text: REPORTS.gazette, title: 'Ferries go to Brightwater Marine', url: 'https://gazette.example/ferries', date: '2025-04-09' });
    expect(result.story?.id).toBe(story.id);
    expect(result.sources.map((s) => s.outlet)).toEqual(['The Ledger', 'The Wire']);
    expect(result.counts.agree).toBeGreaterThan(0);
    // 300 signers here, 412 and "more than 400" there: numbers that cannot both be true.
    expect(result.claims.some((c) => c.status === 'conflict' && /300 workers/.test(c.text))).toBe(true);
  });

  it('hands the quick look the own stories\' gate after each change, and an empty one when none is left', async () => {
    const story = await startFerryStory();
    const last = gates.at(-1)!;
    expect(last.index?.stories.map((s) => s.id)).toEqual([story.id]);
    expect(last.words.length).toBeGreaterThan(0);
    await library.delete(story.id);
    expect(gates.at(-1)).toEqual({ words: [], index: null });
  });

  it('does not add the same article twice', async () => {
    const story = await startFerryStory();
    const again = await library.addSource(story.id, article('wire'));
    expect(again).toEqual({ ok: false, message: `This article is already a source of “${story.title}”.`, existing: { id: story.id, title: story.title } });
  });

  it.each([
    ['the same page', {}],
    ['the same text under another address', { url: 'https://ledger.example/ferry-contract?utm=x' }],
  ])('starts no second story from %s: it names the story that has it', async (_label, extra) => {
    const story = await startFerryStory();
    const again = await library.create('Port Halden ferry contract', '', article('ledger', extra));
    expect(again).toEqual({ ok: false, message: `This article is already a source of “${story.title}”.`, existing: { id: story.id, title: story.title } });
    expect([...store.records.keys()]).toEqual([story.id]);
  });

  it('renames, removes a source but never the last, deletes and restores', async () => {
    const story = await startFerryStory();
    const renamed = await library.rename(story.id, '  Ferry deal  ', 'New summary');
    expect(renamed.ok && [renamed.story.title, renamed.story.summary]).toEqual(['Ferry deal', 'New summary']);
    const removed = await library.removeSource(story.id, story.sources[1]!.id);
    expect(removed.ok && removed.story.sources.length).toBe(1);
    expect(await library.removeSource(story.id, story.sources[0]!.id)).toMatchObject({ ok: false, message: expect.stringContaining('delete the story') });
    const deleted = await library.delete(story.id);
    expect(deleted.ok).toBe(true);
    expect(store.records.size).toBe(0);
    if (deleted.ok) expect(await library.restore(deleted.deleted)).toMatchObject({ ok: true, story: { title: 'Ferry deal' } });
    expect(store.records.size).toBe(1);
  });

  it('never changes a bundled story', async () => {
    expect(await library.rename(BUNDLED_ID, 'x', '')).toMatchObject({ ok: false });
    expect(await library.delete(BUNDLED_ID)).toMatchObject({ ok: false });
    expect(await library.addSource(BUNDLED_ID, article('gazette'))).toMatchObject({ ok: false });
  });

  it('stores nothing and says why when the store is full', async () => {
    store.full = true;
    const outcome = await library.create('Ferry', '', article('ledger'));
    expect(outcome).toEqual({ ok: false, message: 'Not enough storage space to save this story.' });
    expect((await library.list()).length).toBe(1);
  });

  it('refuses an article with no sentences, storing nothing', async () => {
    const outcome = await library.create('Empty', '', article('ledger', { text: 'Share\nAdvertisement' }));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('has no sentences') });
    expect(store.records.size).toBe(0);
  });

  it('exports a story as a pack and imports it back, asking before a merge', async () => {
    const story = await startFerryStory();
    const pack = await library.exportPack(story.id);
    if (!pack.ok) throw new Error(pack.message);
    expect(Object.keys(pack.files).sort()).toEqual([`${story.id}/sources.json`, ...story.sources.map((s) => `${story.id}/${s.id}.txt`)].sort());
    await library.delete(story.id);
    expect(await library.importPack(pack.files, false)).toMatchObject({ ok: true, merged: false, added: 2, story: { id: story.id, title: story.title } });
    const nothingNew = { ok: false, exists: true, id: story.id, title: story.title, fresh: 0, total: 2, message: `Nothing new: all 2 sources of the pack are already in “${story.title}”.` };
    expect(await library.importPack(pack.files, false)).toEqual(nothingNew);
    // Even when asked to merge, a pack with nothing new changes nothing.
    expect(await library.importPack(pack.files, true)).toEqual(nothingNew);
    expect(store.records.get(story.id)?.sources.length).toBe(2);
  });

  it('never stores a second story from a pack of the same sources under another id, at the top of the zip or not', async () => {
    const story = await startFerryStory();
    const pack = await library.exportPack(story.id);
    if (!pack.ok) throw new Error(pack.message);
    // The files at the zip's root, and another story.id, as a pack re-made by hand.
    const renamed = Object.fromEntries(Object.entries(pack.files).map(([path, text]) => [path.replace(`${story.id}/`, ''), path.endsWith('sources.json') ? text.replace(`"id": "${story.id}"`, '"id": "ferry-copy"') : text]));
    expect(await library.importPack(renamed, false)).toMatchObject({ ok: false, exists: true, id: story.id, fresh: 0, total: 2 });
    expect([...store.records.keys()]).toEqual([story.id]);
  });

  it('asks before adding a pack\'s new sources to the story that has some of them, and says how many it added', async () => {
    const story = await startFerryStory();
    const three = await library.addSource(story.id, article('gazette'));
    if (!three.ok) throw new Error(three.message);
    const pack = await library.exportPack(story.id);
    if (!pack.ok) throw new Error(pack.message);
    await library.removeSource(story.id, three.story.sources[2]!.id);
    const other = Object.fromEntries(Object.entries(pack.files).map(([path, text]) => [path.replace(`${story.id}/`, 'other/'), path.endsWith('sources.json') ? text.replace(`"id": "${story.id}"`, '"id": "other"') : text]));
    expect(await library.importPack(other, false)).toMatchObject({ ok: false, exists: true, id: story.id, fresh: 1, total: 3 });
    expect(store.records.get(story.id)?.sources.length).toBe(2);
    expect(await library.importPack(other, true)).toMatchObject({ ok: true, merged: true, added: 1, story: { id: story.id } });
    expect(store.records.get(story.id)?.sources.length).toBe(3);
    expect(store.records.has('other')).toBe(false);
  });

  it('refuses a malformed pack naming the file and field, storing nothing', async () => {
    const story = await startFerryStory();
    const pack = await library.exportPack(story.id);
    if (!pack.ok) throw new Error(pack.message);
    await library.delete(story.id);
    const manifest = JSON.parse(pack.files[`${story.id}/sources.json`]!);
    manifest.sources[1].date = '2025-13-40';
    const broken = { ...pack.files, [`${story.id}/sources.json`]: JSON.stringify(manifest) };
    expect(await library.importPack(broken, false)).toMatchObject({ ok: false, message: expect.stringContaining('sources[1].date') });
    expect(store.records.size).toBe(0);
  });
});

describe('compiled copies kept beside the stories', () => {
  /** Lets the copies made by a load be written. */
  const written = () => new Promise((resolve) => setTimeout(resolve, 0));
  const libraryOver = (over: StoryStorage) => new StoryLibrary(bundled, over, commonTermSet(), async () => undefined, () => '2025-05-01T10:00:00.000Z', english);

  it('are read at the next start instead of compiling the stories again, until a story changes', async () => {
    const copying = new CopyingStore();
    const first = libraryOver(copying);
    const created = await first.create('Port Halden ferry contract', '', article('ledger'));
    if (!created.ok) throw new Error(created.message);
    await first.current();
    await written();
    expect([...copying.copies.keys()]).toEqual([created.story.id]);
    // Mark the kept copy: a start that shows the mark read the copy rather than compiling the story.
    const kept = copying.copies.get(created.story.id)!;
    copying.copies.set(kept.id, { ...kept, json: kept.json.replace('"title":"Port Halden ferry contract"', '"title":"From the kept copy"') });
    const second = libraryOver(copying);
    expect((await second.list()).find((s) => s.own)?.title).toBe('From the kept copy');
    // A changed story is compiled afresh, and its new copy kept.
    expect((await second.rename(created.story.id, 'Ferry contract', '')).ok).toBe(true);
    expect((await second.list()).find((s) => s.own)?.title).toBe('Ferry contract');
    await written();
    expect(JSON.parse(copying.copies.get(created.story.id)!.json).title).toBe('Ferry contract');
  });

  /** A store holding one own story and the compiled copy kept beside it. */
  const storeWithCopy = async () => {
    const copying = new CopyingStore();
    const created = await libraryOver(copying).create('Port Halden ferry contract', '', article('ledger'));
    if (!created.ok) throw new Error(created.message);
    await written();
    return { copying, kept: copying.copies.get(created.story.id)! };
  };

  it('are compiled again when unreadable', async () => {
    const { copying, kept } = await storeWithCopy();
    copying.copies.set(kept.id, { ...kept, json: '{not json' });
    const listed = await libraryOver(copying).list();
    expect(listed.find((s) => s.own)?.title).toBe('Port Halden ferry contract');
  });

  it('are compiled again after an update that compiles stories differently (COMPILED_FORMAT)', async () => {
    const { copying, kept } = await storeWithCopy();
    const marked = kept.json.replace('"title":"Port Halden ferry contract"', '"title":"From the kept copy"');
    // Kept by this version, the copy is read; kept by one that compiled in an earlier form, it is not.
    copying.copies.set(kept.id, { ...kept, json: marked });
    expect((await libraryOver(copying).list()).find((s) => s.own)?.title).toBe('From the kept copy');
    const [, ...rest] = JSON.parse(kept.key) as unknown[];
    copying.copies.set(kept.id, { ...kept, key: JSON.stringify([COMPILED_FORMAT - 1, ...rest]), json: marked });
    expect((await libraryOver(copying).list()).find((s) => s.own)?.title).toBe('Port Halden ferry contract');
  });
});
