import type { SourceSummary, StoryMentions } from '../core/result.ts';
import { t, tx } from './i18n.ts';

/** Why a page that mentions a story is not taken for a report of it, in a reader's words. */
const REASONS: Readonly<Record<StoryMentions['reason'], () => string>> = {
  date: () => t('mentionsDate'),
  'later-year': () => t('mentionsLaterYear'),
  'headline-names': () => t('mentionsHeadlineNames'),
  uncorroborated: () => t('mentionsUncorroborated'),
  weak: () => t('mentionsWeak'),
};

/** Only a web address is a link: a stored source's address comes from a page or a pack, not from us. */
const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * The popup's note on a page that mentions a story without reporting it: which story, why, where, and the story's
 * own reports to read it in (a follow-up's reader may want the event it follows).
 */
export function MentionsNotice({ mentions, sources = [] }: { readonly mentions: StoryMentions; readonly sources?: readonly SourceSummary[] }) {
  return (
    <section class="tri-mentions" aria-label={t('popupMentionsTitle')}>
      <p>{tx('mentionsLine', <strong>{mentions.title}</strong>, REASONS[mentions.reason]())}</p>
      <p>{t('mentionsWhere')}</p>
      <ul>
        {mentions.sentences.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {sources.length > 0 && (
        <>
          <p>{t('mentionsReports')}</p>
          <ul class="tri-mentions__reports">
            {sources.map((source) => {
              const href = webAddress(source.url);
              return (
                <li key={source.id}>
                  <strong>{source.outlet}</strong>:{' '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
