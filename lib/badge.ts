import { browser } from 'wxt/browser';
import type { AnalysisResult } from '../core/result.ts';
import { checkedCount } from '../shared/claim-counts.ts';

/** Badge colours: a warning colour when sources disagree, a calm one when they only corroborate. */
export const BADGE_COLORS = { conflict: '#b3261e', corroborated: '#1f5fbf' } as const;

/** The number shown on the badge: claims another outlet confirms or contradicts (as atop the popup). */
export function crossReferencedCount(result: AnalysisResult): number {
  return checkedCount(result);
}

/** The badge's tooltip: what the number counts, in words. */
export function badgeTitle(result: AnalysisResult): string {
  const count = checkedCount(result);
  const { conflict, 'quote-variant': variant } = result.counts;
  const differ = [conflict > 0 ? `${conflict} in conflict` : '', variant > 0 ? `${variant} quoted differently` : ''].filter(Boolean).join(', ');
  return `Triangulate: ${count} claim${count === 1 ? '' : 's'} another outlet confirms or contradicts${differ ? ` (${differ})` : ''}`;
}

function action() {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  return browser.action ?? browser.browserAction;
}

/** Shows a tab's count on the toolbar button. */
export async function showBadge(tabId: number, result: AnalysisResult): Promise<void> {
  const count = crossReferencedCount(result);
  const conflict = result.counts.conflict > 0;
  const api = action();
  await api.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await api.setBadgeBackgroundColor({ tabId, color: conflict ? BADGE_COLORS.conflict : BADGE_COLORS.corroborated });
  await api.setTitle({ tabId, title: badgeTitle(result) });
}

/** Clears a tab's badge. */
export async function clearBadge(tabId: number): Promise<void> {
  const api = action();
  await api.setBadgeText({ tabId, text: '' });
  await api.setTitle({ tabId, title: 'Triangulate' });
}
