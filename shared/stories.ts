import type { SourceSummary } from '../core/result.ts';

/**
 * The reader's own stories: what is stored (IndexedDB, lib/stories/store.ts), what the popup and the options page
 * see of them, and the answers of the background, which alone writes the store.
 */

/** A source a reader added to a story, and a story of the reader's own, as stored (defined in the core, which packs them). */
export type { OwnSource as StoredSource, OwnStory as StoredStory } from '../core/corpus/pack.ts';

/** A story as the popup and the options page list it: bundled or own, its sources without their texts. */
export interface StoryListing {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** False for the stories that come with the extension, which cannot be changed. */
  readonly own: boolean;
  readonly sources: ReadonlyArray<SourceSummary & { readonly words: number }>;
}

/** A story pack's files by path: `<story id>/sources.json` and `<story id>/<source id>.txt`, as `assets/corpus/`. */
export type { StoryPackFiles as PackFiles } from '../core/corpus/pack.ts';

/** A story named in an answer, so the reader can be offered to open it. */
export interface StoryRef {
  readonly id: string;
  readonly title: string;
}

/** A request that could not be done, with a message for the reader (a corpus error names the file and field). */
export interface Refusal {
  readonly ok: false;
  readonly message: string;
  /** The own story that already holds what was to be stored (the same page, the same sources): offer to open it. */
  readonly existing?: StoryRef;
}

/** The answer to a change of a story: the story as it now is. */
export type StoryOutcome = { readonly ok: true; readonly story: StoryListing } | Refusal;

/**
 * The answer to an import: done (`added`: how many of the pack's sources were stored), or an own story has the
 * pack's id or some of its sources already (`fresh`: how many it lacks; 0 means nothing to add; ask whether to
 * merge otherwise), or refused.
 */
export type ImportOutcome =
  | { readonly ok: true; readonly story: StoryListing; readonly merged: boolean; readonly added: number }
  | { readonly ok: false; readonly exists: true; readonly id: string; readonly title: string; readonly message: string; readonly fresh: number; readonly total: number }
  | (Refusal & { readonly exists?: false });

/** Where the Stories page shows a story: its element's id, which `options.html#story-<id>` opens at. */
export const storyElementId = (storyId: string): string => `story-${storyId}`;
