import type { AnalyzedClaim } from '../core/result.ts';
import { ClaimEntry } from './ClaimEntry.tsx';
import { FILTERS, type ClaimFilter } from './popup-state.ts';

/** Props of the claim list. */
export interface ClaimListProps {
  readonly claims: readonly AnalyzedClaim[];
  readonly filter: ClaimFilter;
  readonly onFilter: (filter: ClaimFilter) => void;
  readonly isMarked: (index: number) => boolean;
  readonly selected: number | null;
  readonly onReveal: (index: number) => void;
}

/** The page's claims in reading order, with filters. Related-only claims are listed under "All". */
export function ClaimList({ claims, filter, onFilter, isMarked, selected, onReveal }: ClaimListProps) {
  const shows = FILTERS.find((f) => f.id === filter)!.shows;
  const visible = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => shows(claim.status));
  return (
    <section class="tri-claims" aria-label="Claims of this page">
      <div class="tri-filters" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button key={f.id} type="button" class="tri-filter" aria-pressed={f.id === filter} onClick={() => onFilter(f.id)}>
            {f.label}
            <span class="tri-filter__n">{claims.filter((c) => f.shows(c.status)).length}</span>
          </button>
        ))}
      </div>
      {visible.length === 0 ? (
        <p class="tri-empty">No claims in this view.</p>
      ) : (
        <ol class="tri-list">
          {visible.map(({ claim, index }) => (
            <ClaimEntry key={index} claim={claim} index={index} marked={isMarked(index)} selected={selected === index} onReveal={onReveal} />
          ))}
        </ol>
      )}
    </section>
  );
}
