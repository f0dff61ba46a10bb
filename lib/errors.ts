/**
 * The one path for errors the extension deliberately survives (a message to a closed tab, a storage quota, a
 * badge on a tab that just closed): never shown to the page, logged in development, and counted so the popup's
 * about panel can say that something went wrong.
 */
let count = 0;
const listeners = new Set<(count: number) => void>();

/** Notes an error that is swallowed on purpose; `where` names the step, for the developer's console. */
export function noteError(where: string, error: unknown): void {
  count++;
  if (import.meta.env?.DEV) console.warn(`[triangulate] ${where}:`, error);
  for (const listener of listeners) listener(count);
}

/** Errors noted in this script so far. */
export function errorCount(): number {
  return count;
}

/** Calls `listener` with the new count after each noted error. Returns a function that stops it. */
export function onError(listener: (count: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a promise for its effect only: a rejection is noted, never thrown. */
export function settle(where: string, promise: Promise<unknown>): void {
  promise.catch((error: unknown) => noteError(where, error));
}
