import type { AnalyzedClaim } from '../core/result.ts';
import { MatchView } from './MatchView.tsx';
import { RelationBadge } from './RelationBadge.tsx';

/** Props of one claim in the popup list. */
export interface ClaimEntryProps {
  readonly claim: AnalyzedClaim;
  readonly index: number;
  /** Whether the claim has a mark on the page (false: listed only). */
  readonly marked: boolean;
  readonly selected: boolean;
  readonly onReveal: (index: number) => void;
}

/** A claim of the page with each other source's wording and the differences. */
export function ClaimEntry({ claim, index, marked, selected, onReveal }: ClaimEntryProps) {
  return (
    <li class={`tri-entry tri-entry--${claim.status}${selected ? ' tri-entry--selected' : ''}`} id={`claim-${index}`}>
      <div class="tri-entry__head">
        <RelationBadge relation={claim.status} />
        {claim.kind === 'quote' && claim.speaker && <span class="tri-entry__speaker">Quote: {claim.speaker}</span>}
      </div>
      <button
        type="button"
        class="tri-entry__text"
        onClick={() => onReveal(index)}
        disabled={!marked}
        title={marked ? 'Show this sentence on the page' : undefined}
      >
        <span class="tri-sr">This article: </span>
        {claim.text}
      </button>
      {!marked && claim.status !== 'unique' && <p class="tri-note">Not highlighted: this sentence could not be found on the page.</p>}
      {claim.matches.map((match, i) => (
        <MatchView key={i} match={match} />
      ))}
    </li>
  );
}
