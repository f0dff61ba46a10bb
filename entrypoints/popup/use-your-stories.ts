import { useEffect, useState } from 'preact/hooks';
import type { BackgroundProtocol, MessageOf, ResponseOf } from '../../lib/messages.ts';
import type { PageArticle, StoryListing } from '../../lib/stories.ts';

/** Sends a message to the background (lib/send.ts; tests pass a fake). */
export type Send = <K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol, K>) => Promise<ResponseOf<BackgroundProtocol, K>>;

/** Where the popup's "Your stories" section is. */
export type YourStoriesState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  /** The article read, waiting for Save: a new story (title and summary to edit) or one more source of a story. */
  | { readonly kind: 'form'; readonly article: PageArticle; readonly story: StoryListing | null; readonly title: string; readonly summary: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly story: StoryListing; readonly added: boolean }
  | { readonly kind: 'refused'; readonly message: string };

/** What the section shows and what its buttons do. */
export interface YourStories {
  readonly state: YourStoriesState;
  /** The reader's own stories, for "Add this article to …". */
  readonly own: readonly StoryListing[];
  start(): void;
  add(storyId: string): void;
  edit(change: { title?: string; summary?: string }): void;
  save(): void;
  cancel(): void;
}

/** The popup's own-story actions for a tab: read the article, then store it only on Save. */
export function useYourStories(send: Send, tabId: number): YourStories {
  const [state, setState] = useState<YourStoriesState>({ kind: 'idle' });
  const [own, setOwn] = useState<readonly StoryListing[]>([]);
  const refresh = () => send({ type: 'list-stories' }).then((all) => setOwn(all.filter((s) => s.own)));
  useEffect(() => void refresh().catch(() => setOwn([])), [tabId]);

  const read = async (story: StoryListing | null) => {
    setState({ kind: 'reading' });
    const answer = await send({ type: 'read-article', tabId }).catch((error: unknown) => ({ ok: false as const, message: String(error) }));
    if (!answer.ok) return setState({ kind: 'refused', message: answer.message });
    if (story && story.sources.some((s) => s.url !== null && s.url === answer.article.url)) {
      return setState({ kind: 'refused', message: `This article is already a source of “${story.title}”.` });
    }
    setState({ kind: 'form', article: answer.article, story, title: answer.article.title, summary: answer.article.description });
  };

  return {
    state,
    own,
    start: () => void read(null),
    add: (storyId) => void read(own.find((s) => s.id === storyId) ?? null),
    edit: (change) => setState((s) => (s.kind === 'form' ? { ...s, ...change } : s)),
    cancel: () => setState({ kind: 'idle' }),
    save: () => {
      if (state.kind !== 'form') return;
      const { article, story, title, summary } = state;
      setState({ kind: 'saving' });
      const saving = story
        ? send({ type: 'add-source', storyId: story.id, article, tabId })
        : send({ type: 'create-story', title, summary, article, tabId });
      void saving
        .catch((error: unknown) => ({ ok: false as const, message: String(error) }))
        .then(async (outcome) => {
          if (!outcome.ok) return setState({ kind: 'refused', message: outcome.message });
          setState({ kind: 'saved', story: outcome.story, added: story !== null });
          await refresh().catch(() => undefined);
        });
    },
  };
}
