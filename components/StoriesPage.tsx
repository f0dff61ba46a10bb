import type { StoriesController } from './stories-controller.ts';
import { useFocusOnMount } from './focus-on-mount.ts';
import { StoryItem } from './StoryItem.tsx';
import { t, tn, tx } from './i18n.ts';

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
      <h1>{t('storiesTitle')}</h1>
      <p class="tri-stories__lead">{t('storiesLead')}</p>
      <NoticeLine controller={controller} />
      {controller.problems.length > 0 && (
        <section role="alert" class="tri-stories__problems" data-testid="story-problems">
          <h2>{t('storiesProblemsTitle')}</h2>
          <p>{t('storiesProblems')}</p>
          <ul>
            {controller.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="tri-stories__import" aria-labelledby="tri-import">
        <h2 id="tri-import">{t('storiesImportTitle')}</h2>
        <p>{tx('storiesImport', <code>sources.json</code>)}</p>
        <label class="tri-stories__file">
          {t('storiesImportLabel')}{' '}
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
        <p role="status">{t('popupLoading')}</p>
      ) : (
        <>
          <h2>{t('yoursTitle')}</h2>
          {own.length === 0 && (
            <p class="tri-stories__empty" data-testid="no-own-stories">
              {t('storiesNone')}
            </p>
          )}
          {own.map((story) => (
            <StoryItem key={story.id} story={story} controller={controller} />
          ))}
          {bundled.length > 0 && <h2>{t('storiesBundled')}</h2>}
          {bundled.map((story) => (
            <StoryItem key={story.id} story={story} controller={controller} />
          ))}
        </>
      )}
      <section class="tri-stories__where" aria-labelledby="tri-where">
        <h2 id="tri-where">{t('storiesWhereTitle')}</h2>
        <p>{t('storiesWhere')}</p>
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
        {t('storiesShowIt')}
      </button>{' '}
      <button type="button" onClick={controller.dismiss}>
        {t('storiesOk')}
      </button>
    </div>
  );
}

/** "Deleted “X”. Undo", focused: the Delete button the keyboard was on is gone with its story. */
function Deleted({ title, controller }: { title: string; controller: StoriesController }) {
  const undo = useFocusOnMount<HTMLButtonElement>();
  return (
    <span data-testid="deleted">
      {t('storiesDeleted', title)}{' '}
      <button type="button" ref={undo} data-testid="undo" onClick={controller.undo}>
        {t('storiesUndo')}
      </button>
    </span>
  );
}


/** Asks before a pack's new sources are added to the story that has its id or some of its sources. */
function MergeQuestion({ notice, controller }: { notice: Extract<StoriesController['notice'], { kind: 'merge' }>; controller: StoriesController }) {
  const yes = useFocusOnMount<HTMLButtonElement>();
  const { title, fresh, total } = notice;
  return (
    <div role="alert" class="tri-stories__notice tri-stories__merge" data-testid="merge-confirm">
      {tn(total - fresh, 'storiesMerge', title, total)} {tn(fresh, 'storiesMergeAsk')}{' '}
      <button type="button" ref={yes} onClick={controller.merge}>
        {tn(fresh, 'storiesMergeButton')}
      </button>{' '}
      <button type="button" onClick={controller.dismiss}>
        {t('formCancel')}
      </button>
    </div>
  );
}
