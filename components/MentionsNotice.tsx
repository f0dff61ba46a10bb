import type { StoryMentions } from '../core/result.ts';
import { t, tx } from './i18n.ts';

/** Why a page that mentions a story is not taken for a report of it, in a reader's words. */
const REASONS: Readonly<Record<StoryMentions['reason'], () => string>> = {
  date: () => t('mentionsDate'),
  'later-year': () => t('mentionsLaterYear'),
  'headline-names': () => t('mentionsHeadlineNames'),
  uncorroborated: () => t('mentionsUncorroborated'),
  weak: () => t('mentionsWeak'),
};

/** The popup's note on a page that mentions a bundled story without reporting it: which story, why, and where. */
export function MentionsNotice({ mentions }: { readonly mentions: StoryMentions }) {
  return (
    <section class="tri-mentions" aria-label={t('popupMentionsTitle')}>
      <p>{tx('mentionsLine', <strong>{mentions.title}</strong>, REASONS[mentions.reason]())}</p>
      <p>{t('mentionsWhere')}</p>
      <ul>
        {mentions.sentences.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
