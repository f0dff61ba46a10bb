import catalog from 'virtual:triangulate/catalog';
import { browser } from 'wxt/browser';
import type { PopupState } from '../../components/popup-state.ts';
import { settle } from '../../lib/errors.ts';
import type { PageStatus } from '../../lib/messages.ts';
import { sendToTab } from '../../lib/send.ts';
import { isWebPage } from '../../lib/tab-gate.ts';
import { tabOutcome, tabRecord } from '../../lib/tab-records.ts';

/** The tab the popup is about: `?tabId=` when opened as a page, else the active tab. */
export async function targetTab(tabParam: number | null): Promise<number | null> {
  if (tabParam !== null) return tabParam;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's address (the extension's host permissions let it read http and https ones), null when unknown. */
export async function tabAddress(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url ?? null;
}

/** What the popup shows for a page status that has no stored record. */
function fromStatus(status: PageStatus | undefined): PopupState {
  switch (status?.state) {
    case 'no-story':
      return status.mentions ? { kind: 'no-story', catalog, mentions: status.mentions } : { kind: 'no-story', catalog };
    case 'not-article':
      return { kind: 'not-article' };
    case 'other-language':
      return { kind: 'other-language' };
    case 'too-large':
      return { kind: 'too-large', elements: status.elements };
    case 'error':
      return { kind: 'error', message: status.message };
    default:
      return { kind: 'analyzing' };
  }
}

/** Reads what the popup should show for a tab: its stored record, else why it has none, else the page's status. */
export async function readTabState(tabId: number): Promise<{ state: PopupState; pageErrors: number }> {
  const record = await tabRecord(tabId).getValue();
  if (record) return { state: { kind: 'ready', record, catalog }, pageErrors: 0 };
  const outcome = await tabOutcome(tabId).getValue();
  if (outcome) return { state: fromStatus(outcome), pageErrors: 0 };
  let status: PageStatus;
  try {
    status = await sendToTab(tabId, { type: 'get-page-status' });
  } catch {
    // No script of ours answers. On a web page that means the background's gate found no story named in its title
    // or address (lib/tab-gate.ts), so nothing went into the page; elsewhere (a browser page, a store) nothing can.
    return { state: isWebPage(await tabAddress(tabId)) ? { kind: 'no-story', catalog } : { kind: 'unsupported' }, pageErrors: 0 };
  }
  if (status?.state === 'ready') {
    // The page is marked but its record is gone (the browser dropped the session store): ask the page to look
    // again; the new record arrives through the watch.
    settle('refresh page', sendToTab(tabId, { type: 'refresh-page' }));
  }
  return { state: fromStatus(status), pageErrors: status?.errors ?? 0 };
}

/** How often, and how many times, a state that is still settling is read again (a page loading or being looked at). */
const SETTLING_RETRY_MS = 400;
const SETTLING_RETRIES = 15;

/** States that change by themselves soon: no script in the page yet (it is loading), or its look under way. */
const settling = (state: PopupState) => state.kind === 'unsupported' || state.kind === 'analyzing';

/**
 * Calls `onState` with the tab's state now and whenever its stored record or outcome changes (the page finished,
 * repainted after a setting changed, or navigated). A page that loads anew is read again once loaded, and a state
 * still settling (a page about no story stores nothing to watch) a few times more: the side panel stays open
 * across navigations. Returns a function that stops watching.
 */
export function watchTabState(tabId: number, onState: (state: PopupState, pageErrors: number) => void): () => void {
  let latest = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const read = (retries = SETTLING_RETRIES) => {
    const mine = ++latest;
    clearTimeout(retry);
    readTabState(tabId).then(
      (next) => {
        if (mine !== latest) return;
        onState(next.state, next.pageErrors);
        if (settling(next.state) && retries > 0) retry = setTimeout(() => read(retries - 1), SETTLING_RETRY_MS);
      },
      (error: unknown) => mine === latest && onState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, 0),
    );
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status !== undefined) read();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  const stops = [tabRecord(tabId).watch(() => read()), tabOutcome(tabId).watch(() => read()), () => browser.tabs.onUpdated.removeListener(onUpdated)];
  read();
  return () => {
    clearTimeout(retry);
    stops.forEach((stop) => stop());
  };
}
