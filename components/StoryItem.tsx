import type { RenameDraft, StoriesController } from './stories-controller.ts';
import { storyElementId, type StoryListing } from '../shared/stories.ts';
import { useFocusOnMount } from './focus-on-mount.ts';
import { t, tn } from './i18n.ts';

/**
 * One story on the Stories page: its title and summary (an inline form while renamed), its sources with links, and
 * what can be done with it: everything for an own story, export only for a bundled one.
 */
export function StoryItem({ story, controller }: { story: StoryListing; controller: StoriesController }) {
  const draft = controller.draft?.storyId === story.id ? controller.draft : null;
  const only = story.sources.length === 1;
  return (
    <article class="tri-story" id={storyElementId(story.id)} tabIndex={-1} data-testid={`story-${story.id}`} aria-labelledby={`tri-story-${story.id}`}>
      {draft ? (
        <RenameForm name={story.title} draft={draft} controller={controller} />
      ) : (
        <>
          <h3 id={`tri-story-${story.id}`}>{story.title}</h3>
          {story.summary && <p class="tri-story__summary">{story.summary}</p>}
        </>
      )}
      {!story.own && <p class="tri-story__bundled">{t('storyBundled')}</p>}
      <ul class="tri-story__sources" aria-label={t('storySources')}>
        {story.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.outlet}</strong>
            <span class="tri-story__date"> · {source.date ?? t('storyNoDate')}</span> · {tn(source.words, 'storyWords')}
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
                {t('storyRemoveSource')}<span class="tri-sr"> {source.outlet}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {story.own && only && (
        <p class="tri-story__note" data-testid="one-source">
          {t('storyOneSource')}
        </p>
      )}
      <div class="tri-story__actions">
        {story.own && !draft && (
          <button type="button" onClick={() => controller.startRename(story.id)}>
            {t('storyRename')}<span class="tri-sr"> {t('yoursQuoted', story.title)}</span>
          </button>
        )}
        <button type="button" data-testid={`export-${story.id}`} onClick={() => controller.exportPack(story.id)}>
          {t('storyExport')}<span class="tri-sr"> {t('yoursQuoted', story.title)}</span>
        </button>
        {story.own && (
          <button type="button" class="tri-story__delete" data-testid={`delete-${story.id}`} onClick={() => controller.remove(story.id)}>
            {t('storyDelete')}<span class="tri-sr"> {t('yoursQuoted', story.title)}</span>
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
        {t('storyRenameTitle', name)}
      </h3>
      <label>
        {t('formTitle')} <input ref={title} required value={draft.title} onInput={(e) => controller.editDraft({ title: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {t('formSummary')} <textarea rows={2} value={draft.summary} onInput={(e) => controller.editDraft({ summary: (e.target as HTMLTextAreaElement).value })} />
      </label>
      <div class="tri-story__actions">
        <button type="submit">{t('formSave')}</button>
        <button type="button" onClick={controller.cancelRename}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
