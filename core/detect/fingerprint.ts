import { acronymsOf, expansionsOf } from '../text/acronyms.ts';
import { GENERIC_NEWS_WORDS, SYNONYM_GROUPS } from '../text/lexicon.ts';
import { contentTerms, expandWord, termOf, words } from '../text/tokens.ts';
import { round } from '../util/round.ts';

/** What identifies a story in a page's words: weighted terms, and anchor terms a page about it must contain. */
export interface StoryFingerprint {
  /** [term, weight] pairs, heaviest first. */
  readonly terms: ReadonlyArray<readonly [string, number]>;
  /** Terms every source of the story uses, names first: a page without them is about something else. */
  readonly anchors: readonly string[];
  /** Terms the sources write as acronyms ("ic" for ICE): a page counts them only in capitals. */
  readonly acronyms: readonly string[];
  /** For an acronym anchor, the terms of the name it stands for: a page that writes the name out has the anchor. */
  readonly aliases: ReadonlyArray<readonly [anchor: string, terms: readonly string[]]>;
  /** The words (lower case) the sources write for each term, so a page's words are looked up, not stemmed. */
  readonly forms: ReadonlyArray<readonly [word: string, term: string]>;
}

/** How many terms a fingerprint keeps. */
export const FINGERPRINT_SIZE = 40;
/** How many anchors a fingerprint keeps at most: its key names, the names every source writes. */
export const ANCHOR_COUNT = 3;
/**
 * How many of a fingerprint's anchors (weightiest first) are the story's main actors: the head gate's words and
 * what "the company" stands for. A fingerprint keeps at least these, names or not (a story of one name has a
 * second key word).
 */
export const MAIN_ANCHORS = 2;

const genericTerms = new Set([...GENERIC_NEWS_WORDS].map((w) => termOf(w)));

/** Builds a story's fingerprint from the texts of its sources (already cleaned of debris). */
export function buildFingerprint(sourceTexts: readonly string[]): StoryFingerprint {
  const n = sourceTexts.length;
  const inSources = new Map<string, number>();
  const total = new Map<string, number>();
  const capitalized = new Map<string, number>();
  for (const text of sourceTexts) {
    const seen = new Set<string>();
    for (const term of contentTerms(text)) {
      total.set(term, (total.get(term) ?? 0) + 1);
      seen.add(term);
    }
    for (const term of seen) inSources.set(term, (inSources.get(term) ?? 0) + 1);
    for (const w of words(text)) {
      // A word written with a capital inside a sentence is a name: names identify stories best.
      if (/^[A-Z]/.test(w.word) && w.start > 0 && !/[.!?"]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) {
        const term = termOf(w.word.toLowerCase());
        capitalized.set(term, (capitalized.get(term) ?? 0) + 1);
      }
    }
  }
  const minSources = Math.min(2, n);
  const scored: Array<[string, number, boolean, number]> = [];
  for (const [term, count] of total) {
    const df = inSources.get(term) ?? 0;
    if (df < minSources || genericTerms.has(term) || /^\d+$/.test(term) || term.length < 2) continue;
    const isName = (capitalized.get(term) ?? 0) * 2 > count;
    const weight = (df / n) * (1 + Math.log(count)) * (isName ? 2 : 1);
    scored.push([term, round(weight), isName, df]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const terms = scored.slice(0, FINGERPRINT_SIZE).map(([t, w]) => [t, w] as const);
  const everywhere = scored.filter(([, , , df]) => df === n).sort((a, b) => Number(b[2]) - Number(a[2]) || b[1] - a[1]);
  // Key names only past the second anchor: a word every source happens to use ("right", "blanket") names nothing.
  const names = everywhere.filter(([, , isName]) => isName);
  const anchors = (names.length > MAIN_ANCHORS ? names.slice(0, ANCHOR_COUNT) : everywhere.slice(0, MAIN_ANCHORS)).map(([t]) => t);
  const joined = sourceTexts.join('\n');
  const kept = new Set(terms.map(([t]) => t));
  const acronyms = [...acronymsOf(joined)].map((w) => termOf(w)).filter((t) => kept.has(t));
  const aliases = anchors
    .filter((a) => acronyms.includes(a))
    .flatMap((anchor) => {
      const word = [...acronymsOf(joined)].find((w) => termOf(w) === anchor)!;
      const distinct = new Map(expansionsOf(word, joined).map((name) => contentTerms(name)).map((terms) => [terms.join(' '), terms]));
      return [...distinct.values()].map((terms) => [anchor, terms] as const);
    });
  const forms = new Map<string, string>();
  for (const w of words(joined)) {
    for (const word of expandWord(w.word)) {
      const term = termOf(word);
      if (kept.has(term)) forms.set(word, term);
    }
  }
  // Interchangeable words count for their group's term even when no source wrote them ("staffers" for employees).
  for (const group of SYNONYM_GROUPS) {
    const term = termOf(group[0]!);
    if (!kept.has(term)) continue;
    for (const word of group) for (const form of [word, `${word}s`]) if (termOf(form) === term) forms.set(form, term);
  }
  for (const [, terms] of aliases) for (const term of terms) for (const w of words(joined)) if (termOf(w.word.toLowerCase()) === term) forms.set(w.word.toLowerCase(), term);
  return { terms, anchors, acronyms, aliases, forms: [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}
