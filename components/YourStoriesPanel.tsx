import { useFocusOnMount } from './focus-on-mount.ts';
import type { YourStories, YourStoriesState } from '../entrypoints/popup/use-your-stories.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const quoted = (titles: readonly string[]) => titles.map((t) => `“${t}”`).join(', ');

/**
 * The popup's "Your stories" section, below the analysis: start a story from the page's article, or add it to one
 * of the reader's own. Renders `stories` (entrypoints/popup/use-your-stories.ts), which holds the state.
 */
export function YourStoriesPanel({ stories, onManage, onOpen }: { stories: YourStories; onManage: () => void; onOpen: (storyId: string) => void }) {
  const { state } = stories;
  const busy = state.kind === 'reading' || state.kind === 'saving';
  // A page a story holds already starts no second one: the reader is offered that story instead.
  const held = stories.holding[0];
  return (
    <section class="tri-yours" aria-labelledby="tri-yours-title">
      <h2 id="tri-yours-title" class="tri-yours__title">
        Your stories
      </h2>
      {state.kind === 'form' ? (
        <StoryForm form={state} stories={stories} />
      ) : (
        <>
          {state.kind === 'saved' && (
            <p role="status" class="tri-yours__status" data-testid="story-status">
              {state.added ? 'Added to' : 'Started'} “{state.story.title}”: {plural(state.story.sources.length, 'source')}.
              {state.story.sources.length === 1 && ' Next, open another outlet’s report of the same event and add it here: each page then shows what the other confirms and where it differs.'}
            </p>
          )}
          {state.kind === 'refused' && (
            <p role="alert" class="tri-yours__error" data-testid="story-refused">
              {state.message}
              {state.existing && (
                <>
                  {' '}
                  <OpenStory story={state.existing} onOpen={onOpen} />
                </>
              )}
            </p>
          )}
          <div class="tri-yours__actions">
            {!held && (
              <button type="button" data-testid="start-story" disabled={busy} onClick={stories.start}>
                Start a story from this article
              </button>
            )}
            <AddToStory stories={stories} busy={busy} />
          </div>
          {held && state.kind === 'idle' && (
            <p class="tri-yours__note" data-testid="story-holding">
              This page is already a source of {quoted(stories.holding.map((s) => s.title))}.{' '}
              <OpenStory story={held} onOpen={onOpen} />
            </p>
          )}
          {state.kind === 'reading' && <p role="status">Reading the article…</p>}
          {state.kind === 'saving' && <p role="status">Saving…</p>}
          <button type="button" class="tri-link" data-testid="manage-stories" onClick={onManage}>
            Manage stories
          </button>
        </>
      )}
    </section>
  );
}

/** A button that opens a story on the Stories page. */
function OpenStory({ story, onOpen }: { story: { id: string; title: string }; onOpen: (storyId: string) => void }) {
  return (
    <button type="button" class="tri-link" data-testid="open-story" onClick={() => onOpen(story.id)}>
      Open “{story.title}”
    </button>
  );
}

/** "Add this article to “X”" for one story; a choice of story and "Add" when there are several. */
function AddToStory({ stories, busy }: { stories: YourStories; busy: boolean }) {
  const { offered, chosen } = stories;
  const only = offered.length === 1 ? offered[0] : undefined;
  if (offered.length === 0) return null;
  if (only) {
    return (
      <button type="button" data-testid="add-to-story" disabled={busy} onClick={stories.add}>
        Add this article to “{only.title}”
      </button>
    );
  }
  return (
    <div class="tri-yours__add">
      <label for="tri-yours-story">Add this article to</label>
      <select id="tri-yours-story" data-testid="story-select" value={chosen ?? undefined} onChange={(e) => stories.choose((e.target as HTMLSelectElement).value)}>
        {offered.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <button type="button" data-testid="add-to-story" disabled={busy} onClick={stories.add}>
        Add
      </button>
    </div>
  );
}

/** What will be stored, and (for a new story) its title and summary to edit. Nothing is stored before Save. */
function StoryForm({ form, stories }: { form: Extract<YourStoriesState, { kind: 'form' }>; stories: YourStories }) {
  const { article, story } = form;
  const first = useFocusOnMount<HTMLInputElement>(story === null);
  const save = useFocusOnMount<HTMLButtonElement>(story !== null);
  return (
    <form
      class="tri-yours__form"
      data-testid="story-form"
      onSubmit={(e) => {
        e.preventDefault();
        stories.save();
      }}
    >
      {story ? (
        <p class="tri-yours__lead">
          Add <strong>{article.title}</strong> ({article.outlet}) to “{story.title}”?
        </p>
      ) : (
        <>
          <label>
            Title
            <input ref={first} data-testid="story-title" required value={form.title} onInput={(e) => stories.edit({ title: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Summary
            <textarea data-testid="story-summary" rows={3} value={form.summary} onInput={(e) => stories.edit({ summary: (e.target as HTMLTextAreaElement).value })} />
          </label>
        </>
      )}
      <p class="tri-yours__note" data-testid="story-stored">
        Stored in this browser only: the article's text ({plural(article.words, 'word')}), title, outlet ({article.outlet}), date ({article.date ?? 'none found'}) and
        address. Nothing is sent anywhere.
      </p>
      <div class="tri-yours__actions">
        <button type="submit" data-testid="save-story" ref={save}>
          Save
        </button>
        <button type="button" onClick={stories.cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
