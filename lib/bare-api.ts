/// <reference types="chrome" />

/**
 * The browser's own extension API, without the promise polyfill (10 kB the first look in a page would compile for
 * nothing): Firefox's `browser` or Chrome's `chrome`. Only calls that behave alike in both are used through it:
 * `runtime.sendMessage` (a promise in both). Looked up when first needed, not when the script loads: in a page,
 * reaching the extension API costs more than the rest of a look that ends without a word to the background.
 */
export function bareApi(): typeof chrome {
  const firefox = (globalThis as { browser?: typeof chrome }).browser;
  return firefox?.runtime?.id ? firefox : chrome;
}

/** Stands in for `wxt/browser` in the build of the first look (see wxt.config.ts), should WXT's runtime ask for it. */
export const browser: typeof chrome = new Proxy({} as typeof chrome, { get: (_target, name) => bareApi()[name as keyof typeof chrome] });
