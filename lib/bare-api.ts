/// <reference types="chrome" />

/**
 * The browser's own extension API, without the promise polyfill (10 kB the script on every page would compile
 * for nothing): Firefox's `browser` or Chrome's `chrome`. Only calls that behave alike in both are used through
 * it: `runtime.sendMessage` (a promise in both) and `runtime.onMessage` with a synchronous `sendResponse`.
 */
export const bareApi: typeof chrome = (globalThis as { browser?: typeof chrome }).browser?.runtime?.id ? (globalThis as { browser: typeof chrome }).browser : chrome;

/** Stands in for `wxt/browser` in the build of the script on every page (see wxt.config.ts), for WXT's own runtime. */
export const browser = bareApi;
