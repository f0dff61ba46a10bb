import corpus from 'virtual:triangulate/corpus';
import detection from 'virtual:triangulate/detection';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeArticle } from '../core/analyze.ts';
import { clearBadge, showBadge } from '../lib/badge.ts';
import { isMessage, type BackgroundMessage, type Responses } from '../lib/messages.ts';
import { deleteTabRecord, getTabRecord, putTabRecord } from '../lib/tab-records.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message)) return undefined;
    return handle(message as BackgroundMessage, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void deleteTabRecord(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: the old result no longer describes the tab. (Without the "tabs" permission
    // the change carries no URL, only the status.)
    if (change.status === 'loading') void forget(tabId);
  });
});

async function handle(message: BackgroundMessage, sender: Browser.runtime.MessageSender): Promise<Responses[BackgroundMessage['type']]> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'analyze-article': {
      const result = analyzeArticle(corpus, detection, message.article);
      if (tabId !== undefined) {
        if (result.story) {
          await putTabRecord(tabId, { url: message.article.url, host: hostOf(message.article.url), result, unanchored: null, marksShown: true });
          await showBadge(tabId, result);
        } else {
          await forget(tabId);
        }
      }
      return result;
    }
    case 'marks-painted': {
      if (tabId === undefined) return undefined;
      const record = await getTabRecord(tabId);
      if (record) await putTabRecord(tabId, { ...record, unanchored: message.unanchored, marksShown: message.marksShown });
      return undefined;
    }
    case 'page-cleared':
      if (tabId !== undefined) await forget(tabId);
      return undefined;
    case 'open-claim': {
      if (tabId === undefined) return undefined;
      const url = browser.runtime.getURL(`/popup.html?tabId=${tabId}#claim-${message.claim}`);
      await browser.tabs.create({ url, index: (sender.tab?.index ?? 0) + 1, openerTabId: tabId });
      return undefined;
    }
    case 'get-tab-record':
      // Only the extension's own pages may read a tab's result: never a content script of some other page.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return null;
      return getTabRecord(message.tabId);
  }
}

async function forget(tabId: number): Promise<void> {
  await deleteTabRecord(tabId);
  await clearBadge(tabId).catch(() => undefined);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
