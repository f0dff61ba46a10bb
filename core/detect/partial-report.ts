import type { Claim } from '../claims/claim.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { plainWords } from '../text/tokens.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';

/**
 * A report that covers one strand of a story: one person's statement, reported on the story's days ("Cruel and
 * abusive: Satya Nadella slams US child separation"). It names the story's person, not its company and agency
 * together, so it shares too little of the story's vocabulary to pass the bar; what makes it the story's is that
 * its headline puts forward a person the story's sources quote, and it quotes that person's words too.
 */

/** Words in a row a page must quote from a person's words in the sources (two of them content words). */
export const PARTIAL_QUOTE_WORDS = 3;

/** A person the story's sources quote: how headlines name them (their surname) and the words quoted from them. */
export interface QuotedPerson {
  /** The surname as written ("Nadella"). */
  readonly name: string;
  /** The quotations the sources attribute to the person, as plain words. */
  readonly quotes: ReadonlyArray<readonly string[]>;
}

/** The people a story's sources quote, with their words. */
export function quotedPersons(sources: ReadonlyArray<{ readonly claims: readonly Claim[] }>): QuotedPerson[] {
  const byKey = new Map<string, { name: string; quotes: string[][] }>();
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const quote of claim.quotes) {
        const speaker = quote.speaker;
        if (speaker?.kind !== 'person') continue;
        // The last word of the name as written, without what punctuation clings to it: "Satya Nadella," → "Nadella".
        const surname = (speaker.name.split(/\s+/).pop() ?? speaker.name).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (surname.length < 2) continue;
        const person = byKey.get(speaker.key) ?? { name: surname, quotes: [] };
        person.quotes.push(plainWords(quote.text));
        byKey.set(speaker.key, person);
      }
    }
  }
  return [...byKey.values()];
}

/** The surnames of the people a headline puts forward (as written, capitalized), among those given. */
export function headlinedPersons(headline: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'u').test(headline));
}

/**
 * Whether a page is a partial report of a story: its headline names a person the story's sources quote, and one
 * of its quotations repeats PARTIAL_QUOTE_WORDS words in a row of that person's.
 */
export function isPartialReport(headline: string, claims: readonly Claim[], persons: readonly QuotedPerson[]): boolean {
  const named = new Set(headlinedPersons(headline, persons.map((p) => p.name)));
  const theirs = persons.filter((p) => named.has(p.name)).flatMap((p) => p.quotes);
  if (theirs.length === 0) return false;
  for (const claim of claims) {
    for (const quote of claim.quotes) {
      const words = plainWords(quote.text);
      if (theirs.some((q) => sharesQuotedRun(words, q))) return true;
    }
  }
  return false;
}

/** Whether two word lists share `length` words in a row (PARTIAL_QUOTE_WORDS by default), two of them content words. */
export function sharesQuotedRun(a: readonly string[], b: readonly string[], length = PARTIAL_QUOTE_WORDS): boolean {
  for (let i = 0; i + length <= a.length; i++) {
    for (let j = 0; j + length <= b.length; j++) {
      let k = 0;
      while (k < length && a[i + k] === b[j + k]) k++;
      if (k === length && a.slice(i, i + k).filter((w) => !STOPWORDS.has(w)).length >= 2) return true;
    }
  }
  return false;
}
