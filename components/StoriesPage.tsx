import type { StoriesController } from '../entrypoints/options/use-stories.ts';
import { useFocusOnMount } from './focus-on-mount.ts';
import { StoryItem } from './StoryItem.tsx';

/**
 * The Stories page (the options page): the reader's own stories and the bundled ones with their sources, import
 * and export of story packs, and where the stories live. Renders `controller` (entrypoints/options/use-stories.ts).
 */
export function StoriesPage({ controller }: { controller: StoriesController }) {
  const { stories } = controller;
  const own = stories?.filter((s) => s.own) ?? [];
  const bundled = stories?.filter((s) => !s.own) ?? [];
  return (
    <main
      class={`tri-stories${controller.dragging ? ' tri-stories--drop' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        controller.setDragging(true);
      }}
      onDragLeave={(e) => {
        // Leaving for one of the page's own elements is not leaving the page.
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) controller.setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) controller.importFile(file);
        else controller.setDragging(false);
      }}
    >
      <h1>Stories</h1>
      <p class="tri-stories__lead">
        Triangulate cross-references every article about one of these stories against its sources, on the page and in its popup.
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
          A story pack is a .zip holding a <code>sources.json</code> and one text file per source, as “Export as .zip” makes. Choose one, or drop it
          anywhere on this page. A pack that is not right is refused with what is wrong in it, and nothing is stored.
        </p>
        <label class="tri-stories__file">
          Story pack (.zip){' '}
          <input
            type="file"
            accept=".zip,application/zip"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) controller.importFile(file);
              // Choosing the same file again (after fixing it) must fire again.
              input.value = '';
            }}
          />
        </label>
      </section>
      {stories === null ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <h2>Your stories</h2>
          {own.length === 0 && (
            <p class="tri-stories__empty" data-testid="no-own-stories">
              No story of your own yet. To start one, open an article about an event, click the Triangulate button in the toolbar and choose “Start a
              story from this article”. On the next report of the same event, choose “Add this article to …”. Or import a story pack (above).
            </p>
          )}
          {own.map((story) => (
            <StoryItem key={story.id} story={story} controller={controller} />
          ))}
          {bundled.length > 0 && <h2>Comes with Triangulate</h2>}
          {bundled.map((story) => (
            <StoryItem key={story.id} story={story} controller={controller} />
          ))}
        </>
      )}
      <section class="tri-stories__where" aria-labelledby="tri-where">
        <h2 id="tri-where">Where your stories live</h2>
        <p>
          In this browser only, in the extension's own storage (IndexedDB). They are never sent anywhere. They are removed when you delete them here,
          or when you remove the extension, which deletes its storage.
        </p>
      </section>
    </main>
  );
}

/**
 * The line under the title that says how the last action went (kept on screen while the page scrolls): a status
 * that is always there, so its changes are announced, with Undo after a delete; an alert for a refusal and for the
 * merge question.
 */
function NoticeLine({ controller }: { controller: StoriesController }) {
  const notice = controller.notice;
  return (
    <div class="tri-stories__notices">
      <p role="status" class="tri-stories__notice">
        {notice?.kind === 'info' && notice.text}
        {notice?.kind === 'deleted' && <Deleted title={notice.story.title} controller={controller} />}
      </p>
      {notice?.kind === 'error' && (
        <p role="alert" class="tri-stories__notice tri-stories__notice--error" data-testid="import-error">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'merge' && <MergeQuestion notice={notice} controller={controller} />}
      {notice?.kind === 'already' && <AlreadyThere id={notice.id} text={notice.text} controller={controller} />}
    </div>
  );
}

/** An import with nothing new: says so, and offers to show the story that has it all. */
function AlreadyThere({ id, text, controller }: { id: string; text: string; controller: StoriesController }) {
  const open = useFocusOnMount<HTMLButtonElement>();
  return (
    <div role="alert" class="tri-stories__notice" data-testid="already-there">
      {text}{' '}
      <button type="button" ref={open} onClick={() => controller.reveal(id)}>
        Show it
      </button>{' '}
      <button type="button" onClick={controller.dismiss}>
        OK
      </button>
    </div>
  );
}

/** "Deleted “X”. Undo", focused: the Delete button the keyboard was on is gone with its story. */
function Deleted({ title, controller }: { title: string; controller: StoriesController }) {
  const undo = useFocusOnMount<HTMLButtonElement>();
  return (
    <span data-testid="deleted">
      Deleted “{title}”.{' '}
      <button type="button" ref={undo} data-testid="undo" onClick={controller.undo}>
        Undo
      </button>
    </span>
  );
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** Asks before a pack's new sources are added to the story that has its id or some of its sources. */
function MergeQuestion({ notice, controller }: { notice: Extract<StoriesController['notice'], { kind: 'merge' }>; controller: StoriesController }) {
  const yes = useFocusOnMount<HTMLButtonElement>();
  const { title, fresh, total } = notice;
  return (
    <div role="alert" class="tri-stories__notice tri-stories__merge" data-testid="merge-confirm">
      “{title}” is already here, with {plural(total - fresh, 'source')} of this pack's {total}. Add the other {plural(fresh, 'source')} to it?{' '}
      <button type="button" ref={yes} onClick={controller.merge}>
        Add {plural(fresh, 'source')}
      </button>{' '}
      <button type="button" onClick={controller.dismiss}>
        Cancel
      </button>
    </div>
  );
}
