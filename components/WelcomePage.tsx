import type { Catalog } from '../core/corpus/types.ts';

/** The welcome page's words, from `_locales` (entrypoints/welcome reads them), and the keys set for the commands. */
export interface WelcomeStrings {
  readonly title: string;
  readonly lead: string;
  readonly demoTitle: string;
  readonly demo: string;
  readonly howTitle: string;
  readonly marks: string;
  readonly panel: string;
  /** The lead of the list of keys. */
  readonly keys: string;
  /** Each command, in the browser's words, with its key ('' when none is set). */
  readonly commands: ReadonlyArray<{ readonly description: string; readonly shortcut: string }>;
  /** What a command without a key shows. */
  readonly unset: string;
  readonly storyTitle: string;
  readonly story: string;
  readonly privacyTitle: string;
  readonly privacy: string;
  readonly manage: string;
}

/**
 * The page opened on first install: what Triangulate does, the bundled story's reports to try it on, how to read
 * with it (marks, popup, side panel, keys), how to start a story of one's own, and the privacy promise.
 */
export function WelcomePage({ strings, catalog, onManage }: { strings: WelcomeStrings; catalog: Catalog; onManage: () => void }) {
  return (
    <main class="tri-welcome">
      <h1>
        <img src="/icon/48.png" alt="" width={32} height={32} /> {strings.title}
      </h1>
      <p class="tri-welcome__lead">{strings.lead}</p>
      <section aria-labelledby="tri-welcome-demo">
        <h2 id="tri-welcome-demo">{strings.demoTitle}</h2>
        <p>{strings.demo}</p>
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
        <h2 id="tri-welcome-how">{strings.howTitle}</h2>
        <p>{strings.marks}</p>
        <p>{strings.panel}</p>
        <p>{strings.keys}</p>
        <ul data-testid="welcome-keys">
          {strings.commands.map((c) => (
            <li key={c.description}>
              {c.shortcut ? <kbd>{c.shortcut}</kbd> : <em>{strings.unset}</em>} {c.description}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tri-welcome-story">
        <h2 id="tri-welcome-story">{strings.storyTitle}</h2>
        <p>{strings.story}</p>
        <button type="button" onClick={onManage}>
          {strings.manage}
        </button>
      </section>
      <section aria-labelledby="tri-welcome-privacy" class="tri-welcome__privacy" data-testid="welcome-privacy">
        <h2 id="tri-welcome-privacy">{strings.privacyTitle}</h2>
        <p>{strings.privacy}</p>
      </section>
    </main>
  );
}
