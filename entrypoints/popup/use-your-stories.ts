import { useEffect, useState } from 'preact/hooks';
import { pendingStory, type PendingStory } from '../../lib/stories/pending.ts';
import type { Send } from '../../lib/send.ts';
import type { Refusal, StoryListing } from '../../shared/stories.ts';
import { t } from '../../components/i18n.ts';
import type { YourStories, YourStoriesState } from '../../components/your-stories.ts';

/** Whether a story has a source at this address. */
const holds = (story: StoryListing, url: string | null) => url !== null && url !== '' && story.sources.some((s) => s.url === url);

/** A failed request as a refusal, so the reader sees a message rather than a section that stops answering. */
const asRefusal = (error: unknown): Refusal => ({ ok: false, message: error instanceof Error ? error.message : String(error) });

/**
 * The popup's own-story actions for a tab: read the article, then store it only on Save. `pageUrl` (the tab's
 * address, when the popup may know it) keeps a story the page is already in out of "Add"; the article's own
 * address is checked again once read, since the tab's may have changed since.
 */
export function useYourStories(send: Send, tabId: number, pageUrl: string | null): YourStories {
  const [state, setState] = useState<YourStoriesState>({ kind: 'idle' });
  const [own, setOwn] = useState<readonly StoryListing[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const refresh = () => send({ type: 'list-stories' }).then((all) => setOwn(all.filter((s) => s.own)));
  useEffect(() => void refresh().catch(() => setOwn([])), [tabId]);

  const pageUrlNow = pageUrl?.replace(/#.*$/, '') ?? null;
  const offered = own.filter((s) => !holds(s, pageUrlNow));
  const chosen = offered.find((s) => s.id === picked)?.id ?? offered[0]?.id ?? null;

  const read = async (story: StoryListing | null) => {
    setState({ kind: 'reading' });
    const answer = await send({ type: 'read-article', tabId }).catch(asRefusal);
    if (!answer.ok) return setState({ kind: 'refused', message: answer.message });
    const holder = story ? (holds(story, answer.article.url) ? story : undefined) : own.find((s) => holds(s, answer.article.url));
    if (holder) return setState({ kind: 'refused', message: t('yoursAlreadyIn', holder.title), existing: { id: holder.id, title: holder.title } });
    setState({ kind: 'form', article: answer.article, story, title: answer.article.title, summary: answer.article.description });
  };

  // What the context menu asked for this tab: the form it opens on, as if its button had been clicked here.
  useEffect(() => {
    const item = pendingStory(tabId);
    const take = (pending: PendingStory | null) => {
      if (!pending) return;
      void item.removeValue();
      if (pending.action === 'start') return void read(null);
      void send({ type: 'list-stories' }).then((all) => {
        const story = all.find((s) => s.id === pending.storyId);
        if (story) void read(story);
      });
    };
    void item.getValue().then(take);
    return item.watch(take);
  }, [tabId]);

  return {
    state,
    offered,
    holding: own.filter((s) => holds(s, pageUrlNow)),
    chosen,
    choose: setPicked,
    start: () => void read(null),
    add: () => {
      const story = offered.find((s) => s.id === chosen);
      if (story) void read(story);
    },
    edit: (change) => setState((s) => (s.kind === 'form' ? { ...s, ...change } : s)),
    cancel: () => setState({ kind: 'idle' }),
    save: () => {
      if (state.kind !== 'form') return;
      const { article, story, title, summary } = state;
      setState({ kind: 'saving' });
      const saving = story
        ? send({ type: 'add-source', storyId: story.id, article, tabId })
        : send({ type: 'create-story', title: title.trim(), summary: summary.trim(), article, tabId });
      void saving.catch(asRefusal).then(async (outcome) => {
        if (!outcome.ok) {
          setState(outcome.existing ? { kind: 'refused', message: outcome.message, existing: outcome.existing } : { kind: 'refused', message: outcome.message });
          return void (await refresh().catch(() => undefined));
        }
        setState({ kind: 'saved', story: outcome.story, added: story !== null });
        await refresh().catch(() => undefined);
      });
    },
  };
}
