import { browser } from 'wxt/browser';
import { settle } from './errors.ts';
import { injectFirstLook } from './inject.ts';
import type { TabJudge } from './tab-judge.ts';

/**
 * The background's watch over tabs: every page a tab loads, every new title or address (a single-page site
 * navigating, an app titling its page once rendered) goes to the judge (lib/tab-judge.ts), which lets a script into
 * the page only when its head may name a story. Host permissions give the background a tab's title and URL; no
 * "tabs" permission is needed, in Chrome or Firefox.
 */
export function watchTabs(judge: TabJudge, onNewDocument: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new document is loading: the old result no longer describes the tab.
    if (change.status === 'loading') onNewDocument(tabId);
    if (tab.status !== 'complete') return;
    if (change.status === 'complete' || change.title !== undefined || change.url !== undefined) {
      settle('judge a tab', judge.tab(tabId, tab.url, tab.title));
    }
  });
  // The background just started: a tab whose page loaded while it was stopped (or before the install) is judged now.
  settle('judge the open tabs', browser.tabs.query({}).then((tabs) => judge.sweep(tabs)));
}

/**
 * Puts the first look into a tab. A page no script may enter (an error page, the browser's own pages, a tab that
 * closed meanwhile) refuses it: nothing to do and nothing to report.
 */
export async function firstLookInto(tabId: number): Promise<void> {
  await injectFirstLook(tabId).catch(() => undefined);
}
