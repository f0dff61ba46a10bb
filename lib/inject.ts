import { browser } from 'wxt/browser';

/** The first look (entrypoints/look/index.ts), the full content script and its styles, as built. */
const FIRST_LOOK_JS = '/look.js';
const SESSION_JS = '/content-scripts/session.js';
const SESSION_CSS = '/content-scripts/session.css';

type Scripting = typeof browser.scripting | undefined;

/** Chrome's MV3 build has `scripting`; Firefox's MV2 build has only `tabs.executeScript`. */
function scripting(): Scripting {
  return (browser as { scripting?: typeof browser.scripting }).scripting;
}

/** Puts the first look into a tab's top frame (the page is loaded already, nothing to wait for). */
export async function injectFirstLook(tabId: number): Promise<void> {
  const api = scripting();
  if (api) await api.executeScript({ target: { tabId, frameIds: [0] }, files: [FIRST_LOOK_JS], injectImmediately: true });
  else await browser.tabs.executeScript(tabId, { file: FIRST_LOOK_JS, frameId: 0 });
}

/**
 * Reads the first heading of a tab's page for the background's gate, leaving a mark that it was read (so a start
 * of the background does not read it again) and nothing else: no script stays in the page, no word of any story
 * goes into it. Null where no script may go.
 */
export async function readHeading(tabId: number): Promise<string | null> {
  const read = () => {
    (globalThis as Record<string, unknown>)['__triangulateHeadingRead'] = true;
    return document.body?.getElementsByTagName('h1')[0]?.textContent ?? '';
  };
  const api = scripting();
  const [frame] = api
    ? await api.executeScript({ target: { tabId, frameIds: [0] }, func: read, injectImmediately: true }).catch(() => [])
    : await browser.tabs.executeScript(tabId, { frameId: 0, code: `(${read.toString()})()` }).then((results) => (results ?? []).map((result) => ({ result })), () => []);
  const result = (frame as { result?: unknown } | undefined)?.result;
  return typeof result === 'string' ? result : null;
}

/** Which of the extension's scripts are in a tab's top frame: the full one, or the first look (or the mark of a heading read). */
export type ScriptsIn = 'session' | 'look' | null;

/** Asks a tab's top frame which of the extension's scripts it holds (null too where no script may go). */
export async function scriptsIn(tabId: number): Promise<ScriptsIn> {
  const probe = () => {
    const store = globalThis as Record<string, unknown>;
    const looked = ['__triangulateFirstLook', '__triangulateHeadingRead'].some((name) => name in store);
    return store['__triangulateSession'] === true ? 'session' : looked ? 'look' : null;
  };
  const api = scripting();
  const [frame] = api
    ? await api.executeScript({ target: { tabId, frameIds: [0] }, func: probe }).catch(() => [])
    : await browser.tabs.executeScript(tabId, { frameId: 0, code: `(${probe.toString()})()` }).then((results) => (results ?? []).map((result) => ({ result })), () => []);
  const result = (frame as { result?: unknown } | undefined)?.result;
  return result === 'session' || result === 'look' ? result : null;
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
