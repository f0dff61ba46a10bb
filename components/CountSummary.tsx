import type { ComponentChildren } from 'preact';
import type { StatusCounts } from '../core/result.ts';
import { CHECKED_STATUSES, checkedCount } from '../shared/claim-counts.ts';
import { RELATION_LABELS } from '../shared/relation.ts';
import { t, tx } from './i18n.ts';

/** Props of the count summary. */
export interface CountSummaryProps {
  readonly counts: StatusCounts;
  /** The other outlets, as readers know them. */
  readonly outlets: readonly string[];
}

/** The words after each count (statuses that are counted). */
const COUNTED: Readonly<Record<string, () => string>> = {
  conflict: () => t('countOf_conflict'),
  'quote-variant': () => t('countOf_quote_variant'),
  agree: () => t('countOf_agree'),
};

/** "11 claims of this article Motherboard or Mashable confirm or contradict", by number and by outlets. */
function totalLine(total: number, several: boolean, n: ComponentChildren, who: string) {
  if (total === 1) return several ? tx('countTotalOneMany', n, who) : tx('countTotalOne', n, who);
  return several ? tx('countTotalOtherMany', n, who) : tx('countTotalOther', n, who);
}

/**
 * The page's one count (the number on the toolbar button), its parts, which add up to it, and in words what it
 * counts and what it leaves out.
 */
export function CountSummary({ counts, outlets }: CountSummaryProps) {
  const total = checkedCount({ counts });
  const who = outlets.length > 0 ? outlets.join(t('countOr')) : t('countAnotherOutlet');
  const left = [counts.related > 0 ? t('countRelated', counts.related) : '', counts.unique > 0 ? t('countUnique', counts.unique) : ''].filter(Boolean);
  return (
    <section class="tri-summary" aria-label={t('countLabel')}>
      <p class="tri-summary__total">
        {totalLine(total, outlets.length > 1, <strong class="tri-summary__n">{total}</strong>, who)}
      </p>
      <ul class="tri-counts" aria-label={t('countByRelation')}>
        {CHECKED_STATUSES.map((status) => (
          <li key={status} class={`tri-count tri-count--${status}`}>
            <span class="tri-count__n">{counts[status]}</span> <span aria-hidden="true">{RELATION_LABELS[status].icon}</span> {COUNTED[status]?.()}
          </li>
        ))}
      </ul>
      <p class="tri-summary__note">{left.length > 0 ? t('countNoteLeft', left.join(t('countAnd'))) : t('countNote')}</p>
    </section>
  );
}
