import { browser } from 'wxt/browser';

/**
 * The side panel: Chrome's `sidePanel` (MV3, the `sidePanel` permission) and Firefox's `sidebar_action`. Both
 * show entrypoints/sidepanel; WXT writes either manifest key from that one entrypoint. Neither API is in the other
 * browser's types, so they are reached through this one narrow shape.
 */
interface PanelApis {
  readonly sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  readonly sidebarAction?: { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
}

const apis = () => browser as unknown as PanelApis;

/** Whether this browser has a side panel the extension can open. */
export function canOpenSidePanel(): boolean {
  return apis().sidePanel !== undefined || apis().sidebarAction !== undefined;
}

/**
 * Opens the side panel beside a tab (Chrome) or in the current window (Firefox). Call it straight from the
 * reader's click or key, with nothing awaited first: both browsers refuse to open a panel otherwise.
 */
export async function openSidePanel(tabId: number | null): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidebarAction) return sidebarAction.open();
  if (sidePanel && tabId !== null) return sidePanel.open({ tabId });
  throw new Error('This browser has no side panel for extensions.');
}
