/** Options of the late-article watcher. */
export interface LateContentOptions {
  /** Quiet time after the last change before checking again. */
  readonly debounceMs: number;
  /** Checks before giving up. */
  readonly maxChecks: number;
  /** Time after which the watcher gives up. */
  readonly maxMs: number;
}

/** Defaults: a few checks over half a minute, each after the page has been quiet for a moment. */
export const LATE_CONTENT_DEFAULTS: LateContentOptions = { debounceMs: 600, maxChecks: 8, maxMs: 30_000 };

/**
 * Watches a page whose article may arrive after load (a single-page site rendering it with scripts) and calls
 * `check` once the page has been quiet for a moment. Bounded: it stops after a few checks or some seconds, and
 * as soon as `check` returns true. Returns a function that stops it.
 */
export function watchLateContent(root: Node, check: () => boolean | Promise<boolean>, options = LATE_CONTENT_DEFAULTS): () => void {
  const view = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!view?.MutationObserver) return () => undefined;
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  const observer = new view.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (stopped) return;
      checks++;
      if ((await check()) || checks >= options.maxChecks) stop();
    }, options.debounceMs);
  });
  const deadline = setTimeout(stop, options.maxMs);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return stop;
}
