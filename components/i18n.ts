import { Fragment, h, type ComponentChildren, type VNode } from 'preact';

/**
 * The components' words. Each entry point hands in the browser's `i18n.getMessage` (lib/i18n.ts) before it
 * renders; the strings are in public/_locales/<language>/messages.json. Kept as a module-level function rather than
 * a context: the hover card renders in the page's own tree, and the messages are not bundled into any script.
 */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

let translate: Translate = (key) => key;

/** Sets where the words come from (the entry points: the browser's; the tests: English from messages.json). */
export function setTranslate(next: Translate): void {
  translate = next;
}

/** A message, its `$1`… placeholders filled with `substitutions`. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return translate(key, substitutions.map(String));
}

/** `<key>One` for 1, else `<key>Other`, with the number (written for readers: 1,234) as `$1`, then the rest. */
export function tn(n: number, key: string, ...rest: Array<string | number>): string {
  return t(`${key}${n === 1 ? 'One' : 'Other'}`, n.toLocaleString('en'), ...rest);
}

// Invisible separators that no message contains: they mark where an element goes in a translated sentence.
const MARK = '\u2063';
const SPLIT = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A message with elements in it ("This page is <strong>Mashable</strong>'s report."): each part stands in for the
 * placeholder of its position, wherever a translation puts it. Text stays text, never HTML.
 */
export function tx(key: string, ...parts: ComponentChildren[]): VNode {
  const pieces = translate(key, parts.map((_, i) => `${MARK}${i}${MARK}`)).split(SPLIT);
  return h(Fragment, null, ...pieces.map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece)));
}
