import type { AnalysisResult, ClaimStatus } from '../core/result.ts';

/**
 * The one count shown everywhere (toolbar badge, popup summary, the popup's list): claims of the page that
 * another outlet confirms or contradicts. `related` (another source only touches on it) and `unique` (no
 * other source reports it) are listed apart and never added to it.
 */
export const CHECKED_STATUSES: readonly ClaimStatus[] = ['conflict', 'quote-variant', 'agree'];

/** Statuses where the sources differ: what the popup leads with. */
export const DIFFERING_STATUSES: readonly ClaimStatus[] = ['conflict', 'quote-variant'];

/** Whether another outlet confirms or contradicts a claim with this status. */
export function isChecked(status: ClaimStatus): boolean {
  return CHECKED_STATUSES.includes(status);
}

/** How many claims another outlet confirms or contradicts: the number on the badge and atop the popup. */
export function checkedCount(result: Pick<AnalysisResult, 'counts'>): number {
  return CHECKED_STATUSES.reduce((sum, status) => sum + result.counts[status], 0);
}
