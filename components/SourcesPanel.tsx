import type { Catalog } from '../core/corpus/types.ts';
import { t, tn } from './i18n.ts';

/** The stories (bundled and the reader's own) and their sources: outlet, title, date and link; and how many errors were survived. */
export function SourcesPanel({ catalog, open = false, errors = 0 }: { catalog: Catalog; open?: boolean; errors?: number | undefined }) {
  return (
    <details class="tri-sources" open={open}>
      <summary>{t('sourcesTitle')}</summary>
      {catalog.stories.map((story) => (
        <section key={story.id} class="tri-sources__story">
          <h2>{story.title}</h2>
          {story.summary && <p class="tri-sources__summary">{story.summary}</p>}
          <ul>
            {story.sources.map((source) => (
              <li key={source.id}>
                <strong>{source.outlet}</strong>
                {source.date && <span class="tri-sources__date"> · {source.date}</span>}
                <br />
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  <span>{t('sourcesNoLink', source.title)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {errors > 0 && <p class="tri-sources__errors">{tn(errors, 'sourcesErrors')}</p>}
    </details>
  );
}
