import { STOPWORDS } from '../text/lexicon.ts';
import { termOf } from '../text/tokens.ts';
import type { Claim } from '../claims/claim.ts';
import type { Alias } from './aliases.ts';

/** Inverse document frequencies over a set of claims: terms that every sentence uses weigh little. */
export interface TermWeights {
  weight(term: string): number;
  /** Whether few claims use the term: a name or a detail, not the story's common vocabulary. */
  rare(term: string): boolean;
  /** Whether any claim of the story's sources uses the term. */
  seen(term: string): boolean;
  /** Whether the story's sources write the term as a name (capitalized inside sentences): its actors and places. */
  name(term: string): boolean;
  /** What the story's referring nouns stand for ("agency" → the agency's anchor term). */
  readonly references: ReadonlyMap<string, string>;
  /** The story's acronyms and the names its sources spell them out as. */
  readonly aliases: readonly Alias[];
  /** Whether the term is the story's own: not a common English word, and in its fingerprint (what sets the story
   *  apart from other news), one of its names, or rare in it. */
  subject(term: string): boolean;
}

/** A term in at most this many claims of a story is rare (about once per source). */
export const RARE_CLAIMS = 3;

/** Counts, over all the claims given, in how many claims each term appears. */
export function termWeights(
  claimSets: ReadonlyArray<readonly Claim[]>,
  storyTerms: ReadonlySet<string> = new Set(),
  commonTerms: ReadonlySet<string> = new Set(),
  references: ReadonlyMap<string, string> = new Map(),
  aliases: readonly Alias[] = [],
): TermWeights {
  const df = new Map<string, number>();
  const names = new Set<string>();
  let n = 0;
  for (const claims of claimSets) {
    for (const claim of claims) {
      n++;
      for (const term of new Set(claim.terms)) df.set(term, (df.get(term) ?? 0) + 1);
      for (const term of namesIn(claim.normalized)) names.add(term);
    }
  }
  const cache = new Map<string, number>();
  // Whether each of the story's own terms is its subject, read once: every pair asks for several terms. A term the
  // story never uses is rare in it, so its subject unless it is common English.
  const subjectOfSeen = new Map<string, boolean>();
  for (const [term, count] of df) subjectOfSeen.set(term, !commonTerms.has(term) && (storyTerms.has(term) || names.has(term) || count <= RARE_CLAIMS));
  return {
    rare: (term) => (df.get(term) ?? 0) <= RARE_CLAIMS,
    seen: (term) => df.has(term),
    name: (term) => names.has(term),
    references,
    aliases,
    subject: (term) => subjectOfSeen.get(term) ?? !commonTerms.has(term),
    weight(term) {
      let w = cache.get(term);
      if (w === undefined) {
        w = Math.log(1 + n / (df.get(term) ?? 1));
        cache.set(term, w);
      }
      return w;
    },
  };
}

/** Terms of the words a sentence capitalizes after its first word: names ("Nadella", "Azure", "Congress"). */
export function namesIn(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?<=[\p{Ll}\d,;:]["'(]?\s+)\p{Lu}[\p{L}\d-]*/gu)) {
    const word = m[0].toLowerCase();
    if (!STOPWORDS.has(word)) out.add(termOf(word));
  }
  return out;
}

/** A claim's terms as a weighted set, ready for cosine similarity. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Builds the weighted term set of a claim. */
export function vectorOf(terms: readonly string[], weights: TermWeights): TermVector {
  const map = new Map<string, number>();
  let sum = 0;
  for (const term of terms) {
    if (map.has(term)) continue;
    const w = weights.weight(term);
    map.set(term, w);
    sum += w * w;
  }
  return { weights: map, norm: Math.sqrt(sum) };
}

/** Cosine similarity of two weighted term sets, in [0, 1]. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return sharedMass(a, b) / (a.norm * b.norm);
}

/** How much of the smaller term set the larger one contains (weighted overlap coefficient), in [0, 1]. */
export function containment(a: TermVector, b: TermVector): number {
  const smaller = Math.min(a.norm, b.norm);
  return smaller === 0 ? 0 : sharedMass(a, b) / (smaller * smaller);
}

/**
 * Similarity of two sentences: the mean of cosine and containment. Cosine alone punishes a long sentence that
 * reports the same fact as a short one among other things; containment alone rewards any short sentence.
 */
export function sentenceSimilarity(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return similarityOfMass(a, b, sharedMass(a, b));
}

/** sentenceSimilarity from the shared terms' summed squared weights, when a pass over them has counted it. */
export function similarityOfMass(a: TermVector, b: TermVector, shared: number): number {
  if (a.norm === 0 || b.norm === 0 || shared === 0) return 0;
  const smaller = Math.min(a.norm, b.norm);
  return (shared / (a.norm * b.norm) + shared / (smaller * smaller)) / 2;
}

/** How many terms two sentences share that few other claims use. */
export function sharedRareTerms(a: TermVector, b: TermVector, weights: TermWeights): number {
  let n = 0;
  for (const term of a.weights.keys()) if (b.weights.has(term) && weights.rare(term)) n++;
  return n;
}

function sharedMass(a: TermVector, b: TermVector): number {
  const small = a.weights.size <= b.weights.size ? a.weights : b.weights;
  const large = small === a.weights ? b.weights : a.weights;
  let dot = 0;
  small.forEach((w, term) => {
    if (large.has(term)) dot += w * w;
  });
  return dot;
}
