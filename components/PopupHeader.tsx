import type { AnalysisResult } from '../core/result.ts';
import type { Catalog } from '../core/corpus/types.ts';
import { t, tx } from './i18n.ts';

/** The story, which source this page is, and the outlets compared. */
export function PopupHeader({ result, catalog }: { result: AnalysisResult; catalog: Catalog }) {
  const story = result.story;
  if (!story) return null;
  const self = catalog.stories.find((s) => s.id === story.id)?.sources.find((s) => s.id === story.self);
  return (
    <header class="tri-header">
      <p class="tri-header__eyebrow">{t('headerStory')}</p>
      <h1 class="tri-header__title">{story.title}</h1>
      <p class="tri-header__line">
        {self ? <>{tx('headerSelf', <strong>{self.outlet}</strong>)} </> : null}
        {result.sources.length > 0 && t('headerCompared', result.sources.map((s) => s.outlet).join(', '))}
      </p>
      {result.truncated && <p class="tri-note">{t('headerTruncated')}</p>}
    </header>
  );
}
