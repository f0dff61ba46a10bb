import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, MessageOf, ResponseOf } from './messages.ts';

/** Sends a message to the background and types its answer by the message's type. */
export function sendToBackground<K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol, K>): Promise<ResponseOf<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseOf<BackgroundProtocol, K>>;
}

/**
 * Times a message is sent again when the background could not answer it: a Chrome service worker may be stopped
 * at any moment, also while it handles a message (the sender then sees the channel close). The next send wakes it.
 */
const RESENDS = 2;

/** Sends a message that the background may safely handle twice, again when no answer came (see RESENDS). */
export async function sendToBackgroundAgain<K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol, K>): Promise<ResponseOf<BackgroundProtocol, K>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendToBackground(message);
    } catch (error) {
      if (attempt >= RESENDS) throw error;
    }
  }
}

/** The shape of `sendToBackground`, for the hooks that take their sender as a parameter (tests pass a fake). */
export type Send = typeof sendToBackground;

/** Sends a message to a tab's content script and types its answer. */
export function sendToTab<K extends keyof ContentProtocol>(tabId: number, message: MessageOf<ContentProtocol, K>): Promise<ResponseOf<ContentProtocol, K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseOf<ContentProtocol, K>>;
}
