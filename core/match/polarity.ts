import { contentTerms, words, expandWord } from '../text/tokens.ts';

/**
 * Whether two sentences say the same words with opposite polarity. "The memo did not say whether the contract
 * would be canceled" and "they want the contract cancelled" share their words and say different things: news
 * copy reports refusals, denials and silences as often as facts, and a match must not turn one into the other.
 * A negation is read as covering the few words after it, up to a comma or a clause break, so an incidental "not"
 * elsewhere in a long sentence does not set two reports of one fact apart.
 */

/**
 * Words that negate what follows (contractions are expanded before: "didn't" is "did not"). "Nothing" is how a
 * denial is often put ("has nothing to do with separating families", "nothing to suggest").
 */
const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'without']);
/** Verbs that report a denial or a refusal of what follows: "denied working with", "declined to say". */
const DENIALS = /^(?:den(?:y|ies|ied|ying)|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing))$/;
// Between two words: punctuation that closes a clause, or a quotation mark that closes a quotation (one not
// followed by the next word straight away; an opening mark ends the gap).
const ENDS_NEGATION = /[,;:–—-]\s|--|[()]|"(?!$)/;

/** How many content words after a negation it covers. */
export const NEGATION_REACH = 6;

// Any word that may negate, after contractions are expanded: most sentences have none, and are not read word by word.
const MAY_NEGATE = /(?<![\p{L}\p{N}])(?:no|not|never|neither|nor|none|nothing|without|cannot|den(?:y|ies|ied|ying)|declin|refus)|n['’]t/iu;

/** The content terms a sentence negates. */
export function negatedTerms(sentence: string): Set<string> {
  const out = new Set<string>();
  if (!MAY_NEGATE.test(sentence)) return out;
  let reach = 0;
  let last = 0;
  for (const token of words(sentence)) {
    // A comma, semicolon, colon, dash, parenthesis or closing quotation mark between words ends what a negation
    // covers. An opening quotation mark does not: the quoted words are the negated verb's object ("did not include
    // "any projects related to separating children"").
    if (ENDS_NEGATION.test(sentence.slice(last, token.start))) reach = 0;
    last = token.end;
    for (const word of expandWord(token.word)) {
      if (NEGATORS.has(word) || DENIALS.test(word)) {
        reach = NEGATION_REACH;
        continue;
      }
      if (reach > 0) {
        const terms = contentTerms(word);
        // Function words ("did not say whether the") do not use up the reach.
        if (terms.length > 0) reach--;
        for (const term of terms) out.add(term);
      }
    }
  }
  return out;
}

/** Shared terms one side must negate, while the other negates none, for the two to say opposite things. */
export const OPPOSED_TERMS = 2;

/**
 * Whether one sentence negates what both say (at least OPPOSED_TERMS of their shared terms) while the other
 * negates none of it, names left out (`names`: the terms both write as names). Two sentences that each negate some of it ("will not work with" / "neither ... nor its
 * contractors will work with") say the same thing in other words.
 */
export function oppositePolarity(a: string, aTerms: readonly string[], b: string, bTerms: readonly string[], names: ReadonlySet<string> = new Set()): boolean {
  return opposedNegations(negatedTerms(a), aTerms, negatedTerms(b), bTerms, names);
}

/** oppositePolarity for sentences whose negated terms are already read (negatedTerms). */
export function opposedNegations(na: ReadonlySet<string>, aTerms: readonly string[], nb: ReadonlySet<string>, bTerms: readonly string[], names: ReadonlySet<string> = new Set()): boolean {
  if (na.size === 0 && nb.size === 0) return false;
  const inA = termSet(aTerms);
  const inB = termSet(bTerms);
  // Only shared terms count, each once; a negated term is one of few, so the negated ones are walked.
  // What is denied is a predicate ("did not say whether the contract would be canceled"): a negation that covers
  // only names ("... or U.S. Customs and Border Protection") says who, not what, and opposes nothing.
  const count = (negated: ReadonlySet<string>): number => {
    let n = 0;
    let predicate = false;
    for (const term of negated) {
      if (!inA.has(term) || !inB.has(term)) continue;
      n++;
      predicate ||= !names.has(term);
    }
    return predicate ? n : 0;
  };
  const negatedInA = count(na);
  const negatedInB = count(nb);
  return (negatedInA >= OPPOSED_TERMS && negatedInB === 0) || (negatedInB >= OPPOSED_TERMS && negatedInA === 0);
}

const termSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A claim's terms as a set, made once per list (every pair of a claim asks). */
function termSet(terms: readonly string[]): ReadonlySet<string> {
  let out = termSets.get(terms);
  if (!out) {
    out = new Set(terms);
    termSets.set(terms, out);
  }
  return out;
}
