import { STOPWORDS } from '../text/lexicon.ts';
import { negatedTerms } from './polarity.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { sharedRun, type SharedRun } from './shared-run.ts';
import { sentenceSimilarity, vectorOf } from './similarity.ts';

/**
 * What two sentences share in words: terms, the story's own terms and names, phrases word for word, a run of terms
 * in the same order. Each is one signal of pair-signals.ts; none decides a relation on its own.
 */

/** Names two sentences must share to be about the same actors. */
export const SAME_ACTORS = 2;
/** Words in a row two sentences must share for a phrase of one to be repeated in the other. */
const PHRASE_WORDS = 4;
/** The story's own terms two sentences must share, without a shared name, to be on the story's subject. */
const SUBJECT_TERMS = 2;
/** A clause's similarity counts for a little less than the whole sentence's. */
export const CLAUSE_DISCOUNT = 0.9;
/** Terms two sentences must share in order, close together, for that run to be compared as a clause of its own. */
const MIN_RUN_TERMS = 4;
/** Terms of such a run that neither sentence writes as a name: what the claim says, beside whom it is about. */
const MIN_RUN_PREDICATE_TERMS = 2;
/** Terms past which a sentence is searched for no shared run (the search grows with the product of two lengths). */
const MAX_RUN_SEQUENCE = 200;

/** What two sentences share, counted in one pass over the first one's terms. */
export interface OverlapCounts {
  /** Terms both use. */
  readonly shared: number;
  /** Shared terms that are the story's own (core/match/similarity.ts `subject`). */
  readonly subject: number;
  /** Shared terms neither writes as a name: what is said, beside who. */
  readonly predicate: number;
  /** Shared terms few of the story's sentences use. */
  readonly rare: number;
  /** The story's names both write as names. */
  readonly names: number;
  /** The shared terms' weight, squared and summed: the dot product of the two vectors (similarity.ts). */
  readonly mass: number;
}

/** Counts what two sentences share. */
export function overlapCounts(here: PreparedClaim, there: PreparedClaim): OverlapCounts {
  let shared = 0;
  let subject = 0;
  let predicate = 0;
  let rare = 0;
  // Every count is symmetric (one story's weights, both sides' names), so the shorter sentence is walked.
  const hereShorter = here.vector.weights.size <= there.vector.weights.size;
  const mine = hereShorter ? here.vector.weights : there.vector.weights;
  const theirs = hereShorter ? there.vector.weights : here.vector.weights;
  const w = here.weights;
  // The same walk as the similarity's dot product (the smaller vector, in its order), so both come from one pass.
  let mass = 0;
  for (const [term, weight] of mine) {
    if (!theirs.has(term)) continue;
    shared++;
    mass += weight * weight;
    if (w.subject(term)) subject++;
    if (w.rare(term)) rare++;
    if (!here.entities.has(term) && !there.entities.has(term)) predicate++;
  }
  return { shared, subject, predicate, rare, names: shared === 0 ? 0 : sharedNames(here, there), mass };
}

/** How many terms two sentences share (those `keep` accepts, when given). */
export function sharedTermCount(here: PreparedClaim, there: PreparedClaim, keep?: (term: string) => boolean): number {
  let n = 0;
  for (const term of here.vector.weights.keys()) if (there.vector.weights.has(term) && (!keep || keep(term))) n++;
  return n;
}

/**
 * Whether two sentences share the story's subject: a name both write as one (an actor, a product, a place the
 * story's sources name), two of the story's own terms, or a phrase word for word. "Her only mistake was ..."
 * shares a word with "That removal 'was a mistake'", not a subject.
 */
export function sharesSubject(here: PreparedClaim, there: PreparedClaim, phrase?: boolean): boolean {
  let rare = 0;
  let shared = 0;
  for (const term of here.vector.weights.keys()) {
    if (!there.vector.weights.has(term)) continue;
    shared++;
    if (here.weights.name(term) && here.weights.subject(term) && here.entities.has(term) && there.entities.has(term)) return true;
    if (here.weights.subject(term) && ++rare >= SUBJECT_TERMS) return true;
  }
  return shared > 0 && (phrase ?? sharesPhrase(here, there));
}

/** Whether two sentences repeat a phrase of PHRASE_WORDS words (two of them content words) word for word. */
export function sharesPhrase(here: PreparedClaim, there: PreparedClaim): boolean {
  const a = phrasesOf(here);
  const b = phrasesOf(there);
  const fewer = a.size <= b.size ? a : b;
  const more = fewer === a ? b : a;
  for (const phrase of fewer) if (more.has(phrase)) return true;
  return false;
}

/** Similarity of the whole sentences, or of a clause of one with the other (or its clause), a little discounted. */
export function clauseSimilarity(here: PreparedClaim, there: PreparedClaim, whole: number = sentenceSimilarity(here.vector, there.vector)): number {
  let best = whole;
  if (best === 0) return 0;
  const a = here.clauses.length > 0 ? here.clauses : [here.vector];
  const b = there.clauses.length > 0 ? there.clauses : [there.vector];
  if (a.length > 1 || b.length > 1) for (const x of a) for (const y of b) best = Math.max(best, CLAUSE_DISCOUNT * sentenceSimilarity(x, y));
  return best;
}

/** The longest shared run of terms of two claims, or null (none looked for in a "sentence" of hundreds of terms). */
export function runOf(here: PreparedClaim, there: PreparedClaim): SharedRun | null {
  if (here.sequence.length > MAX_RUN_SEQUENCE || there.sequence.length > MAX_RUN_SEQUENCE) return null;
  return sharedRun(here.sequence, there.sequence);
}

/**
 * Similarity of the stretches of two sentences that hold their longest shared run: a claim carried in a part of
 * a long sentence that no comma or conjunction sets off. Zero for a run of names only, a run without one of the
 * story's actors (a shared noun phrase), or a run denied on one side only.
 */
export function runSimilarity(here: PreparedClaim, there: PreparedClaim, run: SharedRun | null): number {
  if (!run || run.length < MIN_RUN_TERMS) return 0;
  const stretch = here.sequence.slice(run.here[0], run.here[1] + 1);
  if (!stretch.some((term) => here.weights.name(term) && here.weights.subject(term))) return 0;
  if (run.terms.filter((term) => !here.entities.has(term) && !there.entities.has(term)).length < MIN_RUN_PREDICATE_TERMS) return 0;
  // Where a negation's reach ends is rough, so both sides negating some of the run is the same polarity.
  const deniedHere = run.terms.some((term) => negatedOf(here).has(term));
  const deniedThere = run.terms.some((term) => negatedOf(there).has(term));
  if (deniedHere !== deniedThere) return 0;
  const a = vectorOf(stretch, here.weights);
  const b = vectorOf(there.sequence.slice(run.there[0], run.there[1] + 1), here.weights);
  return CLAUSE_DISCOUNT * sentenceSimilarity(a, b);
}

/** How many of a shared run's terms are the story's actors (names it writes as names). */
export function runActors(here: PreparedClaim, run: SharedRun | null): number {
  return run ? run.terms.filter((t) => here.weights.name(t) && here.weights.subject(t)).length : 0;
}

const negatedCache = new WeakMap<PreparedClaim, ReadonlySet<string>>();

/** The terms a claim negates (core/match/polarity.ts), read once per claim. */
export function negatedOf(claim: PreparedClaim): ReadonlySet<string> {
  let out = negatedCache.get(claim);
  if (!out) {
    out = negatedTerms(claim.claim.normalized);
    negatedCache.set(claim, out);
  }
  return out;
}

/** The names (as terms) both sentences write as names. */
export function sharedEntities(a: PreparedClaim, b: PreparedClaim): Set<string> {
  const out = new Set<string>();
  for (const term of a.entities) if (b.entities.has(term)) out.add(term);
  return out;
}

/** How many of the story's names both sentences use (as names, or through "the agency" and the like). */
export function sharedNames(a: PreparedClaim, b: PreparedClaim): number {
  let n = 0;
  for (const term of a.entities) if (b.entities.has(term) && a.weights.name(term) && a.weights.subject(term)) n++;
  return n;
}

const phraseCache = new WeakMap<PreparedClaim, ReadonlySet<string>>();

/** A claim's runs of PHRASE_WORDS words that hold at least two content words, joined. */
function phrasesOf(claim: PreparedClaim): ReadonlySet<string> {
  let out = phraseCache.get(claim) as Set<string> | undefined;
  if (out) return out;
  out = new Set<string>();
  const words = claim.words;
  const content = words.map((w) => (STOPWORDS.has(w) ? 0 : 1));
  for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
    let n = 0;
    for (let k = i; k < i + PHRASE_WORDS; k++) n += content[k]!;
    if (n < 2) continue;
    let phrase = words[i]!;
    for (let k = i + 1; k < i + PHRASE_WORDS; k++) phrase += ` ${words[k]!}`;
    out.add(phrase);
  }
  phraseCache.set(claim, out);
  return out;
}

/** Whether `long` holds `short` as a run of consecutive words. */
export function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}
