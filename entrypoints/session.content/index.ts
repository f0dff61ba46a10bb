import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentSession } from './session.ts';
import { settle } from '../../lib/errors.ts';
import { markSessionIn, takeHandoff } from '../../lib/handoff.ts';
import { dispatch, isContentMessage, type ContentProtocol, type Handlers } from '../../lib/messages.ts';
import { loadOwnLook } from '../../lib/own-look.ts';
import { sendToBackgroundAgain } from '../../lib/send.ts';
import { pageArticle } from '../../page/page-article.ts';
import { setTranslate } from '../../components/i18n.ts';
import { translateWithBrowser } from '../../lib/i18n.ts';
import { loadSettings, watchSettings } from '../../lib/settings-store.ts';
import './marks.css';

/**
 * The full content script: extraction, marks, cards. Not in the manifest's content scripts: the background loads
 * it into a page only when the first look (entrypoints/look/index.ts) showed it may be about a story, or when the reader
 * starts a story from the page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    markSessionIn();
    // The hover card's words.
    setTranslate(translateWithBrowser);
    const session = new ContentSession(
      document,
      {
        // Both are safe to handle twice: sent again if the background stopped under them (lib/send.ts).
        analyze: (article) => sendToBackgroundAgain({ type: 'analyze-article', article }),
        notify: (notice) => settle(notice.type, sendToBackgroundAgain(notice)),
        loadSettings,
        watchSettings,
        ownStories: () => loadOwnLook(browser.storage.local),
      },
      ctx.signal,
    );
    const handlers: Handlers<ContentProtocol, void> = {
      'get-page-status': () => session.status(),
      'reveal-claim': (message) => session.reveal(message.claim),
      'refresh-page': () => session.refresh(),
      'extract-article': () => pageArticle(document),
      'step-difference': (message) => session.stepDifference(message.step),
    };
    const onMessage = (message: unknown) => dispatch(handlers, isContentMessage, message, undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
    void session.start(takeHandoff());
  },
});
