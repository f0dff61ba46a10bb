import type { PairBasics } from './candidate.ts';
import { scopesDiffer, sharedScopeTerms } from '../claims/scope.ts';
import { compatibleSpeakers } from '../claims/speakers.ts';
import type { Difference } from '../result.ts';
import { contextFigureDifferences, contextFiguresAgree, quantitiesAgree, quantityDifferences, shareAQuantity } from './figure-match.ts';
import { opposedNegations } from './polarity.ts';
import { writtenMoments } from '../claims/moments.ts';
import {
  clauseSimilarity,
  negatedOf,
  overlapCounts,
  runActors,
  runOf,
  runSimilarity,
  sharedEntities,
  sharesPhrase,
  type OverlapCounts,
  sharesSubject,
} from './overlap.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { bestQuoteOverlap, repeatsAQuote, type QuoteOverlap } from './quote-match.ts';
import { sameFigure } from './same-figure.ts';
import { sentenceSimilarity } from './similarity.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { termOf } from '../text/tokens.ts';

/**
 * Everything the decision (decide.ts) reads about a pair of claims: one record of named signals, each computed by
 * a small tested function. The record is what the learned model weighs; the differences are what a reader is shown.
 */
export interface PairSignals {
  /** Weighted term similarity of the whole sentences, in [0, 1]. */
  readonly similarity: number;
  /** The best similarity of a clause of one with the other (or its clause), discounted a little. */
  readonly clauseSimilarity: number;
  /** Similarity of the stretches holding the longest shared in-order run of terms. */
  readonly runSimilarity: number;
  /** Terms the sentences share. */
  readonly sharedTerms: number;
  /** Shared terms few of the story's sentences use. */
  readonly sharedRare: number;
  /** Shared terms that are the story's own (not everyday English; its names, fingerprint or rare terms). */
  readonly sharedSubject: number;
  /** The story's names both sentences write as names. */
  readonly sharedNames: number;
  /** Shared terms neither writes as a name: what is said, beside who. */
  readonly sharedPredicate: number;
  /** Both sentences are on the story's subject (a shared name, two own terms, or a phrase). */
  readonly subject: boolean;
  /** A phrase of four words repeated word for word. */
  readonly phrase: boolean;
  /** Story actors in the longest shared run of terms. */
  readonly runActors: number;
  /** Names the page's sentence writes that the story's sources never use: another actor, another event. */
  readonly foreignNames: number;
  /** Shorter over longer sentence, in terms. */
  readonly lengthRatio: number;
  /** Terms of the shorter sentence: a heading or a fragment says little, however much of it the other holds. */
  readonly shorterTerms: number;
  /** The best-overlapping pair of quotations, or null. */
  readonly quote: QuoteOverlap | null;
  /** One sentence repeats a quotation of the other without quote marks. */
  readonly quoteRepeated: boolean;
  /** Both sentences quote several words, and no quotation of one overlaps one of the other: two statements. */
  readonly differentQuotes: boolean;
  /** Figures for the same counted thing (by the words around them) that differ. */
  readonly contextFigureDifferences: readonly Difference[];
  /** A figure for the same counted thing (by the words around it) that both give consistently. */
  readonly contextFiguresAgree: boolean;
  /** Quantities of the same concept whose values cannot both be true. */
  readonly quantityDifferences: readonly Difference[];
  /** A quantity of the same concept both give consistently. */
  readonly quantitiesAgree: boolean;
  /** Both give a quantity of one concept. */
  readonly sharedQuantity: boolean;
  /** Both write the same specific figure, whatever they call what it counts (same-figure.ts). */
  readonly sameFigure: boolean;
  /** One of the two tells a figure as the latest of a moving count ("the toll rose to 63"). */
  readonly movingCount: boolean;
  /** The sentences' speakers can be the same. */
  readonly speakersCompatible: boolean;
  /** Both sentences date what they tell to a day of the week, and to different days: two events, or a disputed date. */
  readonly differentDays: boolean;
  /** Both date what they tell to a day of a month (or a time of day), and share none: a date given differently. */
  readonly momentDifference: Difference | null;
  /** One sentence denies what the other asserts. */
  readonly oppositePolarity: boolean;
  /** Both list what an engagement covers, for the same parties, with nothing in common. */
  readonly scopeDifference: Difference | null;
  /** Both list what an engagement covers, for the same parties, the same things in other words. */
  readonly sameScope: boolean;
  /** Two overlapping lists of names that differ: complete (both claim to be whole) or examples. */
  readonly nameLists: { readonly difference: Difference; readonly complete: boolean } | null;
}

/** Names two sentences must share for their scope lists to describe the same engagement. */
const SCOPE_SHARED_NAMES = 2;
/** Items two scopes must share (as terms) to describe the same engagement in other words. */
const SAME_SCOPE_ITEMS = 2;

const NO_NAMES: ReadonlySet<string> = new Set();

/** Reads the signals of a pair of claims. */
export function pairSignals(here: PreparedClaim, there: PreparedClaim, known: Partial<PairBasics> = {}, clauses?: number): PairSignals {
  const counts = known.counts ?? overlapCounts(here, there);
  const sharedTerms = counts.shared;
  // Read once, used by several signals.
  const similarity = known.similarity ?? sentenceSimilarity(here.vector, there.vector);
  const phrase = sharedTerms > 0 && sharesPhrase(here, there);
  const run = sharedTerms >= 4 ? runOf(here, there) : null;
  // The shared names only matter to a denial and to two scopes: most pairs have neither.
  const entities = negatedOf(here).size > 0 || negatedOf(there).size > 0 || (here.scope && there.scope) ? sharedEntities(here, there) : NO_NAMES;
  const quote = known.quote !== undefined ? known.quote : bestQuoteOverlap(here, there);
  const hereTerms = here.vector.weights.size;
  const thereTerms = there.vector.weights.size;
  return {
    similarity,
    clauseSimilarity: clauses ?? clauseSimilarity(here, there, similarity),
    runSimilarity: runSimilarity(here, there, run),
    sharedTerms,
    sharedRare: counts.rare,
    sharedSubject: counts.subject,
    sharedNames: counts.names,
    sharedPredicate: counts.predicate,
    subject: sharesSubject(here, there, phrase),
    phrase,
    runActors: runActors(here, run),
    foreignNames: foreignNames(here, there),
    lengthRatio: Math.min(hereTerms, thereTerms) / Math.max(1, hereTerms, thereTerms),
    shorterTerms: Math.min(hereTerms, thereTerms),
    quote,
    quoteRepeated: known.repeated ?? repeatsAQuote(here, there),
    differentQuotes: quote === null && quotesSeveralWords(here) && quotesSeveralWords(there),
    contextFigureDifferences: contextFigureDifferences(here, there),
    contextFiguresAgree: contextFiguresAgree(here, there),
    quantityDifferences: quantityDifferences(here, there),
    quantitiesAgree: quantitiesAgree(here, there),
    sharedQuantity: shareAQuantity(here, there),
    sameFigure: sameFigure(here, there),
    movingCount: here.movingCount || there.movingCount,
    speakersCompatible: compatibleSpeakers(here.claim.speaker, there.claim.speaker),
    differentDays: differentDays(here.days, there.days),
    momentDifference: momentDifference(here, there),
    oppositePolarity: opposedNegations(negatedOf(here), here.claim.terms, negatedOf(there), there.claim.terms, entities),
    scopeDifference: scopeDifference(here, there, entities.size),
    sameScope: sameScope(here, there, entities.size),
    nameLists: nameListDifference(here, there),
  };
}


/**
 * Whether two sentences each name weekdays and share none: "posted a blog late Tuesday" and "wrote a post on
 * Sunday" tell two events however alike their words.
 */
function differentDays(da: ReadonlySet<string>, db: ReadonlySet<string>): boolean {
  if (da.size === 0 || db.size === 0) return false;
  for (const d of da) if (db.has(d)) return false;
  return true;
}

/** Quotations of this many words or more say something of their own; shorter ones may be a word or a name. */
const STATEMENT_QUOTE_WORDS = 4;

function quotesSeveralWords(claim: PreparedClaim): boolean {
  return claim.quoteWords.some((words) => words.length >= STATEMENT_QUOTE_WORDS);
}

/**
 * How many names of the page's sentence the story's sources never write and the other sentence does not either:
 * "Equifax failed to take basic steps" beside a story about Facebook, "the Woolsey fire" beside the Camp Fire.
 * A capitalized function word is none, nor is a name the sentence credits for its news ("according to Cal Fire").
 */
function foreignNames(here: PreparedClaim, there: PreparedClaim): number {
  let n = 0;
  for (const term of here.entities) if (!here.weights.seen(term) && !there.entities.has(term) && !/\d/.test(term) && !isFunctionWord(term, here.claim.normalized) && !here.cited.has(term)) n++;
  return n;
}

// Function words by their term ("the", "thi" for "this"), each with a test for the words written in capitals.
const FUNCTION_TERMS: ReadonlyMap<string, RegExp> = capitalsByTerm([...STOPWORDS].filter((w) => w.length > 1));

function capitalsByTerm(words: readonly string[]): Map<string, RegExp> {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(termOf(w), [...(groups.get(termOf(w)) ?? []), w.toUpperCase()]);
  return new Map([...groups].map(([term, caps]) => [term, new RegExp(String.raw`\b(?:${caps.join('|')})\b`)]));
}

/**
 * Whether a capitalized word is a function word ("The New York Times", "He said: “This ..."), which names
 * nothing, unless the sentence writes it in capitals as an acronym ("the US state of Louisiana").
 */
function isFunctionWord(term: string, sentence: string): boolean {
  const capitals = FUNCTION_TERMS.get(term);
  return capitals !== undefined && !capitals.test(sentence);
}

/**
 * Dates (or times of day) two sentences give when they give no date (or time) alike: "first alerted the regulator
 * on May 21" / "on May 19". Whether that is one date given two ways or two events is the model's to weigh.
 */
function momentDifference(here: PreparedClaim, there: PreparedClaim): Difference | null {
  if (here.moments.size === 0 || there.moments.size === 0) return null;
  for (const kind of ['date:', 'time:']) {
    const mine = [...here.moments].filter((m) => m.startsWith(kind));
    const theirs = [...there.moments].filter((m) => m.startsWith(kind));
    if (mine.length === 0 || theirs.length === 0 || mine.some((m) => there.moments.has(m))) continue;
    const written = (claim: PreparedClaim) => writtenMoments(claim.claim.normalized).filter((m) => m.key.startsWith(kind)).map((m) => m.text).join(', ');
    return { kind: 'number', here: written(here), there: written(there) };
  }
  return null;
}

/** Two accounts of what the same engagement covers that share no item ("email and calendar" / "machine learning"). */
function scopeDifference(here: PreparedClaim, there: PreparedClaim, sharedNameCount: number): Difference | null {
  if (!here.scope || !there.scope || !scopesDiffer(here.scope, there.scope) || sharedNameCount < SCOPE_SHARED_NAMES) return null;
  return { kind: 'scope', here: here.scope.text, there: there.scope.text };
}

/** Two accounts of what the same engagement covers that list the same things in other words. */
function sameScope(here: PreparedClaim, there: PreparedClaim, sharedNameCount: number): boolean {
  if (!here.scope || !there.scope || sharedNameCount < SCOPE_SHARED_NAMES) return false;
  return sharedScopeTerms(here.scope, there.scope) >= SAME_SCOPE_ITEMS;
}

/**
 * Two lists of names for the same thing that do not name the same ones. Lists with nothing in common are about
 * different things; example lists ("including Facebook and Google") do not claim to be whole.
 */
function nameListDifference(here: PreparedClaim, there: PreparedClaim): PairSignals['nameLists'] {
  const a = here.names;
  const b = there.names;
  if (!a || !b || a.items.length < 2 || b.items.length < 2) return null;
  const sa = new Set(a.items.map((s) => s.toLowerCase()));
  const sb = new Set(b.items.map((s) => s.toLowerCase()));
  const shared = [...sa].filter((x) => sb.has(x)).length;
  if (shared === 0 || (shared === sa.size && shared === sb.size)) return null;
  return { complete: a.complete && b.complete, difference: { kind: 'name', here: a.items.join(', '), there: b.items.join(', ') } };
}
