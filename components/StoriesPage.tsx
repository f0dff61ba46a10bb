import { useState } from 'preact/hooks';
import type { StoriesController } from '../entrypoints/options/use-stories.ts';
import type { StoryListing } from '../lib/stories.ts';

/** The Stories page: bundled and own stories with their sources, what can be done with each, import and export. */
export function StoriesPage({ controller }: { controller: StoriesController }) {
  const { stories, notice } = controller;
  const [dragging, setDragging] = useState(false);
  const own = stories?.filter((s) => s.own) ?? [];
  return (
    <main
      class={`tri-stories${dragging ? ' tri-stories--drop' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) controller.importFile(file);
      }}
    >
      <h1>Stories</h1>
      <p class="tri-stories__lead">
        Triangulate cross-references every article about one of these stories against its sources. Start a story of your own from the popup, on an
        article: “Start a story from this article”, then “Add this article” on the next report of the same event.
      </p>
      <NoticeLine controller={controller} />
      {controller.problems.length > 0 && (
        <section role="alert" class="tri-stories__problems" data-testid="story-problems">
          <h2>Stories that could not be read</h2>
          <p>They are kept as they are in this browser's storage; nothing was deleted.</p>
          <ul>
            {controller.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="tri-stories__import" aria-labelledby="tri-import">
        <h2 id="tri-import">Import a story pack</h2>
        <p>
          A story pack is a .zip with a <code>sources.json</code> and one text file per source, as exported here. Choose one, or drop it on this page.
        </p>
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="import-file"
          aria-label="Import a story pack (.zip)"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) controller.importFile(file);
            input.value = '';
          }}
        />
      </section>
      {stories === null ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <h2>Your stories</h2>
          {own.length === 0 && <p class="tri-stories__empty">No story of your own yet. Open an article, click the Triangulate button, and choose “Start a story from this article”.</p>}
          {own.map((story) => (
            <StoryItem key={story.id} story={story} controller={controller} />
          ))}
          <h2>Comes with Triangulate</h2>
          {stories
            .filter((s) => !s.own)
            .map((story) => (
              <StoryItem key={story.id} story={story} controller={controller} />
            ))}
        </>
      )}
      <section class="tri-stories__where" aria-labelledby="tri-where">
        <h2 id="tri-where">Where your stories live</h2>
        <p>
          In this browser only, in the extension's own storage (IndexedDB). They are never sent anywhere. Delete them here, or remove the extension,
          which deletes its storage.
        </p>
      </section>
    </main>
  );
}

function NoticeLine({ controller }: { controller: StoriesController }) {
  const notice = controller.notice;
  if (!notice) return <div role="status" class="tri-stories__notice" />;
  if (notice.kind === 'error') {
    return (
      <p role="alert" class="tri-stories__notice tri-stories__notice--error" data-testid="import-error">
        {notice.text}
      </p>
    );
  }
  if (notice.kind === 'merge') {
    return (
      <div role="alert" class="tri-stories__notice" data-testid="merge-confirm">
        A story “{notice.title}” exists. Add the pack's sources to it?{' '}
        <button type="button" onClick={controller.merge}>
          Add the sources
        </button>{' '}
        <button type="button" onClick={controller.dismiss}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <p role="status" class="tri-stories__notice">
      {notice.kind === 'deleted' ? (
        <>
          Deleted “{notice.story.title}”.{' '}
          <button type="button" data-testid="undo" onClick={controller.undo}>
            Undo
          </button>
        </>
      ) : (
        notice.text
      )}
    </p>
  );
}

/** One story: its title and summary (editable when own), its sources, and its actions. */
function StoryItem({ story, controller }: { story: StoryListing; controller: StoriesController }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(story.title);
  const [summary, setSummary] = useState(story.summary);
  return (
    <article class="tri-story" data-testid={`story-${story.id}`}>
      {editing ? (
        <form
          class="tri-story__edit"
          onSubmit={(e) => {
            e.preventDefault();
            void controller.rename(story.id, title, summary).then((ok) => ok && setEditing(false));
          }}
        >
          <label>
            Title <input required value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            Summary <textarea rows={2} value={summary} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit">Save</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <h3>{story.title}</h3>
          {story.summary && <p class="tri-story__summary">{story.summary}</p>}
        </>
      )}
      <ul class="tri-story__sources">
        {story.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.outlet}</strong>
            {source.date && <span class="tri-story__date"> · {source.date}</span>} · {source.words.toLocaleString('en')} words
            <br />
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            {story.own && (
              <button
                type="button"
                class="tri-story__remove"
                disabled={story.sources.length === 1}
                title={story.sources.length === 1 ? 'A story keeps at least one source: delete the story instead.' : undefined}
                onClick={() => controller.removeSource(story.id, source.id)}
              >
                Remove source<span class="tri-sr"> {source.outlet}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="tri-story__actions">
        {story.own && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            Rename
          </button>
        )}
        <button type="button" data-testid={`export-${story.id}`} onClick={() => controller.exportPack(story.id)}>
          Export as .zip
        </button>
        {story.own && (
          <button type="button" class="tri-story__delete" data-testid={`delete-${story.id}`} onClick={() => controller.remove(story.id)}>
            Delete story
          </button>
        )}
      </div>
    </article>
  );
}
