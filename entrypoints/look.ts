import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bareApi } from '../lib/bare-api.ts';
import { firstLookIn } from '../lib/first-look.ts';
import { isContentMessage, type LookAnswer, type PageLook } from '../lib/messages.ts';

/**
 * The first look (lib/first-look.ts), injected by the background into a page whose tab's title or address named a
 * story, or whose title is only a site's name. No content script is declared in the manifest: every other page
 * gets nothing. Built without WXT's content-script runtime and without the promise polyfill (wxt.config.ts).
 */
export default defineUnlistedScript(() => {
  const fresh = !(globalThis as { __triangulateFirstLook?: unknown }).__triangulateFirstLook;
  const look = firstLookIn(document, {
    send: (shown: PageLook) => bareApi.runtime.sendMessage({ type: 'look-at-page', look: shown }) as Promise<LookAnswer>,
  });
  if (!fresh) return;
  // Only the page's status and a new look are answered here, and only until the full script has the page.
  bareApi.runtime.onMessage.addListener((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    if (!isContentMessage(message)) return;
    const status = look.status();
    if (status === undefined) return;
    if (message.type === 'get-page-status') respond(status);
    else if (message.type === 'refresh-page') respond(look.again());
  });
});
