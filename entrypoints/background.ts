import commonTerms from 'virtual:triangulate/common-terms';
import corpus from 'virtual:triangulate/corpus';
import detection from 'virtual:triangulate/detection';
import gateWords from 'virtual:triangulate/gate';
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeArticle } from '../core/analyze.ts';
import { pageDay } from '../core/detect/event-date.ts';
import type { AnalysisResult } from '../core/result.ts';
import { clearBadge, showBadge } from '../lib/badge.ts';
import { onCommand } from '../lib/commands.ts';
import { onMenuClicked, showMenu, shownMenu } from '../lib/context-menu.ts';
import { t } from '../lib/i18n.ts';
import { welcomeOnInstall } from '../lib/welcome.ts';
import { noteError, onError, settle } from '../lib/errors.ts';
import { injectSession, readHeading, scriptsIn } from '../lib/inject.ts';
import { dispatch, isBackgroundMessage, type BackgroundProtocol, type Handlers } from '../lib/messages.ts';
import { loadOwnLook, OWN_GATE_KEY, OWN_INDEX_KEY } from '../lib/own-look.ts';
import { sendToTab } from '../lib/send.ts';
import type { PageArticle } from '../shared/article.ts';
import { StoryLibrary, type OwnGate } from '../lib/stories/library.ts';
import { openStoryStore } from '../lib/stories/store.ts';
import { backgroundErrors, forgetTab, tabAnalysis, tabOutcome, tabRecord, tabsShowing } from '../lib/tab-records.ts';
import { TabJudge } from '../lib/tab-judge.ts';
import { firstLookInto, watchTabs } from '../lib/tab-watch.ts';

/** Bundled and own stories; own ones' gate and index are kept in storage for the judge (lib/own-look.ts). */
const library = new StoryLibrary(corpus, openStoryStore(), new Set(commonTerms), publishGate, undefined, t);

/** Decides which pages get a script at all, and which the full one (lib/tab-judge.ts). */
const judge = new TabJudge({
  bundled: { index: detection, words: gateWords },
  ownStories: () => loadOwnLook(browser.storage.local),
  injectFirstLook: firstLookInto,
  injectSession,
  readHeading,
  scriptsIn,
  later: (ms, step) => void setTimeout(() => settle('look at a tab again', step()), ms),
  tabNow: (tabId) => browser.tabs.get(tabId).catch(() => null),
});

/** Keeps the own stories' gate words and index where the judge reads them, also after a restart. */
async function publishGate(gate: OwnGate): Promise<void> {
  if (gate.index === null) await browser.storage.local.remove([OWN_GATE_KEY, OWN_INDEX_KEY]);
  else await browser.storage.local.set({ [OWN_GATE_KEY]: gate.words, [OWN_INDEX_KEY]: gate.index });
  judge.ownChanged();
  // The context menu offers "Add to …" for the own stories as they now are (once the change is loaded).
  settle('update the context menu', library.list().then((all) => showMenu(all.filter((s) => s.own))));
}


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
  if (source) setTimeout(() => void library.current().then(({ corpus: all, index }) => analyzeArticle(all, index, { text: source.text })), 0);
}

/** Each message type's handler, checked against the protocol; `sender` is who sent it. */
const handlers: Handlers<BackgroundProtocol, Browser.runtime.MessageSender> = {
  'look-at-page': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return 'no';
    const answer = await judge.judge(message.look, tabId, sender.frameId ?? 0);
    if (answer === 'pass') warmUp();
    return answer;
  },
  'analyze-article': async (message, sender) => {
    const { corpus: all, index } = await library.current();
    // The page's day goes with its result: the popup and the cards tell a later report's figure (an update) from a disagreement.
    const result = { ...analyzeArticle(all, index, message.article), date: pageDay(message.article) };
    const tabId = sender.tab?.id;
    // The record and the badge wait for the marks (a look that was superseded stores nothing); the analysis is kept
    // until then where a stopped service worker does not lose it.
    if (tabId !== undefined && result.story) await tabAnalysis(tabId).setValue({ url: message.article.url, result });
    return result;
  },
  'marks-painted': async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const record = tabRecord(tabId);
    const latest = (await tabAnalysis(tabId).getValue()) ?? (await record.getValue());
    if (!latest) return;
    // The record is written before the kept analysis goes: a worker stopped in between leaves one of the two, and
    // the page's second send of this message finds it.
    await record.setValue({ url: latest.url, host: hostOf(latest.url), result: latest.result, unanchored: message.unanchored, marksShown: message.marksShown });
    await Promise.all([tabOutcome(tabId).removeValue(), tabAnalysis(tabId).removeValue(), showBadge(tabId, latest.result)]);
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
  'list-stories': () => library.list(),
  'story-problems': async () => (await library.current()).problems,
  'read-article': async (message) => {
    const article = await readArticle(message.tabId);
    return article ? { ok: true, article } : { ok: false, message: t('pageHasNoArticle') };
  },
  'create-story': async (message) => everyTabLooksAgain(await library.create(message.title, message.summary, message.article)),
  'add-source': async (message) => everyTabLooksAgain(await library.addSource(message.storyId, message.article)),
  'rename-story': async (message) => lookAgainAt(message.storyId, await library.rename(message.storyId, message.title, message.summary)),
  'remove-source': async (message) => lookAgainAt(message.storyId, await library.removeSource(message.storyId, message.sourceId)),
  'delete-story': async (message) => lookAgainAt(message.storyId, await library.delete(message.storyId)),
  'restore-story': async (message) => everyTabLooksAgain(await library.restore(message.story)),
  'export-story': (message) => library.exportPack(message.storyId),
  'import-pack': async (message) => everyTabLooksAgain(await library.importPack(message.files, message.merge)),
};

/**
 * The article of a tab's page, read by the full content script: the one already in the page, else loaded for it
 * (the page then also gets its look at the stories, as any page that passed the first look).
 */
async function readArticle(tabId: number): Promise<PageArticle | null> {
  const ask = () => sendToTab(tabId, { type: 'extract-article' });
  // The first look does not answer this message: no answer means the full script is not there yet.
  const answer = await ask().catch(() => undefined);
  if (answer !== undefined) return answer;
  await injectSession(tabId);
  return ask();
}

/** After a story changed or went away, the tabs marked against it look again (a deleted story's marks go). */
function lookAgainAt<T extends { ok: boolean }>(storyId: string, outcome: T): T {
  if (outcome.ok) {
    settle('look again at a changed story', tabsShowing(storyId).then((tabs) => Promise.all(tabs.map((tab) => sendToTab(tab, { type: 'refresh-page' }).catch(() => false)))));
  }
  return outcome;
}

/**
 * A story was added or grew: every open tab with the full script looks again, and every other tab whose title or
 * address names a story now gets its look put in (again, with the new words), so a page about it is marked
 * without a reload (the tab the article came from among them).
 */
function everyTabLooksAgain<T extends { ok: boolean }>(outcome: T): T {
  if (outcome.ok) {
    const again = (tabId: number) => sendToTab(tabId, { type: 'refresh-page' }).catch(() => false);
    settle('look again after a story grew', browser.tabs.query({}).then((tabs) => judge.sweep(tabs, again)));
  }
  return outcome;
}

export default defineBackground(() => {
  onError((count) => settle('count errors', backgroundErrors.setValue(count)));
  // The reader's companion (lib/): the welcome page, the keyboard commands, the context menu (made once the stories
  // are read). Both are reachable as `triangulate` from the developer tools and the end-to-end tests, which can
  // neither open a native menu nor press a browser's shortcut.
  browser.runtime.onInstalled.addListener(welcomeOnInstall);
  browser.commands.onCommand.addListener(onCommand);
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  Object.assign(globalThis, { triangulate: { command: onCommand, menu: shownMenu, clickMenu: onMenuClicked } });
  settle('read the stories for the context menu', library.current());
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const answer = dispatch(handlers, isBackgroundMessage, message, sender);
    // The sender learns of the failure too; the developer sees it here.
    answer?.catch((error: unknown) => noteError(`message ${(message as { type: string }).type}`, error));
    return answer;
  });
  // A closed tab has no badge left to clear.
  browser.tabs.onRemoved.addListener((tabId) => settle('forget closed tab', forget(tabId, false)));
  watchTabs(judge, (tabId) => settle('forget reloaded tab', forget(tabId)));
});

async function forget(tabId: number, badge = true): Promise<void> {
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
