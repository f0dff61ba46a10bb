import { COMPILED_FORMAT, compileStories } from '../../core/corpus/compile-stories.ts';
import { detectionIndexOf } from '../../core/corpus/compile.ts';
import { sourceIdFor, storyIdFor } from '../../core/corpus/ids.ts';
import { foldersOfPack, mergeStories, packOf, storyOfPack } from '../../core/corpus/pack.ts';
import { CorpusError } from '../../core/corpus/schema.ts';
import { summarize } from '../../core/corpus/summary.ts';
import type { Corpus, CorpusStory } from '../../core/corpus/types.ts';
import type { DetectionIndex } from '../../core/detect/detect.ts';
import { gateWords } from '../gate-words.ts';
import type { CompiledRecord, StoryStore } from './store.ts';
import type { ImportOutcome, PackFiles, Refusal, StoredSource, StoredStory, StoryListing, StoryOutcome } from '../../shared/stories.ts';
import type { PageArticle } from '../../shared/article.ts';

/**
 * The store of own stories as the library uses it (lib/stories/store.ts): one without kept compiled copies (as in
 * some tests) has every story compiled at each start.
 */
export type StoryStorage = Omit<StoryStore, 'compiled' | 'putCompiled'> & Partial<Pick<StoryStore, 'compiled' | 'putCompiled'>>;

/** What the background's judge is handed about the own stories, through storage (lib/own-look.ts reads it). */
export interface OwnGate {
  /** The key names of the own stories, as written; empty when there are none. */
  readonly words: readonly string[];
  /** The own stories' detection index; null when there are none. */
  readonly index: DetectionIndex | null;
}

/** The corpus the analysis runs on: bundled and own stories, and their detection index. */
export interface LiveCorpus {
  readonly corpus: Corpus;
  readonly index: DetectionIndex;
  /** Own records that could not be read or compiled, each with why (they are kept, not deleted). */
  readonly problems: readonly string[];
}

interface Compiled {
  /** What the story was compiled from (compileKey). */
  readonly key: string;
  readonly story: CorpusStory;
}

/** A key that changes with anything a story is compiled from, and with how it is compiled, without comparing whole texts. */
function compileKey(story: StoredStory): string {
  return JSON.stringify([COMPILED_FORMAT, story.updated, story.title, story.summary, story.sources.map((s) => [s.id, s.outlet, s.title, s.date, s.url, s.text.length])]);
}

/**
 * The background's keeper of stories: the bundled corpus and the reader's own stories (stored in IndexedDB),
 * compiled like bundled ones and analyzed beside them from the moment they change, without a reload. It alone
 * writes the store; after each change it hands the judge the own stories' gate (`publish`).
 */
export class StoryLibrary {
  private live: Promise<LiveCorpus> | null = null;
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly bundled: Corpus,
    private readonly store: StoryStorage,
    private readonly common: ReadonlySet<string>,
    private readonly publish: (gate: OwnGate) => Promise<void>,
    private readonly now: () => string = () => new Date().toISOString(),
    /** The reader's language (lib/i18n.ts in the background); the keys themselves when none is given. */
    private readonly t: (key: string, substitutions?: readonly string[]) => string = (key) => key,
  ) {}

  /** The corpus with the own stories as stored now (read and compiled once, then after each change). */
  current(): Promise<LiveCorpus> {
    this.live ??= this.load();
    return this.live;
  }

  /** Every story, bundled first, with its sources. */
  async list(): Promise<StoryListing[]> {
    const { corpus } = await this.current();
    return corpus.stories.map((story) => listing(story, !this.isBundled(story.id)));
  }

  /** Starts a story from an article; an article an own story holds already (by address or text) starts none. */
  async create(title: string, summary: string, article: PageArticle): Promise<StoryOutcome> {
    const name = title.trim();
    if (!name) return refuse(this.t('storyNeedsTitle'));
    const { corpus } = await this.current();
    const holder = corpus.stories.find((s) => !this.isBundled(s.id) && s.sources.some((x) => sameReport(x, article)));
    if (holder) return { ok: false, message: this.t('alreadySourceOf', [holder.title]), existing: { id: holder.id, title: holder.title } };
    const taken = new Set(corpus.stories.map((s) => s.id));
    const now = this.now();
    const story: StoredStory = { id: storyIdFor(name, taken), title: name, summary: summary.trim(), sources: [sourceOf(article, new Set(), now)], created: now, updated: now };
    return this.save(story);
  }

  /** Adds an article to an own story (an article already in it, by address, is not added twice). */
  async addSource(storyId: string, article: PageArticle): Promise<StoryOutcome> {
    const story = await this.own(storyId);
    if (typeof story === 'string') return refuse(story);
    if (story.sources.some((s) => sameReport(s, article))) return { ok: false, message: this.t('alreadySourceOf', [story.title]), existing: { id: story.id, title: story.title } };
    const now = this.now();
    const source = sourceOf(article, new Set(story.sources.map((s) => s.id)), now);
    return this.save({ ...story, sources: [...story.sources, source], updated: now });
  }

  /** Renames an own story. */
  async rename(storyId: string, title: string, summary: string): Promise<StoryOutcome> {
    const story = await this.own(storyId);
    if (typeof story === 'string') return refuse(story);
    if (!title.trim()) return refuse(this.t('storyNeedsTitle'));
    return this.save({ ...story, title: title.trim(), summary: summary.trim(), updated: this.now() });
  }

  /** Removes a source of an own story; the last one stays (deleting the story is the way to remove it). */
  async removeSource(storyId: string, sourceId: string): Promise<StoryOutcome> {
    const story = await this.own(storyId);
    if (typeof story === 'string') return refuse(story);
    if (!story.sources.some((s) => s.id === sourceId)) return refuse(this.t('sourceNoLongerInStory'));
    if (story.sources.length === 1) return refuse(this.t('storyKeepsOneSource'));
    return this.save({ ...story, sources: story.sources.filter((s) => s.id !== sourceId), updated: this.now() });
  }

  /** Deletes an own story and returns it whole, for undo. */
  async delete(storyId: string): Promise<{ ok: true; deleted: StoredStory } | Refusal> {
    const story = await this.own(storyId);
    if (typeof story === 'string') return refuse(story);
    try {
      await this.store.delete(storyId);
    } catch (error) {
      return refuse(messageOf(error));
    }
    await this.changed();
    return { ok: true, deleted: story };
  }

  /** Puts a deleted story back. */
  async restore(story: StoredStory): Promise<StoryOutcome> {
    if (this.isBundled(story.id)) return refuse(this.t('bundledCannotBeReplaced'));
    return this.save(story);
  }

  /** A story, bundled or own, as a story pack's files. */
  async exportPack(storyId: string): Promise<{ ok: true; files: PackFiles } | Refusal> {
    const { corpus } = await this.current();
    const story = corpus.stories.find((s) => s.id === storyId);
    if (!story) return refuse(this.t('storyNoLongerExists'));
    return { ok: true, files: packOf(story) };
  }

  /**
   * Imports a pack. An own story with the pack's id, or holding some of its sources (under another id: a pack
   * re-zipped by hand), is never doubled: the pack's new sources are merged into it only when `merge` says so,
   * and a pack with nothing new is not stored at all.
   */
  async importPack(files: PackFiles, merge: boolean): Promise<ImportOutcome> {
    let incoming: StoredStory;
    try {
      incoming = storyOfPack(files, this.now());
    } catch (error) {
      return refuse(messageOf(error));
    }
    if (this.isBundled(incoming.id)) return refuse(this.t('packIsBundledStory', [incoming.id]));
    let existing: StoredStory | null;
    try {
      existing = (await this.store.get(incoming.id)) ?? (await this.holderOf(incoming));
    } catch (error) {
      return refuse(messageOf(error));
    }
    if (!existing) {
      const saved = await this.save(incoming);
      return saved.ok ? { ...saved, merged: false, added: incoming.sources.length } : saved;
    }
    const merged = mergeStories(existing, incoming, this.now());
    const fresh = merged.sources.length - existing.sources.length;
    const total = incoming.sources.length;
    if (fresh === 0 || !merge) {
      const nothingNew = total === 1 ? this.t('packNothingNewOne', [existing.title]) : this.t('packNothingNewAll', [String(total), existing.title]);
      const message = fresh === 0 ? nothingNew : this.t('packStoryAlreadyHere', [existing.title]);
      return { ok: false, exists: true, id: existing.id, title: existing.title, message, fresh, total };
    }
    const saved = await this.save(merged);
    return saved.ok ? { ...saved, merged: true, added: fresh } : saved;
  }

  /** The own story that holds any of a story's sources (by address or text), if one does. */
  private async holderOf(incoming: StoredStory): Promise<StoredStory | null> {
    const { stories } = await this.store.list();
    return stories.find((story) => !this.isBundled(story.id) && story.sources.some((s) => incoming.sources.some((x) => sameReport(s, x)))) ?? null;
  }

  /**
   * Compiles and stores a story; nothing is stored when it does not compile (the checks of a bundled story: texts
   * with sentences, named in the message by their pack path) or when the store refuses.
   */
  private async save(story: StoredStory): Promise<StoryOutcome> {
    let compiled: CorpusStory;
    try {
      compiled = this.compile(story);
      await this.store.put(story);
    } catch (error) {
      return refuse(messageOf(error));
    }
    await this.changed();
    return { ok: true, story: listing(compiled, true) };
  }

  /** Reads the store again and hands the judge the new gate. */
  private async changed(): Promise<void> {
    this.live = this.load();
    await this.live;
  }

  private async load(): Promise<LiveCorpus> {
    const [{ stories, problems }, kept] = await Promise.all([this.store.list(), this.keptCopies()]);
    const own: CorpusStory[] = [];
    const failed = [...problems];
    const put = this.store.putCompiled?.bind(this.store);
    const fresh: CompiledRecord[] | null = put ? [] : null;
    for (const stored of stories) {
      if (this.isBundled(stored.id)) continue;
      try {
        own.push(this.compile(stored, kept, fresh));
      } catch (error) {
        failed.push(`“${stored.title}”: ${messageOf(error)}`);
      }
    }
    // Kept for the next start, after this one is served; a copy not kept only means compiling it again then.
    if (put && fresh) void Promise.all(fresh.map((record) => put(record).catch(() => undefined)));
    const ownIndex = own.length > 0 ? detectionIndexOf({ stories: own }) : null;
    await this.publish({ words: ownIndex ? (gateWords(ownIndex) ?? []) : [], index: ownIndex });
    const corpus = { stories: [...this.bundled.stories, ...own] };
    return { corpus, index: detectionIndexOf(corpus), problems: failed };
  }

  /** The compiled copies kept in the store, by story id (none when they cannot be read: they are made again). */
  private async keptCopies(): Promise<ReadonlyMap<string, CompiledRecord>> {
    const records = await this.store.compiled?.().catch(() => []);
    return new Map((records ?? []).map((record) => [record.id, record]));
  }

  /**
   * A stored story compiled: from memory while it has not changed, else from its kept copy (`kept`) when that was
   * made from the same story, else compiled now; one without a kept copy is added to `fresh`, to be kept.
   */
  private compile(stored: StoredStory, kept: ReadonlyMap<string, CompiledRecord> = new Map(), fresh: CompiledRecord[] | null = null): CorpusStory {
    const key = compileKey(stored);
    const cached = this.compiled.get(stored.id);
    const copy = kept.get(stored.id);
    const fromCopy = copy?.key === key ? parseCopy(copy.json) : null;
    const story = (cached?.key === key ? cached.story : null) ?? fromCopy ?? (compileStories(foldersOfPack(packOf(stored)), this.common)[0] as CorpusStory);
    if (!fromCopy) fresh?.push({ id: stored.id, key, json: JSON.stringify(story) });
    this.compiled.set(stored.id, { key, story });
    return story;
  }

  /** An own story as stored, or why it cannot be changed (bundled, gone, or a record that cannot be read). */
  private async own(storyId: string): Promise<StoredStory | string> {
    if (this.isBundled(storyId)) return this.t('bundledCannotBeChanged');
    try {
      return (await this.store.get(storyId)) ?? this.t('storyNoLongerExists');
    } catch (error) {
      return messageOf(error);
    }
  }

  private isBundled(id: string): boolean {
    return this.bundled.stories.some((s) => s.id === id);
  }
}

/** A kept compiled story, or null when its copy cannot be read (it is compiled again). */
function parseCopy(json: string): CorpusStory | null {
  try {
    const story = JSON.parse(json) as CorpusStory;
    return typeof story === 'object' && story !== null && Array.isArray(story.sources) ? story : null;
  } catch {
    return null;
  }
}

/** A story as listed: its sources without texts, with their length in words. */
function listing(story: CorpusStory, own: boolean): StoryListing {
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    own,
    sources: story.sources.map((s) => ({ ...summarize(s), words: s.text.split(/\s+/).filter(Boolean).length })),
  };
}

/** The record of an article added to a story. */
function sourceOf(article: PageArticle, taken: ReadonlySet<string>, now: string): StoredSource {
  return { id: sourceIdFor(article.outlet, taken), outlet: article.outlet, title: article.title || article.outlet, date: article.date, url: article.url || null, text: article.text, added: now };
}

/**
 * Whether two reports are the same one: the same address, or the same text under another (as mergeStories
 * decides when a pack's source is had already).
 */
function sameReport(a: { url: string | null; text: string }, b: { url: string | null; text: string }): boolean {
  return (a.url !== null && a.url !== '' && a.url === b.url) || a.text.trim() === b.text.trim();
}

function refuse(message: string): Refusal {
  return { ok: false, message };
}

/** A message for the reader: a corpus error names the file and field; a store error says what to do. */
function messageOf(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
