import type { AnalyzedClaim, ClaimMatch, SourceSummary } from '../core/result.ts';
import { MatchView } from './MatchView.tsx';
import { OutletSides } from './OutletSides.tsx';
import { valueSides } from '../shared/outlet-sides.ts';
import { RelationBadge } from './RelationBadge.tsx';
import { t, tn, tx } from './i18n.ts';

/** Props of the hover card. */
export interface HoverCardProps {
  readonly claim: AnalyzedClaim;
  readonly id: string;
  /** Opens this claim's entry in the Triangulate page. */
  readonly onOpen: () => void;
  readonly onClose: () => void;
  /** The sources the page was compared with, and its own day: who gives which value, and when. */
  readonly sources?: readonly SourceSummary[];
  readonly pageDate?: string | null | undefined;
}

/** The outlets whose agreeing sentence stands with this page (a quotation in the same words). */
const sameAsHere = (claim: AnalyzedClaim) => [...new Set(claim.matches.filter((m) => m.relation === 'agree').map((m) => m.outlet))];

/** Whether a match is shown as a word diff (it shares words with this article and differs somewhere). */
export function showsDiff(match: ClaimMatch): boolean {
  return match.diff.some((op) => op.op === 'equal') && match.diff.some((op) => op.op !== 'equal');
}

/**
 * The card shown over a mark: what the other sources say about this claim. The head and the foot (the button
 * into Triangulate) stay put; only the body scrolls when the card has little room. The diff legend shows only
 * when a diff does. Weaker matches are counted, not shown: the card stays small, the popup has them.
 */
export function HoverCard({ claim, id, onOpen, onClose, sources = [], pageDate = null }: HoverCardProps) {
  const shown = claim.matches.filter((m) => m.relation === claim.status);
  const matches = shown.length > 0 ? shown : claim.matches;
  // Both sides: the outlets that confirm this page are named with it, not folded away as weaker matches.
  const sides = claim.status === 'quote-variant' ? sameAsHere(claim) : [];
  const withPage = claim.status === 'conflict' ? valueSides(claim, sources, pageDate).flatMap((v) => v.sides[0]!.outlets.map((o) => o.outlet)) : sides;
  const named = claim.matches.filter((m) => m.relation === 'agree' && withPage.includes(m.outlet)).length;
  const more = claim.matches.length - matches.length - named;
  return (
    <div class="tri-card" id={id} role="dialog" aria-label={t('cardLabel')}>
      <div class="tri-card__head">
        <span class="tri-card__brand">Triangulate</span>
        <RelationBadge relation={claim.status} />
        <button type="button" class="tri-card__close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="tri-card__body">
        {claim.speaker && <p class="tri-card__speaker">{t('matchAttributed', claim.speaker)}</p>}
        {claim.status === 'conflict' && <OutletSides claim={claim} sources={sources} pageDate={pageDate} />}
        {claim.status === 'quote-variant' && sides.length > 0 && (
          <p class="tri-card__same" data-testid="same-words">
            {t('cardSameWords', sides.join(', '))}
          </p>
        )}
        {matches.length === 0 ? (
          <p class="tri-card__empty">{t('cardNone')}</p>
        ) : (
          matches.map((m, i) => <MatchView key={i} match={m} sided={claim.status === 'conflict'} />)
        )}
        {more > 0 && (
          <p class="tri-card__more">{tn(more, 'cardWeaker')}</p>
        )}
      </div>
      <div class="tri-card__foot">
        {matches.some(showsDiff) && (
          <p class="tri-card__legend">{tx('cardLegend', <del>{t('cardStruck')}</del>, <ins>{t('cardUnderlined')}</ins>)}</p>
        )}
        <button type="button" class="tri-card__open" onClick={onOpen}>
          {t('cardOpen')}
        </button>
      </div>
    </div>
  );
}
