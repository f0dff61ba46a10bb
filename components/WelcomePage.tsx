import type { Catalog } from '../core/corpus/types.ts';
import { t } from './i18n.ts';

/** A keyboard command, in the browser's words, with its key ('' when none is set). */
export interface WelcomeCommand {
  readonly description: string;
  readonly shortcut: string;
}

/**
 * The page opened on first install: what Triangulate does, the bundled story's reports to try it on, how to read
 * with it (marks, popup, side panel, keys), how to start a story of one's own, and the privacy promise.
 */
export function WelcomePage({ commands, catalog, onManage }: { commands: readonly WelcomeCommand[]; catalog: Catalog; onManage: () => void }) {
  return (
    <main class="tri-welcome">
      <h1>
        <img src="/icon/48.png" alt="" width={32} height={32} /> {t('welcomeTitle')}
      </h1>
      <p class="tri-welcome__lead">{t('welcomeLead')}</p>
      <section aria-labelledby="tri-welcome-demo">
        <h2 id="tri-welcome-demo">{t('welcomeDemoTitle')}</h2>
        <p>{t('welcomeDemo')}</p>
        {catalog.stories.map((story) => (
          <div key={story.id} class="tri-welcome__story" data-testid="welcome-demo">
            <p class="tri-welcome__story-title">{story.title}</p>
            <ul>
              {story.sources.map((source) => (
                <li key={source.id}>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.outlet}: {source.title}
                    </a>
                  ) : (
                    `${source.outlet}: ${source.title}`
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="tri-welcome-how">
        <h2 id="tri-welcome-how">{t('welcomeHowTitle')}</h2>
        <p>{t('welcomeHowMarks')}</p>
        <p>{t('welcomeHowPanel')}</p>
        <p>{t('welcomeHowKeys')}</p>
        <ul data-testid="welcome-keys">
          {commands.map((c) => (
            <li key={c.description}>
              {c.shortcut ? <kbd>{c.shortcut}</kbd> : <em>{t('welcomeKeysUnset')}</em>} {c.description}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tri-welcome-story">
        <h2 id="tri-welcome-story">{t('welcomeStoryTitle')}</h2>
        <p>{t('welcomeStory')}</p>
        <button type="button" onClick={onManage}>
          {t('welcomeManage')}
        </button>
      </section>
      <section aria-labelledby="tri-welcome-privacy" class="tri-welcome__privacy" data-testid="welcome-privacy">
        <h2 id="tri-welcome-privacy">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
    </main>
  );
}
