import { STOPWORDS } from '../text/lexicon.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';

/**
 * Names in a page's headline that no source of the story uses. A headline names the event's main actors; a
 * report on the story names the story's ("Microsoft", "ICE", "Nadella"), while a neighbouring event puts its own
 * in front ("GitHub", "Dreamforce", "Palantir") even when its text recalls the story at length.
 *
 * Headlines are often written in title case, so a headline word counts as a name only when the page's own text
 * writes it capitalized inside a sentence and never in lower case.
 */
export function foreignHeadlineNames(headline: string, body: string, storyWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const prose = proseOf(body);
  for (const m of headline.matchAll(/[A-Z][\p{L}\d'’-]*[\p{L}\d]/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || storyWords.has(lower) || out.includes(word)) continue;
    if (isNameInText(word, prose)) out.push(word);
  }
  return out;
}

/** Whether a text writes the word capitalized after another word (not only at a sentence start) and never in lower case. */
export function isNameInText(word: string, text: string): boolean {
  const escaped = escapeRegExp(word);
  if (new RegExp(`(?<![\\p{L}\\d])${escaped.toLowerCase()}(?![\\p{L}\\d])`, 'u').test(text)) return false;
  return new RegExp(`[\\p{Ll},]\\s+${escaped}(?![\\p{L}\\d])`, 'u').test(text);
}

/** A headline (the page's own, a teaser's) is written in title case: only sentence-case lines show what is a name. */
const TITLE_CASE_SHARE = 0.6;

/** The lines of a text that are prose, not title-case headlines. */
export function proseOf(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const words = line.match(/\p{L}{4,}/gu) ?? [];
      const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      return words.length === 0 || capitalized / words.length < TITLE_CASE_SHARE;
    })
    .join('\n');
}

/** Every word the story's sources use, lower case: the vocabulary a report of it draws its names from. */
export function storyVocabulary(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []) out.add(w.replace(/['’]s$/, ''));
  return out;
}
