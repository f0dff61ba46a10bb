import type { AnalyzedClaim, ClaimStatus, SourceSummary } from '../core/result.ts';
import { ClaimEntry } from './ClaimEntry.tsx';
import { t } from './i18n.ts';

/** A part of the claim list: which statuses it holds and whether it starts open. */
interface Section {
  readonly id: string;
  readonly title: () => string;
  readonly statuses: readonly ClaimStatus[];
  readonly open: boolean;
}

/** The list's parts, differences first and open; the rest folded so the popup stays short. */
export const SECTIONS: readonly Section[] = [
  { id: 'differ', title: () => t('sectionDiffer'), statuses: ['conflict', 'quote-variant'], open: true },
  { id: 'agree', title: () => t('sectionAgree'), statuses: ['agree'], open: false },
  { id: 'related', title: () => t('sectionRelated'), statuses: ['related'], open: false },
  { id: 'unique', title: () => t('sectionUnique'), statuses: ['unique'], open: false },
];

/** Props of the claim sections. */
export interface ClaimSectionsProps {
  readonly claims: readonly AnalyzedClaim[];
  /** Whether a claim has a mark on the page now. */
  readonly isMarked: (index: number) => boolean;
  /** Whether a claim should be marked but could not be found on the page. */
  readonly isUnplaced: (index: number) => boolean;
  readonly selected: number | null;
  readonly onReveal: (index: number) => void;
  /** The sources compared with and this page's day, for each claim's sides. */
  readonly sources?: readonly SourceSummary[];
  readonly pageDate?: string | null | undefined;
}

/**
 * The page's claims grouped by what the other sources say, each group with its count, in reading order inside
 * it. A folded group opens when the claim to show is in it (opened from a hover card). Empty groups are left out.
 */
export function ClaimSections({ claims, isMarked, isUnplaced, selected, onReveal, sources, pageDate }: ClaimSectionsProps) {
  const indexed = claims.map((claim, index) => ({ claim, index }));
  return (
    <section class="tri-claims" aria-label={t('sectionsLabel')}>
      {SECTIONS.map((section) => {
        const members = indexed.filter(({ claim }) => section.statuses.includes(claim.status));
        if (members.length === 0) return null;
        const holdsSelected = members.some(({ index }) => index === selected);
        return (
          <details key={section.id} class={`tri-section tri-section--${section.id}`} open={section.open || holdsSelected}>
            <summary class="tri-section__summary">
              {section.title()} <span class="tri-section__n">{members.length}</span>
            </summary>
            <ol class="tri-list">
              {members.map(({ claim, index }) => (
                <ClaimEntry
                  key={index}
                  claim={claim}
                  index={index}
                  marked={isMarked(index)}
                  unplaced={isUnplaced(index)}
                  selected={selected === index}
                  onReveal={onReveal}
                  sources={sources}
                  pageDate={pageDate}
                />
              ))}
            </ol>
          </details>
        );
      })}
    </section>
  );
}
