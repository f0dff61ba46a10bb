import { browser, type Browser } from 'wxt/browser';
import { settle } from './errors.ts';
import { sendToTab } from './send.ts';
import { openSidePanel } from './side-panel.ts';

/**
 * The keyboard commands (manifest `commands`, keys in wxt.config.ts; the reader can change them in the browser's
 * shortcuts page): open the side panel (Chrome; Firefox's own `_execute_sidebar_action` does it there), and move
 * to the next or previous difference marked on the page.
 */
export const COMMANDS = {
  openPanel: 'open-panel',
  nextDifference: 'next-difference',
  previousDifference: 'previous-difference',
} as const;

/** Runs a command for the tab it was given in (the active tab when the browser gives none). */
export function onCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command === COMMANDS.openPanel) {
    // At once, in the key's gesture: the browser opens a panel only then.
    settle('open the side panel', openSidePanel(tab?.id ?? null));
    return;
  }
  const step = command === COMMANDS.nextDifference ? 1 : command === COMMANDS.previousDifference ? -1 : 0;
  if (step === 0) return;
  const tabId = tab?.id !== undefined ? Promise.resolve(tab.id) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id);
  settle(
    'step to a difference',
    // A page without the full script (nothing marked) does not answer: nothing to move to.
    tabId.then((id) => (id === undefined ? false : sendToTab(id, { type: 'step-difference', step }).catch(() => false))),
  );
}
