import { acronymsOf, expansionsOf } from '../text/acronyms.ts';
import { termOf } from '../text/tokens.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';

/**
 * The names a story's sources spell out and abbreviate: "U.S. Immigration and Customs Enforcement (ICE)" in one
 * report is "ICE" in another. Folding the spelled-out name into its initials keeps a sentence that names the
 * agency in full from looking unlike one that abbreviates it (three terms against one), and keeps "Immigration
 * and Customs Enforcement or Customs and Border Protection" from reading as a list of four names.
 */

/** An acronym of a story and the names its sources spell it out as. */
export interface Alias {
  /** The acronym as written ("ICE"). */
  readonly acronym: string;
  /** Its comparison term ("ic"). */
  readonly term: string;
  /** The spelled-out names, longest first ("Immigration and Customs Enforcement"). */
  readonly names: readonly string[];
}

/** The story's acronyms (as terms, from its fingerprint) with the names its source texts spell them out as. */
export function storyAliases(sourceTexts: readonly string[], acronymTerms: readonly string[]): Alias[] {
  const joined = sourceTexts.join('\n');
  const wanted = new Set(acronymTerms);
  const out: Alias[] = [];
  for (const word of acronymsOf(joined)) {
    const term = termOf(word);
    if (!wanted.has(term)) continue;
    const names = expansionsOf(word, joined).sort((a, b) => b.length - a.length);
    if (names.length > 0) out.push({ acronym: word.toUpperCase(), term, names });
  }
  return out;
}


/**
 * The sentence with every spelled-out name of the story's acronyms written as the acronym: the names the sources
 * use, and any other capitalized name with the same initials ("Customers and Border Protection", a page's typo).
 */
export function foldAliases(sentence: string, aliases: readonly Alias[]): string {
  let out = sentence;
  for (const alias of aliases) {
    const names = expansionsOf(alias.acronym, out);
    if (names.length === 0) continue;
    names.sort((a, b) => b.length - a.length);
    // The name, and the acronym in parentheses after it when the sentence defines it: "... Enforcement (ICE)".
    const pattern = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b(?:\\s*\\(${escapeRegExp(alias.acronym)}\\))?`, 'g');
    out = out.replace(pattern, alias.acronym);
  }
  return out;
}
