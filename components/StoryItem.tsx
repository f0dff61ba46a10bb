import type { RenameDraft, StoriesController } from '../entrypoints/options/use-stories.ts';
import { storyAnchor, type StoryListing } from '../lib/stories.ts';
import { useFocusOnMount } from './focus-on-mount.ts';

/**
 * One story on the Stories page: its title and summary (an inline form while renamed), its sources with links, and
 * what can be done with it: everything for an own story, export only for a bundled one.
 */
export function StoryItem({ story, controller }: { story: StoryListing; controller: StoriesController }) {
  const draft = controller.draft?.storyId === story.id ? controller.draft : null;
  const only = story.sources.length === 1;
  return (
    <article class="tri-story" id={storyAnchor(story.id)} tabIndex={-1} data-testid={`story-${story.id}`} aria-labelledby={`tri-story-${story.id}`}>
      {draft ? (
        <RenameForm name={story.title} draft={draft} controller={controller} />
      ) : (
        <>
          <h3 id={`tri-story-${story.id}`}>{story.title}</h3>
          {story.summary && <p class="tri-story__summary">{story.summary}</p>}
        </>
      )}
      {!story.own && <p class="tri-story__bundled">Comes with Triangulate: it can be exported, not changed.</p>}
      <ul class="tri-story__sources" aria-label="Sources">
        {story.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.outlet}</strong>
            <span class="tri-story__date"> · {source.date ?? 'no date'}</span> · {source.words.toLocaleString('en')} words
            <br />
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            {story.own && !only && (
              <button type="button" class="tri-story__remove" onClick={() => controller.removeSource(story.id, source.id)}>
                Remove source<span class="tri-sr"> {source.outlet}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {story.own && only && (
        <p class="tri-story__note" data-testid="one-source">
          One source so far. Open another outlet's report of the same event and choose “Add this article to …” in the Triangulate popup: each report will then show which of its claims the other confirms, and where they give other numbers, names or words. (The only
          source cannot be removed: delete the story instead.)
        </p>
      )}
      <div class="tri-story__actions">
        {story.own && !draft && (
          <button type="button" onClick={() => controller.startRename(story.id)}>
            Rename<span class="tri-sr"> “{story.title}”</span>
          </button>
        )}
        <button type="button" data-testid={`export-${story.id}`} onClick={() => controller.exportPack(story.id)}>
          Export as .zip<span class="tri-sr"> “{story.title}”</span>
        </button>
        {story.own && (
          <button type="button" class="tri-story__delete" data-testid={`delete-${story.id}`} onClick={() => controller.remove(story.id)}>
            Delete story<span class="tri-sr"> “{story.title}”</span>
          </button>
        )}
      </div>
    </article>
  );
}

/** The inline form that renames a story: title and summary. */
function RenameForm({ name, draft, controller }: { name: string; draft: RenameDraft; controller: StoriesController }) {
  const title = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      class="tri-story__edit"
      onSubmit={(e) => {
        e.preventDefault();
        controller.saveRename();
      }}
    >
      <h3 id={`tri-story-${draft.storyId}`} class="tri-sr">
        Rename “{name}”
      </h3>
      <label>
        Title <input ref={title} required value={draft.title} onInput={(e) => controller.editDraft({ title: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        Summary <textarea rows={2} value={draft.summary} onInput={(e) => controller.editDraft({ summary: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <div class="tri-story__actions">
        <button type="submit">Save</button>
        <button type="button" onClick={controller.cancelRename}>
          Cancel
        </button>
      </div>
    </form>
  );
}
