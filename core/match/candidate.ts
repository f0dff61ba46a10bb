import { comparedConcepts, shareAQuantity } from './figure-match.ts';
import { overlapCounts, type OverlapCounts } from './overlap.ts';
import { MIN_CLAIM_TERMS, type PreparedClaim } from './prepared-claim.ts';
import { bestQuoteOverlap, repeatsAQuote, type QuoteOverlap } from './quote-match.ts';
import { sameFigure } from './same-figure.ts';
import { similarityOfMass } from './similarity.ts';

/** The story's own terms (names, fingerprint, rare terms) two sentences must share to be compared on them alone. */
const CANDIDATE_SUBJECT_TERMS = 2;
/** Terms two sentences must share to be compared as a close paraphrase, whatever they are. */
const CANDIDATE_SHARED_TERMS = 4;
/**
 * Below this weighted similarity, sentences that share no figure and no quotation are not compared: on the
 * development set it leaves out 7 of 424 labelled pairs (paraphrases sharing almost no word, which no signal here
 * reads) and half of the candidates that are something else.
 */
export const CANDIDATE_SIMILARITY = 0.05;

/**
 * Whether a pair is worth deciding. News repeats a fact through what makes it that fact: a figure of the same
 * quantity ("killed at least 85" / "the death toll rose to 71"), a quotation of several words, two of the story's
 * own terms, or one of its names with a word of what is said about it ("Marek ... walkout" / "Marek ... strike
 * ... walkout"); a close paraphrase shares several terms. A sentence that only names the story's main actor
 * shares that with nearly every sentence of its sources, and says nothing of the same.
 */
export function isCandidate(here: PreparedClaim, there: PreparedClaim): boolean {
  return candidateBasics(here, there) !== null;
}

/** What `isCandidate` reads of a pair when it is a candidate (the signals read it too), or null when it is not. */
export function candidateBasics(here: PreparedClaim, there: PreparedClaim): PairBasics | null {
  if (here.vector.weights.size < MIN_CLAIM_TERMS || there.vector.weights.size < MIN_CLAIM_TERMS) return null;
  // The quotations are read here once for the fact and kept for the signals (pair-signals.ts).
  const quote = bestQuoteOverlap(here, there);
  const repeated = repeatsAQuote(here, there);
  const fact = sharesAFact(here, there, quote, repeated);
  const counts = overlapCounts(here, there);
  const lexical = counts.shared >= CANDIDATE_SHARED_TERMS || counts.subject >= CANDIDATE_SUBJECT_TERMS || (counts.shared >= 2 && counts.names >= 1 && counts.predicate >= 1);
  if (!fact && !lexical) return null;
  const similarity = similarityOfMass(here.vector, there.vector, counts.mass);
  return fact || similarity >= CANDIDATE_SIMILARITY ? { counts, fact, similarity, quote, repeated } : null;
}

/** What a pair's standing and its signals both read, computed once per pair when many pairs are read. */
export interface PairBasics {
  readonly counts: OverlapCounts;
  /** Both give what news repeats a fact by (`sharesAFact`). */
  readonly fact: boolean;
  /** Weighted term similarity of the whole sentences. */
  readonly similarity: number;
  /** The best-overlapping pair of quotations (`bestQuoteOverlap`), or null. */
  readonly quote: QuoteOverlap | null;
  /** One repeats a quotation of the other without quotation marks (`repeatsAQuote`). */
  readonly repeated: boolean;
}

/**
 * Whether two claims give a quantity of one concept, the same specific figure, or a quotation of one that the other
 * quotes too or repeats without quotation marks ("It is clear that the House does not support this deal" / "she
 * said it is clear that the House does not support the deal"): a statement retold shares few terms otherwise.
 */
export function sharesAFact(here: PreparedClaim, there: PreparedClaim, quote = bestQuoteOverlap(here, there), repeated = repeatsAQuote(here, there)): boolean {
  return shareAQuantity(here, there) || sameFigure(here, there) || quote !== null || repeated;
}

/**
 * Keys of the facts `sharesAFact` reads from figures, for finding the sentences that give one: a quantity's
 * concept, a specific figure's value, a date or time.
 */
export function factKeys(claim: PreparedClaim): readonly string[] {
  let keys = factKeysOf.get(claim);
  if (keys) return keys;
  keys = comparedConcepts(claim).map((concept) => `concept:${concept}`);
  for (const value of claim.specificFigures) keys.push(`figure:${value}`);
  for (const moment of claim.moments) keys.push(moment);
  factKeysOf.set(claim, keys);
  return keys;
}

// A page's claim is looked up in every source of a story: its keys are read once.
const factKeysOf = new WeakMap<PreparedClaim, string[]>();
