import { stemmer } from 'stemmer';
import { CONTRACTION_SUFFIXES, CONTRACTIONS, COUNTRY_NAMES, DERIVATIONS, STOPWORDS, SYNONYM_GROUPS } from './lexicon.ts';

/** A word of normalized text with its position. */
export interface WordToken {
  /** The word as written (normalized text). */
  readonly word: string;
  /** Offset of the word in the string it was read from. */
  readonly start: number;
  readonly end: number;
}

// Words: letters/digits with inner apostrophes, dots or commas between digits ("19.4", "1,000"), hyphens.
const WORD = /[\p{L}\p{N}]+(?:[''.,\-][\p{L}\p{N}]+)*/gu;

/** The words of a text as written (as `words` reads them), without their offsets. */
export function wordStrings(text: string): string[] {
  // One native match is much cheaper than a token object per word, and most readers need the words alone.
  return text.match(WORD) ?? [];
}

/** Splits normalized text into words with their offsets. */
export function words(text: string): WordToken[] {
  const out: WordToken[] = [];
  // exec over one regex rather than matchAll: every sentence of every page is read this way, several times.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const synonymOf = new Map<string, string>();
for (const group of [...SYNONYM_GROUPS, ...DERIVATIONS, ...COUNTRY_NAMES]) {
  const head = stemmer(group[0]!);
  for (const w of group) synonymOf.set(stemmer(w), head);
}
const stemCache = new Map<string, string>();
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
// Words the Porter stemmer folds into another word: "news" is not "new" (as in "New York Times").
const UNSTEMMED: ReadonlyMap<string, string> = new Map([['news', 'news']]);

/** The comparison key of one lower-case word: its Porter stem, folded onto a synonym group's head. */
export function termOf(lowerWord: string): string {
  let term = stemCache.get(lowerWord);
  if (term === undefined) {
    // Numbers and dotted abbreviations ("u.s") are kept as written; the stemmer would mangle them.
    // Initials with points are the name without them: "u.s" is "US", "u.k" is "UK".
    const stem = /\d/.test(lowerWord) ? lowerWord.replace(/,/g, '') : INITIALS.test(lowerWord) ? lowerWord.replace(/\./g, '') : lowerWord.includes('.') ? lowerWord : (UNSTEMMED.get(lowerWord) ?? stemmer(lowerWord));
    term = synonymOf.get(stem) ?? stem;
    if (stemCache.size < 50_000) stemCache.set(lowerWord, term);
  }
  return term;
}

const expandCache = new Map<string, readonly string[]>();
const TALLY = /^\d[\d,.]*(?:-\d[\d,.]*)+$/;

/** Lower-cases a word and expands its contraction into one or more words ("doesn't" → "does", "not"). */
export function expandWord(word: string): readonly string[] {
  let expanded = expandCache.get(word);
  if (!expanded) {
    expanded = expandUncached(word);
    if (expandCache.size < 50_000) expandCache.set(word, expanded);
  }
  return expanded;
}

function expandUncached(word: string): string[] {
  const lower = word.toLowerCase();
  // A tally or a score written with a hyphen ("432-202", "2-0") holds the figures "432 votes to 202" gives apart.
  if (TALLY.test(lower)) return lower.split('-');
  const whole = CONTRACTIONS.get(lower);
  if (whole) return whole.split(' ');
  for (const [suffix, expansion] of CONTRACTION_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      return [lower.slice(0, -suffix.length), expansion.trim()];
    }
  }
  // Possessive "'s" adds nothing to the claim.
  return [lower.endsWith("'s") ? lower.slice(0, -2) : lower];
}

/** Content terms of a text: expanded, stopwords removed, stemmed and synonym-folded, in order. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of wordStrings(text)) {
    // "US" in capitals is the country, never the pronoun (a stopword): the same term as "U.S.".
    if (word === 'US') {
      out.push('us');
      continue;
    }
    for (const w of expandWord(word)) {
      if (w.length === 0 || STOPWORDS.has(w)) continue;
      if (w.length === 1 && !/\d/.test(w)) continue;
      out.push(termOf(w));
    }
  }
  return out;
}

/** All words of a text, lower-cased and contraction-expanded, for exact wording comparisons. */
export function plainWords(text: string): string[] {
  const out: string[] = [];
  for (const word of wordStrings(text)) for (const w of expandWord(word)) out.push(w);
  return out;
}
