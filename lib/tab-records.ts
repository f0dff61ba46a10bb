import { browser } from 'wxt/browser';
import type { TabRecord } from './messages.ts';

/**
 * Per-tab analysis results, kept in `storage.session` so they outlive a sleeping service worker but not the
 * browser session, with an in-memory copy for speed.
 */
const memory = new Map<number, TabRecord>();
const key = (tabId: number) => `tab:${tabId}`;

/** Stores a tab's record. */
export async function putTabRecord(tabId: number, record: TabRecord): Promise<void> {
  memory.set(tabId, record);
  // A failed write (quota) must not cost the page its marks: the copy in memory still serves the popup.
  await session()
    ?.set({ [key(tabId)]: record })
    .catch(() => undefined);
}

/** A tab's record, or null. */
export async function getTabRecord(tabId: number): Promise<TabRecord | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await session()?.get(key(tabId)))?.[key(tabId)];
  return isRecord(stored) ? stored : null;
}

/** Forgets a tab's record. */
export async function deleteTabRecord(tabId: number): Promise<void> {
  memory.delete(tabId);
  await session()?.remove(key(tabId));
}

function session() {
  // storage.session is missing in old browsers; results then live only in memory.
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

function isRecord(value: unknown): value is TabRecord {
  return typeof value === 'object' && value !== null && 'result' in value && 'url' in value;
}
