import { defineContentScript } from 'wxt/utils/define-content-script';
import { bareApi } from '../../lib/bare-api.ts';
import { leaveHandoff } from '../../lib/handoff.ts';
import { isContentMessage, type BackgroundProtocol, type ResponseOf } from '../../lib/messages.ts';
import { loadOwnLook } from '../../lib/own-look.ts';
import { QuickLookWatch } from '../../lib/quick-look.ts';

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
      // The reader's own stories, if any, after the bundled look: one storage read (lib/own-look.ts).
      ownStories: () => loadOwnLook(bareApi.storage.local),
      load: (timings) => {
        leaveHandoff({ since, timings });
        const message = { type: 'load-session' } as const;
        return bareApi.runtime.sendMessage(message) as Promise<ResponseOf<BackgroundProtocol, typeof message.type>>;
      },
    });
    // Only the page status and a new look (the reader's stories changed) are answered here, and only until the
    // full script has taken the page over.
    const onMessage = (message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (!isContentMessage(message) || watch.pageStatus() === undefined) return;
      if (message.type === 'get-page-status') respond(watch.pageStatus());
      else if (message.type === 'refresh-page') respond(watch.lookAgain());
    };
    bareApi.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      bareApi.runtime.onMessage.removeListener(onMessage);
      watch.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.navigated());
    watch.start();
  },
});
