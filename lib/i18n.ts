import { browser } from 'wxt/browser';

/**
 * A user-facing string from `_locales/<language>/messages.json` (public/_locales/en is the source), with its
 * `$1`… placeholders filled. The key itself when a message is missing, so a gap shows rather than hides.
 */
export function t(key: string, substitutions: readonly string[] = []): string {
  // The keys are checked by the tests against messages.json, not by the compiler.
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
  return getMessage(key, [...substitutions]) || key;
}

/** The same, in the components' shape (components/i18n.ts): the entry points hand it in before they render. */
export const translateWithBrowser = (key: string, substitutions: readonly string[] = []): string => t(key, substitutions);
