/// <reference types="chrome" />
// Reaching Chromium's side panel from a test: Playwright lists only tabs, but the panel is a page target of the
// browser, so a second connection over the DevTools protocol (a port given at launch) finds it.
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium.ts';
import { eventually } from './page-probes.ts';

/** A free local port for `--remote-debugging-port`. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether the extension has a side panel open (Chrome's own record of its contexts). */
export function sidePanelOpen(browser: ExtensionBrowser): Promise<boolean> {
  return browser.worker.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] });
    return contexts.length > 0;
  });
}

/** The open side panel's page, through a DevTools connection on `port`; close the connection when done. */
export async function sidePanelPage(port: number): Promise<{ panel: Page; connection: Browser }> {
  const connection = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const panel = await eventually(async () => connection.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html')));
  return { panel, connection };
}
