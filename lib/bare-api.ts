/// <reference types="chrome" />

/**
 * The browser's own extension API, without the promise polyfill (10 kB the first look in a page would compile for
 * nothing): Firefox's `browser` or Chrome's `chrome`. Only calls that behave alike in both are used through it:
 * `runtime.sendMessage` (a promise in both). The first look imports it in place of `wxt/browser`
 * (tests/structure/import-direction.test.ts checks that nothing it imports reaches the polyfill). Looked up when
 * first needed, not when the script loads: in a page, reaching the extension API costs more than the rest of a
 * look that ends without a word to the background.
 */
export function bareApi(): typeof chrome {
  const firefox = (globalThis as { browser?: typeof chrome }).browser;
  return firefox?.runtime?.id ? firefox : chrome;
}

