import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstLookIn } from './first-look.ts';
import { firstLookPorts } from './ports.ts';

/**
 * The first look (entrypoints/look/first-look.ts) in a page whose tab's title or address named a story (or whose first heading
 * did, under a title that is only a site's name), put in by the background. No content script is declared in the
 * manifest: a page the background's gate does not let in gets nothing. Built without WXT's content-script runtime
 * and without the promise polyfill (wxt.config.ts).
 */
export default defineUnlistedScript(() => {
  firstLookIn(document, firstLookPorts);
});
