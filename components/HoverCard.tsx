import type { AnalyzedClaim } from '../core/result.ts';
import { MatchView } from './MatchView.tsx';
import { RelationBadge } from './RelationBadge.tsx';

/** Props of the hover card. */
export interface HoverCardProps {
  readonly claim: AnalyzedClaim;
  readonly id: string;
  /** Opens this claim's entry in the Triangulate page. */
  readonly onOpen: () => void;
  readonly onClose: () => void;
}

/** The card shown over a mark: what the other sources say about this claim. */
export function HoverCard({ claim, id, onOpen, onClose }: HoverCardProps) {
  return (
    <div class="tri-card" id={id} role="dialog" aria-label="Triangulate: what other sources say">
      <div class="tri-card__head">
        <span class="tri-card__brand">Triangulate</span>
        <RelationBadge relation={claim.status} />
        <button type="button" class="tri-card__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {claim.speaker && <p class="tri-card__speaker">Quote attributed to {claim.speaker}</p>}
      {claim.matches.length === 0 ? (
        <p class="tri-card__empty">No other bundled source reports this.</p>
      ) : (
        claim.matches.map((m, i) => <MatchView key={i} match={m} />)
      )}
      <p class="tri-card__legend">
        <del>struck</del> only in this article · <ins>underlined</ins> only in the other source
      </p>
      <button type="button" class="tri-card__open" onClick={onOpen}>
        Open in Triangulate
      </button>
    </div>
  );
}
