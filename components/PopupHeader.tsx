import type { AnalysisResult, ClaimStatus } from '../core/result.ts';
import type { Catalog } from '../core/corpus/types.ts';
import { RELATION_LABELS } from '../shared/relation.ts';

const COUNTED: readonly ClaimStatus[] = ['agree', 'conflict', 'quote-variant', 'unique'];

/** The story, which source this page is, the outlets compared, and the counts per relation. */
export function PopupHeader({ result, catalog }: { result: AnalysisResult; catalog: Catalog }) {
  const story = result.story;
  if (!story) return null;
  const self = catalog.stories.find((s) => s.id === story.id)?.sources.find((s) => s.id === story.self);
  return (
    <header class="tri-header">
      <p class="tri-header__eyebrow">Story</p>
      <h1 class="tri-header__title">{story.title}</h1>
      <p class="tri-header__line">
        {self ? (
          <>
            This page is <strong>{self.outlet}</strong>'s report.{' '}
          </>
        ) : null}
        Compared with {result.sources.map((s) => s.outlet).join(', ') || 'no other source'}.
      </p>
      <ul class="tri-counts" aria-label="Claims by relation">
        {COUNTED.map((status) => (
          <li key={status} class={`tri-count tri-count--${status}`}>
            <span class="tri-count__n">{result.counts[status]}</span>{' '}
            <span aria-hidden="true">{RELATION_LABELS[status].icon}</span> {RELATION_LABELS[status].plural.toLowerCase()}
          </li>
        ))}
      </ul>
      {result.truncated && <p class="tri-note">This page is very long: only its beginning was compared.</p>}
    </header>
  );
}
