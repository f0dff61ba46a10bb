import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentSession } from '../../lib/content-session.ts';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new ContentSession(document);
    const onMessage = (message: unknown) => session.handleMessage(message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
    void session.run();
  },
});
