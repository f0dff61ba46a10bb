import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { leaveHandoff } from '../../lib/handoff.ts';
import { isContentMessage } from '../../lib/messages.ts';
import { QuickLookWatch } from '../../lib/quick-look.ts';
import { sendToBackground } from '../../lib/send.ts';

/**
 * The content script on every page: only the quick look (lib/quick-look.ts). The full script, with Readability,
 * the marks and the cards, is loaded by the background into the pages that pass it.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const since = performance.now();
    const watch = new QuickLookWatch(document, {
      load: (timings) => {
        leaveHandoff({ since, timings });
        return sendToBackground({ type: 'load-session' });
      },
    });
    // Only the page status is answered here, and only until the full script has taken the page over.
    const onMessage = (message: unknown) => {
      if (!isContentMessage(message) || message.type !== 'get-page-status') return undefined;
      const status = watch.pageStatus();
      return status ? Promise.resolve(status) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      watch.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.navigated());
    watch.start();
  },
});
