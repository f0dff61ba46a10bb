import { marksStatus } from '../shared/settings.ts';
import { t } from './i18n.ts';
import { ClaimSections } from './ClaimSections.tsx';
import { CountSummary } from './CountSummary.tsx';
import { DifferenceSummary } from './DifferenceSummary.tsx';
import { MentionsNotice } from './MentionsNotice.tsx';
import { OneSourceNotice } from './OneSourceNotice.tsx';
import { EmptyState } from './EmptyState.tsx';
import { MarksSwitch, type Marking } from './MarksSwitch.tsx';
import { PopupHeader } from './PopupHeader.tsx';
import type { PopupState } from './popup-state.ts';
import { SourcesPanel } from './SourcesPanel.tsx';

/** How much the view shows: `summary` in the toolbar popup (the counts and what differs), `full` in the side panel
 *  and the popup opened as a page (every claim, every source). */
export type PopupLayout = 'summary' | 'full';

/** Props of the popup. */
export interface PopupProps {
  readonly state: PopupState;
  /** `full` when not given. */
  readonly layout?: PopupLayout;
  /** Opens the side panel; the summary offers it when given. */
  readonly onOpenPanel?: (() => void) | undefined;
  readonly selected: number | null;
  readonly onReveal: (index: number) => void;
  readonly marksShown: boolean;
  readonly onMarksShown: (shown: boolean) => void;
  /** Which optional, quieter marks are switched on (related, only here). */
  readonly marking: Marking;
  readonly onMarking: (change: Partial<Marking>) => void;
  /** Errors the extension noted and survived, shown in the about panel. */
  readonly errors?: number;
}

/** The toolbar popup (also opened as a page for one tab): renders whatever state it is given. */
export function Popup(props: PopupProps) {
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return <EmptyState title={t('popupLoading')} />;
    case 'analyzing':
      return (
        <EmptyState title={t('popupAnalyzingTitle')}>
          <p>{t('popupAnalyzing')}</p>
        </EmptyState>
      );
    case 'unsupported':
      return (
        <EmptyState title={t('popupUnsupportedTitle')}>
          <p>{t('popupUnsupported')}</p>
        </EmptyState>
      );
    case 'not-article':
      return (
        <EmptyState title={t('popupNotArticleTitle')}>
          <p>{t('popupNotArticle')}</p>
        </EmptyState>
      );
    case 'too-large':
      return (
        <EmptyState title={t('popupTooLargeTitle')}>
          <p>{t('popupTooLarge', state.elements.toLocaleString('en'))}</p>
        </EmptyState>
      );
    case 'other-language':
      return (
        <EmptyState title={t('popupOtherLanguageTitle')}>
          <p>{t('popupOtherLanguage')}</p>
        </EmptyState>
      );
    case 'error':
      return (
        <EmptyState title={t('popupErrorTitle')}>
          <p>{t('popupError', state.message)}</p>
        </EmptyState>
      );
    case 'no-story':
      return (
        <EmptyState title={state.mentions ? t('popupMentionsTitle') : t('popupNoStoryTitle')}>
          {state.mentions && <MentionsNotice mentions={state.mentions} sources={state.catalog.stories.find((s) => s.id === state.mentions?.id)?.sources ?? []} />}
          <p>{t('popupNoStory')}</p>
          <p>{t('popupKnownStories')}</p>
          <ul class="tri-state__stories">
            {state.catalog.stories.map((s) => (
              <li key={s.id}>
                {s.title} ({s.sources.map((x) => x.outlet).join(', ')})
              </li>
            ))}
          </ul>
          <SourcesPanel catalog={state.catalog} errors={props.errors} />
        </EmptyState>
      );
    case 'ready': {
      const { record, catalog } = state;
      const { claims } = record.result;
      const unanchored = new Set(record.unanchored ?? []);
      // Whether painting tried to mark the claim, and whether it found it (unknown until the page reports back).
      const wanted = (i: number) => props.marksShown && record.unanchored !== null && marksStatus(props.marking, claims[i]?.status ?? 'unique');
      if (record.result.sources.length === 0 && record.result.story) {
        return (
          <main class="tri-popup">
            <PopupHeader result={record.result} catalog={catalog} />
            <OneSourceNotice title={record.result.story.title} />
          </main>
        );
      }
      return (
        <main class="tri-popup">
          <PopupHeader result={record.result} catalog={catalog} />
          <DifferenceSummary claims={claims} sources={record.result.sources} pageDate={record.result.date} onSelect={props.onReveal} />
          <CountSummary counts={record.result.counts} outlets={record.result.sources.map((s) => s.outlet)} />
          {props.layout === 'summary' && props.onOpenPanel && <OpenPanel onOpen={props.onOpenPanel} claims={claims.length} />}
          <MarksSwitch host={record.host} shown={props.marksShown} onChange={props.onMarksShown} marking={props.marking} onMarking={props.onMarking} />
          {props.layout !== 'summary' && (
            <>
              <ClaimSections
                claims={claims}
                isMarked={(i) => wanted(i) && !unanchored.has(i)}
                isUnplaced={(i) => wanted(i) && unanchored.has(i)}
                selected={props.selected}
                onReveal={props.onReveal}
                sources={record.result.sources}
                pageDate={record.result.date}
              />
              <SourcesPanel catalog={catalog} errors={props.errors} />
            </>
          )}
        </main>
      );
    }
  }
}

/** The summary's way to everything: the side panel, which stays open beside the article. */
function OpenPanel({ onOpen, claims }: { onOpen: () => void; claims: number }) {
  return (
    <p class="tri-open-panel">
      <button type="button" class="tri-open-panel__button" data-testid="open-panel" onClick={onOpen}>
        {t('popupOpenPanel')}
      </button>{' '}
      <span class="tri-note">{t('popupOpenPanelNote', claims)}</span>
    </p>
  );
}
