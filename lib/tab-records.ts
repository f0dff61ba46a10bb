import { storage } from 'wxt/utils/storage';
import type { AnalysisResult } from '../core/result.ts';
import type { PageStatus } from './messages.ts';
import type { TabRecord } from '../shared/tab-record.ts';

/**
 * What the background keeps per tab, in `storage.session` (it outlives a sleeping service worker but not the
 * browser session, and content scripts cannot read it): the record of a marked page, or why a page that passed
 * the quick look was left alone. The popup watches both instead of asking again and again.
 */

/** A tab's record once its page is marked (key `tab:<id>`). */
export function tabRecord(tabId: number) {
  return storage.defineItem<TabRecord>(`session:tab:${tabId}`);
}

/** Why a tab's page, past the quick look, has no record: skipped, too large, or an error (key `page:<id>`). */
export function tabOutcome(tabId: number) {
  return storage.defineItem<PageStatus>(`session:page:${tabId}`);
}

/**
 * A tab's latest analysis, until its page reports the marks painted and it becomes the tab's record (key
 * `analysis:<id>`): kept here rather than only in memory, so a service worker stopped in between loses nothing.
 */
export function tabAnalysis(tabId: number) {
  return storage.defineItem<{ url: string; result: AnalysisResult }>(`session:analysis:${tabId}`);
}

/** Errors the background noted and survived, for the popup's about panel. */
export const backgroundErrors = storage.defineItem<number>('session:errors', { fallback: 0 });

/** Forgets everything kept about a tab. */
export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([tabRecord(tabId).removeValue(), tabOutcome(tabId).removeValue(), tabAnalysis(tabId).removeValue()]);
}

/** The tabs whose marked page is about a story: they look again when the story changes or goes away. */
export async function tabsShowing(storyId: string): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.entries(all).flatMap(([key, value]) => {
    const id = /^tab:(\d+)$/.exec(key)?.[1];
    return id !== undefined && (value as TabRecord | null)?.result?.story?.id === storyId ? [Number(id)] : [];
  });
}
