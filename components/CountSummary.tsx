import type { StatusCounts } from '../core/result.ts';
import { CHECKED_STATUSES, checkedCount } from '../lib/claim-counts.ts';
import { RELATION_LABELS } from '../shared/relation.ts';

/** Props of the count summary. */
export interface CountSummaryProps {
  readonly counts: StatusCounts;
  /** The other outlets, as readers know them. */
  readonly outlets: readonly string[];
}

/**
 * The page's one count (the number on the toolbar button), its parts, which add up to it, and in words what it
 * counts and what it leaves out.
 */
export function CountSummary({ counts, outlets }: CountSummaryProps) {
  const total = checkedCount({ counts });
  const who = outlets.length > 0 ? outlets.join(' or ') : 'another outlet';
  const left = [
    counts.related > 0 ? `${counts.related} related (another source only touches on them)` : '',
    counts.unique > 0 ? `${counts.unique} only in this article` : '',
  ].filter(Boolean);
  return (
    <section class="tri-summary" aria-label="What was compared">
      <p class="tri-summary__total">
        <strong class="tri-summary__n">{total}</strong> claim{total === 1 ? '' : 's'} of this article {who}{' '}
        {outlets.length > 1 ? 'confirm or contradict' : 'confirms or contradicts'}
      </p>
      <ul class="tri-counts" aria-label="Claims by relation">
        {CHECKED_STATUSES.map((status) => (
          <li key={status} class={`tri-count tri-count--${status}`}>
            <span class="tri-count__n">{counts[status]}</span> <span aria-hidden="true">{RELATION_LABELS[status].icon}</span>{' '}
            {RELATION_LABELS[status].plural.toLowerCase()}
          </li>
        ))}
      </ul>
      <p class="tri-summary__note">
        The number on the toolbar button.{left.length > 0 ? ` Not counted: ${left.join(', and ')}.` : ''}
      </p>
    </section>
  );
}
