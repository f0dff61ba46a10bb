import { browser } from 'wxt/browser';
import type { AnalysisResult } from '../core/result.ts';

/** Badge colours: a warning colour when sources disagree, a calm one when they only corroborate. */
export const BADGE_COLORS = { conflict: '#b3261e', corroborated: '#1f5fbf' } as const;

/** The number shown on the badge: claims that at least one other source reports. */
export function crossReferencedCount(result: AnalysisResult): number {
  return result.claims.filter((c) => c.status !== 'unique').length;
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
  await api.setTitle({
    tabId,
    title: `Triangulate: ${count} claim${count === 1 ? '' : 's'} reported by other sources${conflict ? `, ${result.counts.conflict} in conflict` : ''}`,
  });
}

/** Clears a tab's badge. */
export async function clearBadge(tabId: number): Promise<void> {
  const api = action();
  await api.setBadgeText({ tabId, text: '' });
  await api.setTitle({ tabId, title: 'Triangulate' });
}
