import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, MessageOf, ResponseOf } from './messages.ts';

/** Sends a message to the background and types its answer by the message's type. */
export function sendToBackground<K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol, K>): Promise<ResponseOf<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseOf<BackgroundProtocol, K>>;
}

/**
 * Waits before each new send of a message the background could not answer (ms): a Chrome service worker may be
 * stopped at any moment, also while it handles a message (the sender then sees the channel close), and again while
 * it starts; the next send wakes it. Growing waits outlast a worker stopped several times in a row on a busy machine.
 */
export const RESEND_WAITS_MS = [0, 100, 300, 800, 2000] as const;

/** Sends a message that the background may safely handle twice, again when no answer came (see RESEND_WAITS_MS). */
export function sendToBackgroundAgain<K extends keyof BackgroundProtocol>(message: MessageOf<BackgroundProtocol, K>): Promise<ResponseOf<BackgroundProtocol, K>> {
  return untilAnswered(() => sendToBackground(message));
}

/** Calls `send` until it answers, waiting as `waits` says before each new call; the last failure is thrown. */
export async function untilAnswered<T>(send: () => Promise<T>, waits: readonly number[] = RESEND_WAITS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const wait = waits[attempt];
      if (wait === undefined) throw error;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The shape of `sendToBackground`, for the hooks that take their sender as a parameter (tests pass a fake). */
export type Send = typeof sendToBackground;

/** Sends a message to a tab's content script and types its answer. */
export function sendToTab<K extends keyof ContentProtocol>(tabId: number, message: MessageOf<ContentProtocol, K>): Promise<ResponseOf<ContentProtocol, K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseOf<ContentProtocol, K>>;
}
