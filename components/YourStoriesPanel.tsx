import { useFocusOnMount } from './focus-on-mount.ts';
import type { YourStories, YourStoriesState } from './your-stories.ts';
import { t, tn, tx } from './i18n.ts';

const quoted = (titles: readonly string[]) => titles.map((title) => t('yoursQuoted', title)).join(', ');

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
        {t('yoursTitle')}
      </h2>
      {state.kind === 'form' ? (
        <StoryForm form={state} stories={stories} />
      ) : (
        <>
          {state.kind === 'saved' && (
            <p role="status" class="tri-yours__status" data-testid="story-status">
              {state.added ? tn(state.story.sources.length, 'yoursAdded', state.story.title) : tn(state.story.sources.length, 'yoursStarted', state.story.title)}
              {state.story.sources.length === 1 && ` ${t('yoursNext')}`}
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
                {t('yoursStart')}
              </button>
            )}
            <AddToStory stories={stories} busy={busy} />
          </div>
          {held && state.kind === 'idle' && (
            <p class="tri-yours__note" data-testid="story-holding">
              {t('yoursHolding', quoted(stories.holding.map((s) => s.title)))}{' '}
              <OpenStory story={held} onOpen={onOpen} />
            </p>
          )}
          {state.kind === 'reading' && <p role="status">{t('yoursReading')}</p>}
          {state.kind === 'saving' && <p role="status">{t('yoursSaving')}</p>}
          <button type="button" class="tri-link" data-testid="manage-stories" onClick={onManage}>
            {t('welcomeManage')}
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
      {t('yoursOpen', story.title)}
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
        {t('yoursAddOne', only.title)}
      </button>
    );
  }
  return (
    <div class="tri-yours__add">
      <label for="tri-yours-story">{t('yoursAddTo')}</label>
      <select id="tri-yours-story" data-testid="story-select" value={chosen ?? undefined} onChange={(e) => stories.choose((e.target as HTMLSelectElement).value)}>
        {offered.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <button type="button" data-testid="add-to-story" disabled={busy} onClick={stories.add}>
        {t('yoursAdd')}
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
          {tx('yoursAddForm', <strong>{article.title}</strong>, article.outlet, story.title)}
        </p>
      ) : (
        <>
          <label>
            {t('formTitle')}
            <input ref={first} data-testid="story-title" required value={form.title} onInput={(e) => stories.edit({ title: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            {t('formSummary')}
            <textarea data-testid="story-summary" rows={3} value={form.summary} onInput={(e) => stories.edit({ summary: (e.target as HTMLTextAreaElement).value })} />
          </label>
        </>
      )}
      <p class="tri-yours__note" data-testid="story-stored">
        {tn(article.words, 'yoursStored', article.outlet, article.date ?? t('yoursNoDate'))}
      </p>
      <div class="tri-yours__actions">
        <button type="submit" data-testid="save-story" ref={save}>
          {t('formSave')}
        </button>
        <button type="button" onClick={stories.cancel}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
