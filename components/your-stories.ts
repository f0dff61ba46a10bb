import type { PageArticle } from '../shared/article.ts';
import type { StoryListing, StoryRef } from '../shared/stories.ts';

/** What the popup's "Your stories" section renders and calls: the hook in entrypoints/popup/use-your-stories.ts provides it. */

/** Where the popup's "Your stories" section is. */
export type YourStoriesState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  /** The article read, waiting for Save: a new story (title and summary to edit) or one more source of a story. */
  | { readonly kind: 'form'; readonly article: PageArticle; readonly story: StoryListing | null; readonly title: string; readonly summary: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly story: StoryListing; readonly added: boolean }
  /** `existing`: the story that holds the article already, to open. */
  | { readonly kind: 'refused'; readonly message: string; readonly existing?: StoryRef };

/** What the section shows and what its buttons do. */
export interface YourStories {
  readonly state: YourStoriesState;
  /** The reader's own stories this page is not yet a source of, for "Add this article to …". */
  readonly offered: readonly StoryListing[];
  /** The reader's own stories this page is already a source of (by address). */
  readonly holding: readonly StoryListing[];
  /** The story "Add" adds to, among `offered` (the first until the reader picks another). */
  readonly chosen: string | null;
  choose(storyId: string): void;
  start(): void;
  add(): void;
  edit(change: { title?: string; summary?: string }): void;
  save(): void;
  cancel(): void;
}
