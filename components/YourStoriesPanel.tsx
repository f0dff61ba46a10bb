import { useState } from 'preact/hooks';
import type { StoryListing } from '../lib/stories.ts';
import type { YourStories } from '../entrypoints/popup/use-your-stories.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The popup's "Your stories" section: start a story from the page's article, or add it to one of yours. */
export function YourStoriesPanel({ stories, onManage }: { stories: YourStories; onManage: () => void }) {
  const { state, own } = stories;
  return (
    <section class="tri-yours" aria-labelledby="tri-yours-title">
      <h2 id="tri-yours-title" class="tri-yours__title">Your stories</h2>
      {state.kind === 'form' ? (
        <StoryForm stories={stories} />
      ) : (
        <>
          {state.kind === 'saved' && (
            <p role="status" class="tri-yours__status" data-testid="story-status">
              {state.added ? 'Added to' : 'Started'} “{state.story.title}”: {plural(state.story.sources.length, 'source')}.
            </p>
          )}
          {state.kind === 'refused' && (
            <p role="alert" class="tri-yours__error">
              {state.message}
            </p>
          )}
          <div class="tri-yours__actions">
            <button type="button" data-testid="start-story" disabled={state.kind === 'reading' || state.kind === 'saving'} onClick={stories.start}>
              Start a story from this article
            </button>
            {own.length > 0 && <AddToStory own={own} busy={state.kind === 'reading' || state.kind === 'saving'} onAdd={stories.add} />}
            <button type="button" class="tri-link" data-testid="manage-stories" onClick={onManage}>
              Manage stories
            </button>
          </div>
          {state.kind === 'reading' && <p role="status">Reading the article…</p>}
        </>
      )}
    </section>
  );
}

function AddToStory({ own, busy, onAdd }: { own: readonly StoryListing[]; busy: boolean; onAdd: (id: string) => void }) {
  const [chosen, setChosen] = useState(own[0]!.id);
  const current = own.some((s) => s.id === chosen) ? chosen : own[0]!.id;
  return (
    <div class="tri-yours__add">
      <label>
        <span class="tri-sr">Your story</span>
        <select data-testid="story-select" value={current} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
          {own.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="add-to-story" disabled={busy} onClick={() => onAdd(current)}>
        Add this article
      </button>
    </div>
  );
}

/** What will be stored, and (for a new story) its title and summary to edit. Nothing is stored before Save. */
function StoryForm({ stories }: { stories: YourStories }) {
  const state = stories.state;
  if (state.kind !== 'form') return null;
  const { article, story } = state;
  return (
    <form
      class="tri-yours__form"
      onSubmit={(e) => {
        e.preventDefault();
        stories.save();
      }}
    >
      {story ? (
        <p>
          Add <strong>{article.title}</strong> ({article.outlet}) to “{story.title}”?
        </p>
      ) : (
        <>
          <label>
            Title
            <input data-testid="story-title" required value={state.title} onInput={(e) => stories.edit({ title: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Summary
            <textarea data-testid="story-summary" rows={3} value={state.summary} onInput={(e) => stories.edit({ summary: (e.target as HTMLTextAreaElement).value })} />
          </label>
        </>
      )}
      <p class="tri-yours__note">
        Stored in this browser only: the article's text ({plural(article.words, 'word')}), title, outlet ({article.outlet}), date (
        {article.date ?? 'no date found'}) and address. Nothing is sent anywhere.
      </p>
      <div class="tri-yours__actions">
        <button type="submit" data-testid="save-story">
          Save
        </button>
        <button type="button" onClick={stories.cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
