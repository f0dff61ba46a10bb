import { browser } from 'wxt/browser';

/** The full content script and its styles, as built from entrypoints/session.content. */
const SESSION_JS = '/content-scripts/session.js';
const SESSION_CSS = '/content-scripts/session.css';

/**
 * Loads the full content script into one frame of a tab. Chrome's MV3 build uses `scripting`; Firefox's MV2 build
 * has only `tabs.executeScript`. The styles go in as an extension style sheet, which a page's CSP cannot block.
 */
export async function injectSession(tabId: number, frameId = 0): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting) {
    const target = { tabId, frameIds: [frameId] };
    // The page is past document idle already: no reason to let the injection wait for anything.
    await Promise.all([scripting.insertCSS({ target, files: [SESSION_CSS] }), scripting.executeScript({ target, files: [SESSION_JS], injectImmediately: true })]);
    return;
  }
  await Promise.all([
    browser.tabs.insertCSS(tabId, { file: SESSION_CSS, frameId }),
    browser.tabs.executeScript(tabId, { file: SESSION_JS, frameId }),
  ]);
}
