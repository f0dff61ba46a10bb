import type { PackFiles, StoredStory, StoryListing } from '../shared/stories.ts';

/** What the Stories page renders and calls: the hook in entrypoints/options/use-stories.ts provides it. */

/** A line the Stories page shows after an action. */
export type StoriesNotice =
  | { readonly kind: 'info'; readonly text: string }
  | { readonly kind: 'deleted'; readonly story: StoredStory }
  /** An import of a story that exists (by id or by its sources): merge its `fresh` sources only when the reader says so. */
  | { readonly kind: 'merge'; readonly title: string; readonly files: PackFiles; readonly fresh: number; readonly total: number }
  /** An import with nothing new: the story that holds it all, to open. */
  | { readonly kind: 'already'; readonly id: string; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/** The title and summary being edited in a story's inline rename form. */
export interface RenameDraft {
  readonly storyId: string;
  readonly title: string;
  readonly summary: string;
}

/** The Stories page's data and actions. */
export interface StoriesController {
  /** Every story, bundled and own; null until the background answers. */
  readonly stories: readonly StoryListing[] | null;
  /** Stored stories that could not be read, each with why. */
  readonly problems: readonly string[];
  readonly notice: StoriesNotice | null;
  /** The story being renamed, if any (one at a time). */
  readonly draft: RenameDraft | null;
  /** A file is being dragged over the page. */
  readonly dragging: boolean;
  startRename(storyId: string): void;
  editDraft(change: { title?: string; summary?: string }): void;
  saveRename(): void;
  cancelRename(): void;
  removeSource(storyId: string, sourceId: string): void;
  remove(storyId: string): void;
  undo(): void;
  exportPack(storyId: string): void;
  importFile(file: Blob): void;
  setDragging(dragging: boolean): void;
  merge(): void;
  dismiss(): void;
  /** Brings a story into view and gives it focus (the one an import found already there). */
  reveal(storyId: string): void;
}
