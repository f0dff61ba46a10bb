import type { PageTimings } from './messages.ts';

/**
 * What the first look (entrypoints/look/first-look.ts) hands to the full content script it brings in. Both run in the extension's own
 * isolated world of the same frame (Chrome and Firefox share it between an extension's content scripts), never
 * the page's: the page cannot see it.
 */
export interface Handoff {
  /** `performance.now()` when the first look started. */
  readonly since: number;
  readonly timings: PageTimings;
}

const KEY = '__triangulateHandoff';

/** Leaves the handoff for the full script. */
export function leaveHandoff(handoff: Handoff): void {
  (globalThis as Record<string, unknown>)[KEY] = handoff;
}

/** Takes the handoff, if the first look left one (null when the full script was loaded some other way). */
export function takeHandoff(): Handoff | null {
  const store = globalThis as Record<string, unknown>;
  const handoff = store[KEY] as Handoff | undefined;
  delete store[KEY];
  return handoff ?? null;
}

const SESSION_KEY = '__triangulateSession';

/** Notes that the full content script is in this frame: a first look injected later leaves the page to it. */
export function markSessionIn(): void {
  (globalThis as Record<string, unknown>)[SESSION_KEY] = true;
}

/** Whether the full content script is in this frame. */
export function sessionIsIn(): boolean {
  return (globalThis as Record<string, unknown>)[SESSION_KEY] === true;
}
