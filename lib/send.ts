import { browser } from 'wxt/browser';
import type { BackgroundMessage, ContentMessage, Responses } from './messages.ts';

/** Sends a message to the background and types its answer by the message's type. */
export function sendToBackground<M extends BackgroundMessage>(message: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[M['type']]>;
}

/** Sends a message to a tab's content script and types its answer. */
export function sendToTab<M extends ContentMessage>(tabId: number, message: M): Promise<Responses[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Responses[M['type']]>;
}
