import { browser } from 'wxt/browser';

/** The first look (entrypoints/look.ts), the full content script and its styles, as built. */
const FIRST_LOOK_JS = '/look.js';
const SESSION_JS = '/content-scripts/session.js';
const SESSION_CSS = '/content-scripts/session.css';

type Scripting = typeof browser.scripting | undefined;

/** Chrome's MV3 build has `scripting`; Firefox's MV2 build has only `tabs.executeScript`. */
function scripting(): Scripting {
  return (browser as { scripting?: typeof browser.scripting }).scripting;
}

/** Puts the first look into a tab's top frame; the page is loaded already, nothing to wait for. */
export async function injectFirstLook(tabId: number): Promise<void> {
  const api = scripting();
  if (api) await api.executeScript({ target: { tabId, frameIds: [0] }, files: [FIRST_LOOK_JS], injectImmediately: true });
  else await browser.tabs.executeScript(tabId, { file: FIRST_LOOK_JS, frameId: 0 });
}

/**
 * Loads the full content script into one frame of a tab. The styles go in as an extension style sheet, which a
 * page's CSP cannot block.
 */
export async function injectSession(tabId: number, frameId = 0): Promise<void> {
  const api = scripting();
  if (api) {
    const target = { tabId, frameIds: [frameId] };
    // A service worker stopped after putting the full script in, before its answer reached the page, is asked again
    // by the first look: a second copy would take the page from the first (WXT stops older copies). Scripts run in
    // the order they are put in, so this check sees any copy put in before. (Firefox's MV2 background never stops.)
    const [present] = await api.executeScript({ target, func: () => (globalThis as { __triangulateSession?: boolean }).__triangulateSession === true });
    if (present?.result === true) return;
    // The page is past document idle already: no reason to let the injection wait for anything.
    await Promise.all([api.insertCSS({ target, files: [SESSION_CSS] }), api.executeScript({ target, files: [SESSION_JS], injectImmediately: true })]);
    return;
  }
  await Promise.all([
    browser.tabs.insertCSS(tabId, { file: SESSION_CSS, frameId }),
    browser.tabs.executeScript(tabId, { file: SESSION_JS, frameId }),
  ]);
}
