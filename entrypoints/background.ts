import corpus from 'virtual:triangulate/corpus';
import detection from 'virtual:triangulate/detection';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeArticle } from '../core/analyze.ts';
import type { AnalysisResult } from '../core/result.ts';
import { clearBadge, showBadge } from '../lib/badge.ts';
import { noteError, onError, settle } from '../lib/errors.ts';
import { injectSession } from '../lib/inject.ts';
import { dispatch, isBackgroundMessage, type BackgroundProtocol, type Handlers } from '../lib/messages.ts';
import { backgroundErrors, forgetTab, tabOutcome, tabRecord } from '../lib/tab-records.ts';

/** The latest analysis of each tab, until its page reports the marks painted and the record is stored. */
const analyzed = new Map<number, { url: string; result: AnalysisResult }>();

let warm = false;
/**
 * The first analysis in a fresh worker runs cold (no compiled code, empty stem cache) and took most of the time to
 * the first mark. While the page loads the full content script and extracts its article, the worker is idle:
 * analyze a bundled source then, once per worker, so the page's own analysis finds everything warm.
 */
function warmUp(): void {
  if (warm) return;
  warm = true;
  const source = corpus.stories[0]?.sources[0];
  if (source) setTimeout(() => analyzeArticle(corpus, detection, { text: source.text }), 0);
}

/** Each message type's handler, checked against the protocol; `sender` is who sent it. */
const handlers: Handlers<BackgroundProtocol, Browser.runtime.MessageSender> = {
  'load-session': async (_message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const injected = injectSession(tabId, sender.frameId ?? 0);
    warmUp();
    await injected;
    return true;
  },
  'analyze-article': (message, sender) => {
    const result = analyzeArticle(corpus, detection, message.article);
    const tabId = sender.tab?.id;
    // Answer at once: storing and the badge wait for the marks (a look that was superseded stores nothing).
    if (tabId !== undefined && result.story) analyzed.set(tabId, { url: message.article.url, result });
    return result;
  },
  'marks-painted': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const record = tabRecord(tabId);
    const latest = analyzed.get(tabId) ?? (await record.getValue());
    if (!latest) return;
    analyzed.delete(tabId);
    await Promise.all([
      record.setValue({ url: latest.url, host: hostOf(latest.url), result: latest.result, unanchored: message.unanchored, marksShown: message.marksShown }),
      tabOutcome(tabId).removeValue(),
      showBadge(tabId, latest.result),
    ]);
  },
  'page-skipped': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await forget(tabId);
    await tabOutcome(tabId).setValue(message.status);
  },
  'page-cleared': async (_message, sender) => {
    if (sender.tab?.id !== undefined) await forget(sender.tab.id);
  },
  'open-claim': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const url = browser.runtime.getURL(`/popup.html?tabId=${tabId}#claim-${message.claim}`);
    await browser.tabs.create({ url, index: (sender.tab?.index ?? 0) + 1, openerTabId: tabId });
  },
  // Stories of the reader's own (issue 13): being wired; until then each says so.
  'list-stories': () => [],
  'read-article': () => notYet,
  'create-story': () => notYet,
  'add-source': () => notYet,
  'rename-story': () => notYet,
  'remove-source': () => notYet,
  'delete-story': () => notYet,
  'restore-story': () => notYet,
  'export-story': () => notYet,
  'import-pack': () => notYet,
};
const notYet = { ok: false, message: 'Stories of your own are not available yet.' } as const;

export default defineBackground(() => {
  onError((count) => settle('count errors', backgroundErrors.setValue(count)));
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const answer = dispatch(handlers, isBackgroundMessage, message, sender);
    // The sender learns of the failure too; the developer sees it here.
    answer?.catch((error: unknown) => noteError(`message ${(message as { type: string }).type}`, error));
    return answer;
  });
  // A closed tab has no badge left to clear.
  browser.tabs.onRemoved.addListener((tabId) => settle('forget closed tab', forget(tabId, false)));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: the old result no longer describes the tab. (Without the "tabs" permission
    // the change carries no URL, only the status.)
    if (change.status === 'loading') settle('forget reloaded tab', forget(tabId));
  });
});

async function forget(tabId: number, badge = true): Promise<void> {
  analyzed.delete(tabId);
  await forgetTab(tabId);
  if (badge) await clearBadge(tabId);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
