import { browser } from 'wxt/browser';
import { settle } from './errors.ts';

/** Opens the welcome page (what Triangulate does, the demo, the privacy promise, how to start a story) on first install only. */
export function welcomeOnInstall(details: { reason: string }): void {
  if (details.reason !== 'install') return;
  settle('open the welcome page', browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }));
}
