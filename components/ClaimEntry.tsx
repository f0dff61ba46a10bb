import type { AnalyzedClaim, SourceSummary } from '../core/result.ts';
import { MatchView } from './MatchView.tsx';
import { OutletSides } from './OutletSides.tsx';
import { RelationBadge } from './RelationBadge.tsx';
import { t, tn } from './i18n.ts';

/** Props of one claim in the popup list. */
export interface ClaimEntryProps {
  readonly claim: AnalyzedClaim;
  readonly index: number;
  /** Whether the claim has a mark on the page (false: listed only). */
  readonly marked: boolean;
  /** Whether the claim should have a mark but could not be found on the page. */
  readonly unplaced: boolean;
  readonly selected: boolean;
  readonly onReveal: (index: number) => void;
  /** The sources compared with and this page's day: who gives which value, and when. */
  readonly sources?: readonly SourceSummary[];
  readonly pageDate?: string | null | undefined;
}

/** A claim of the page with each other source's wording and the differences; weaker matches folded. */
export function ClaimEntry({ claim, index, marked, unplaced, selected, onReveal, sources = [], pageDate = null }: ClaimEntryProps) {
  // The matches that give the claim its status come first; weaker ones (an agreeing sentence next to the
  // conflicting one) are folded so the entry stays about what matters.
  const primary = claim.matches.filter((m) => m.relation === claim.status);
  const others = claim.matches.filter((m) => m.relation !== claim.status);
  return (
    <li class={`tri-entry tri-entry--${claim.status}${selected ? ' tri-entry--selected' : ''}`} id={`claim-${index}`}>
      <div class="tri-entry__head">
        <RelationBadge relation={claim.status} />
        {claim.kind === 'quote' && claim.speaker && <span class="tri-entry__speaker">{t('entryQuote', claim.speaker)}</span>}
      </div>
      <button
        type="button"
        class="tri-entry__text"
        onClick={() => onReveal(index)}
        disabled={!marked}
        title={marked ? t('entryShow') : undefined}
      >
        <span class="tri-sr">{t('entryThisArticle')} </span>
        {claim.text}
      </button>
      {unplaced && <p class="tri-note">{t('entryUnplaced')}</p>}
      {claim.status === 'conflict' && <OutletSides claim={claim} sources={sources} pageDate={pageDate} />}
      {primary.map((match, i) => (
        <MatchView key={i} match={match} sided={claim.status === 'conflict'} />
      ))}
      {others.length > 0 && (
        <details class="tri-more">
          <summary>
            {tn(others.length, 'entryMore', [...new Set(others.map((m) => m.outlet))].join(', '))}
          </summary>
          {others.map((match, i) => (
            <MatchView key={i} match={match} />
          ))}
        </details>
      )}
    </li>
  );
}
