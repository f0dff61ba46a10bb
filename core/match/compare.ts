import type { Claim } from '../claims/claim.ts';
import { listedNames, type NameList } from '../claims/names.ts';
import { readScope, scopesDiffer, sharedScopeTerms, type Scope } from '../claims/scope.ts';
import type { NumberMention } from '../claims/numbers.ts';
import { compatibleSpeakers, differentNamedPersons, type Speaker } from '../claims/speakers.ts';
import { PEOPLE_UNITS, STOPWORDS } from '../text/lexicon.ts';
import { termOf } from '../text/tokens.ts';
import { contentTerms, plainWords } from '../text/tokens.ts';
import type { Difference, Relation } from '../result.ts';
import { round } from '../util/round.ts';
import { sentenceSimilarity, sharedRareTerms, vectorOf, type TermVector, type TermWeights } from './similarity.ts';
import { clausesOf, leadingPhrase } from '../claims/clauses.ts';
import { commonWords, wordDiff } from './word-diff.ts';
import { consistentFigures } from './quantity-range.ts';
import { negatedTerms, oppositePolarity } from './polarity.ts';
import { referredAnchors, referringNouns } from './references.ts';
import { numberOwners } from './figure-owners.ts';
import { foldAliases } from './aliases.ts';
import { withoutRecipients } from './recipients.ts';
import { foldNonAnswers } from './non-answers.ts';
import { sharedRun, type SharedRun } from './shared-run.ts';

/** Similarity from which two sentences are taken to report the same thing. */
export const AGREE_SIMILARITY = 0.45;
/** Similarity from which two sentences are on the same subject. */
export const RELATED_SIMILARITY = 0.33;
/** Share of the words around two numbers that must agree for them to count the same thing. */
export const SAME_COUNT_CONTEXT = 0.35;
/** A clause's similarity counts for a little less than the whole sentence's. */
const CLAUSE_DISCOUNT = 0.9;
/** Names two sentences must share to be about the same actors. */
const SAME_ACTORS = 2;
/** Words in a row two sentences must share for a phrase of one to be repeated in the other. */
const PHRASE_WORDS = 4;
/** Terms two sentences must share to report the same fact when none of them is the story's own. */
const PARAPHRASE_SHARED_TERMS = 3;
/** The story's own terms two sentences must share, without a shared name, to be on the story's subject. */
const SUBJECT_TERMS = 2;
/** Two reports of one figure are within this factor of each other. */
const SAME_FIGURE_MAX_RATIO = 10;
/** Context terms two figures must share (the unit among them) to count the same thing. */
const SAME_COUNT_SHARED = 2;
/** Content words taken on each side of a number as its context. */
const NUMBER_CONTEXT_WORDS = 4;
/** Below this sentence similarity, even numbers with the same context are about different things. */
const NUMBER_MIN_SIMILARITY = 0.05;
/** Similarity enough, with the same figure for the same quantity, for two sentences to report the same fact. */
const SAME_FIGURE_SIMILARITY = 0.15;
/** Similarity enough for a one-word quote found in another sentence to make it the same claim. */
const ONE_WORD_QUOTE_SIMILARITY = 0.25;
/** Similarity enough for sentences sharing two rare terms to count as related. */
const RARE_RELATED_SIMILARITY = 0.12;
/** The story's own terms two sentences must share to be on the same subject at a low similarity. */
const SUBJECT_RELATED_TERMS = 3;
/** Similarity enough for two overlapping lists of names to be two versions of the same list. */
const NAME_LIST_SIMILARITY = 0.1;
/** Names two sentences must share for their scope lists to describe the same engagement. */
const SCOPE_SHARED_NAMES = 2;
/** Similarity enough for a short quote when both sources name the same speaker. */
const SHORT_QUOTE_SAME_SPEAKER = 0.2;
/** Terms two sentences must share in order, close together, for that run to be compared as a clause of its own. */
const MIN_RUN_TERMS = 4;
/** Terms of such a run that neither sentence writes as a name: what the claim says, beside whom it is about. */
const MIN_RUN_PREDICATE_TERMS = 2;
/** Terms past which a sentence is searched for no shared run (the search grows with the product of two lengths). */
const MAX_RUN_SEQUENCE = 200;
/** Terms of a shared run, two of them the story's actors, that make two sentences related. */
const RELATED_RUN_TERMS = 3;
/** Share of the shorter quotation's words the other must contain, in order, to be the same quotation. */
export const SAME_QUOTE_SHARE = 0.75;

/** A claim prepared for comparison (vectors and word lists computed once). */
export interface PreparedClaim {
  readonly claim: Claim;
  readonly vector: TermVector;
  readonly weights: TermWeights;
  readonly words: readonly string[];
  readonly quoteWords: ReadonlyArray<readonly string[]>;
  readonly quoteWordSets: ReadonlyArray<ReadonlySet<string>>;
  /** Content terms of each quotation, in order. */
  readonly quoteTerms: ReadonlyArray<readonly string[]>;
  readonly names: NameList | null;
  /** What the claim says an engagement covers, if it lists it. */
  readonly scope: Scope | null;
  /** Names the sentence uses (capitalized words past its first), as terms. */
  readonly entities: ReadonlySet<string>;
  /** For each number of the claim, the terms around it: what is being counted and by whom. */
  readonly numberContexts: ReadonlyArray<ReadonlySet<string>>;
  /** For each number of the claim, the names right next to it: whose figure it is ("employees at Salesforce"). */
  readonly numberOwners: ReadonlyArray<ReadonlySet<string>>;
  /** Vectors of the sentence's clauses, when it has several: a claim another outlet may report on its own. */
  readonly clauses: readonly TermVector[];
  /** The terms of the sentence in order, past its opening setting ("In a January blog post, ..."): where a run of
   *  shared terms is looked for. */
  readonly sequence: readonly string[];
}

/** How a source's claim relates to a page's claim. */
export interface Comparison {
  readonly relation: Relation;
  readonly score: number;
  readonly differences: readonly Difference[];
}

/** Prepares a claim for comparisons. */
export function prepareClaim(claim: Claim, weights: TermWeights): PreparedClaim {
  // A name spelled out ("Immigration and Customs Enforcement") counts as the acronym the story's sources use.
  // Who a statement went to ("in a statement to Motherboard") is not what it says.
  const text = foldNonAnswers(withoutRecipients(foldAliases(claim.normalized, weights.aliases)));
  const terms = text === claim.normalized ? claim.terms : contentTerms(text);
  // "The agency" counts as the agency's name where the story's sources use it so, in place of the noun: "the
  // company's work for the agency" and "Microsoft's work with ICE" say the same.
  const referred = referredAnchors(text, terms, weights.references, weights.seen);
  const resolved = new Set(referringNouns(text, weights.seen).filter((noun) => weights.references.has(noun)).map((noun) => termOf(noun)));
  const entities = entitiesOf(text);
  for (const anchor of referred) entities.add(anchor);
  const named = resolved.size > 0 ? terms.filter((t) => !resolved.has(t)) : terms;
  const plain = plainWords(claim.normalized);
  return {
    claim,
    vector: vectorOf(referred.length > 0 ? [...named, ...referred] : named, weights),
    weights,
    words: plain,
    quoteWords: claim.quotes.map((q) => plainWords(q.text)),
    quoteWordSets: claim.quotes.map((q) => new Set(plainWords(q.text))),
    quoteTerms: claim.quotes.map((q) => contentTerms(q.text)),
    names: listedNames(text),
    numberContexts: claim.numbers.map((n) => numberContext(claim.normalized, n)),
    numberOwners: claim.numbers.map((n) => numberOwners(claim.normalized, n)),
    scope: readScope(text),
    entities,
    sequence: named.slice(leadTermCount(text, resolved)),
    clauses: clausesOf(text)
      .map((c) => vectorOf(contentTerms(c), weights))
      .filter((v) => v.weights.size >= MIN_CLAIM_TERMS),
  };
}

/** How many of a sentence's terms its opening setting or attribution holds. */
function leadTermCount(text: string, resolved: ReadonlySet<string>): number {
  const lead = leadingPhrase(text);
  return lead ? contentTerms(lead).filter((t) => !resolved.has(t)).length : 0;
}

// Units are comparison terms (stems), so the people-counting words are compared as terms too.
const PEOPLE_TERMS = new Set([...PEOPLE_UNITS].map((w) => termOf(w)));

/** Claims with fewer content terms are labels or fragments ("Microsoft", a byline): never matched. */
export const MIN_CLAIM_TERMS = 3;

/** Compares a page claim with a source claim; null when they are not about the same thing. */
export function compareClaims(here: PreparedClaim, there: PreparedClaim): Comparison | null {
  if (here.vector.weights.size < MIN_CLAIM_TERMS || there.vector.weights.size < MIN_CLAIM_TERMS) return null;
  // Sentences relate through the story's own subject, never through common words alone: without a shared subject
  // only a close paraphrase (several shared terms) can still report the same fact, and nothing is merely related.
  const subject = sharesSubject(here, there);
  if (!subject && sharedTermCount(here, there) < PARAPHRASE_SHARED_TERMS) return null;
  const comparison = compareOnSubject(here, there);
  return comparison && (subject || comparison.relation !== 'related') ? comparison : null;
}

/** How many terms two sentences share (those `keep` accepts, when given). */
function sharedTermCount(here: PreparedClaim, there: PreparedClaim, keep?: (term: string) => boolean): number {
  let n = 0;
  for (const term of here.vector.weights.keys()) if (there.vector.weights.has(term) && (!keep || keep(term))) n++;
  return n;
}

function compareOnSubject(here: PreparedClaim, there: PreparedClaim): Comparison | null {
  const scope = scopeDifference(here, there);
  if (scope) return { relation: 'conflict', score: RELATED_SIMILARITY, differences: [scope] };
  if (sameScope(here, there) && compatibleSpeakers(here.claim.speaker, there.claim.speaker)) return { relation: 'agree', score: AGREE_SIMILARITY, differences: [] };
  const similarity = claimSimilarity(here, there);
  // Lists of names that overlap but differ are a disagreement even in otherwise different sentences.
  const names = similarity >= NAME_LIST_SIMILARITY ? nameDifference(here.names, there.names) : null;
  if (names) return { relation: names.complete ? 'conflict' : 'related', score: round(Math.max(similarity, RELATED_SIMILARITY)), differences: names.complete ? [names.difference] : [] };
  // Every relation below needs some shared vocabulary; most pairs of sentences have none.
  if (similarity < NUMBER_MIN_SIMILARITY) return null;
  const quoted = compareQuotes(here, there, similarity);
  if (quoted) return quoted;
  const numbers = numberDifferences(here, there);
  if (numbers.length > 0) return { relation: 'conflict', score: round(Math.max(similarity, RELATED_SIMILARITY)), differences: numbers };
  // The same figure for the same counted thing ("more than 650 employees signed") is the same fact however the
  // rest of the sentence is worded.
  if (sameQuantityAgrees(here, there, similarity) && compatibleSpeakers(here.claim.speaker, there.claim.speaker)) {
    return { relation: 'agree', score: round(Math.max(similarity, RELATED_SIMILARITY)), differences: [] };
  }
  if (similarity < RELATED_SIMILARITY) {
    // Two uncommon terms in common ("Brad Smith", "Muslim ban") make sentences about the same thing.
    // So do three of the story's own terms ("Microsoft", "January", "blog" in two reports of the January post).
    const related = similarity >= RARE_RELATED_SIMILARITY && (sharedRareTerms(here.vector, there.vector, here.weights) >= 2 || sharedSubjectTerms(here, there) >= SUBJECT_RELATED_TERMS || actorsRun(here, there));
    return related ? { relation: 'related', score: round(similarity), differences: [] } : null;
  }
  const score = round(similarity);
  if (!compatibleSpeakers(here.claim.speaker, there.claim.speaker)) return { relation: 'related', score, differences: [] };
  // A denial and an assertion of the same words are not the same claim.
  if (oppositePolarity(here.claim.normalized, here.claim.terms, there.claim.normalized, there.claim.terms, sharedEntities(here, there))) return { relation: 'related', score, differences: [] };
  // The same figure for the same thing is the same fact, even in otherwise different sentences.
  const sameFigure = here.claim.numbers.some((a) => there.claim.numbers.some((b) => a.unit !== null && sameUnit(a, b) && sameValue(a, b)));
  // Sharing only a name ("copies of The New York Times" / "first reported by The New York Times") is sharing a
  // subject, not a fact: an agreement needs words of what is said beside the names.
  const saysSame = similarity >= AGREE_SIMILARITY && sharedPredicateTerms(here, there) >= 1;
  return { relation: saysSame || sameFigure ? 'agree' : 'related', score, differences: [] };
}

/**
 * Whether two sentences share the story's subject: a name both write as one (an actor, a product, a place the
 * story's sources name), or two of the story's own terms (its fingerprint, or terms few of its sentences use). "Her only mistake was ..." shares a word
 * with "That removal 'was a mistake'", not a subject.
 */
function sharesSubject(here: PreparedClaim, there: PreparedClaim): boolean {
  let rare = 0;
  let shared = 0;
  for (const term of here.vector.weights.keys()) {
    if (!there.vector.weights.has(term)) continue;
    shared++;
    if (here.weights.name(term) && here.weights.subject(term) && here.entities.has(term) && there.entities.has(term)) return true;
    if (here.weights.subject(term) && ++rare >= SUBJECT_TERMS) return true;
  }
  // A phrase repeated word for word ("first reported by the New York Times") is specific however common its words;
  // sentences that share no term share no such phrase (its content words are terms of both), and most pairs share none.
  if (shared === 0) return false;
  const theirs = phrasesOf(there);
  for (const phrase of phrasesOf(here)) if (theirs.has(phrase)) return true;
  return false;
}

/**
 * Similarity of two claims: of the whole sentences, or of a clause of one with the other (or its clause), a
 * little discounted, when one sentence carries the other's claim among others.
 */
function claimSimilarity(here: PreparedClaim, there: PreparedClaim): number {
  let best = sentenceSimilarity(here.vector, there.vector);
  // Clauses share only what their sentences share.
  if (best === 0) return 0;
  const a = here.clauses.length > 0 ? here.clauses : [here.vector];
  const b = there.clauses.length > 0 ? there.clauses : [there.vector];
  if (a.length > 1 || b.length > 1) for (const x of a) for (const y of b) best = Math.max(best, CLAUSE_DISCOUNT * sentenceSimilarity(x, y));
  // Only sentences already on a common subject are worth the search for a run.
  return best >= AGREE_SIMILARITY || best < RARE_RELATED_SIMILARITY ? best : Math.max(best, runSimilarity(here, there));
}

/** Whether two sentences share, in order and close together, a run of RELATED_RUN_TERMS terms naming two of the story's actors. */
function actorsRun(here: PreparedClaim, there: PreparedClaim): boolean {
  if (sharedTermCount(here, there) < RELATED_RUN_TERMS) return false;
  const run = runOf(here, there);
  return run !== null && run.length >= RELATED_RUN_TERMS && run.terms.filter((t) => here.weights.name(t) && here.weights.subject(t)).length >= SAME_ACTORS;
}

// The run of the pair compared last: the similarity and the relatedness tests of one comparison both ask for it.
let lastRun: { here: PreparedClaim; there: PreparedClaim; run: SharedRun | null } | null = null;

/** The shared run of two claims, found once per comparison. */
function runOf(here: PreparedClaim, there: PreparedClaim): SharedRun | null {
  if (lastRun?.here !== here || lastRun.there !== there) {
    // A "sentence" of hundreds of terms is a page without punctuation, not a claim: no run is looked for in it.
    const tooLong = here.sequence.length > MAX_RUN_SEQUENCE || there.sequence.length > MAX_RUN_SEQUENCE;
    lastRun = { here, there, run: tooLong ? null : sharedRun(here.sequence, there.sequence) };
  }
  return lastRun.run;
}


/**
 * Similarity of the stretches of two sentences that hold the longest run of terms they share in order: a claim
 * carried in a part of a long sentence that no comma or conjunction sets off.
 */
function runSimilarity(here: PreparedClaim, there: PreparedClaim): number {
  if (sharedTermCount(here, there) < MIN_RUN_TERMS) return 0;
  const run = runOf(here, there);
  if (!run || run.length < MIN_RUN_TERMS) return 0;
  const stretch = here.sequence.slice(run.here[0], run.here[1] + 1);
  // A claim says what an actor did: a run without one of the story's names is a shared noun phrase ("the
  // separation of children from their families at the border") that different claims contain; a run of little but
  // names ("Microsoft CEO Satya Nadella ... employees") says who, not what.
  if (!stretch.some((term) => here.weights.name(term) && here.weights.subject(term))) return 0;
  if (run.terms.filter((term) => !here.entities.has(term) && !there.entities.has(term)).length < MIN_RUN_PREDICATE_TERMS) return 0;
  // A run denied on one side only ("its work with ICE does not involve ..." / "its work with ICE involves ...") is
  // the same words saying opposite things. Where a negation's reach ends is rough, so both sides negating some of
  // the run is the same polarity.
  const deniedHere = run.terms.some((term) => negatedOf(here).has(term));
  const deniedThere = run.terms.some((term) => negatedOf(there).has(term));
  if (deniedHere !== deniedThere) return 0;
  const a = vectorOf(stretch, here.weights);
  const b = vectorOf(there.sequence.slice(run.there[0], run.there[1] + 1), here.weights);
  return CLAUSE_DISCOUNT * sentenceSimilarity(a, b);
}

const negatedCache = new WeakMap<PreparedClaim, ReadonlySet<string>>();

/** The terms a claim negates (core/match/polarity.ts), read once per claim. */
function negatedOf(claim: PreparedClaim): ReadonlySet<string> {
  let out = negatedCache.get(claim);
  if (!out) {
    out = negatedTerms(claim.claim.normalized);
    negatedCache.set(claim, out);
  }
  return out;
}

/** How many of the story's own terms (names, fingerprint, rare terms) two sentences share. */
function sharedSubjectTerms(here: PreparedClaim, there: PreparedClaim): number {
  return sharedTermCount(here, there, (term) => here.weights.subject(term));
}

/** How many terms two sentences share that neither writes as a name: what they say, beside whom it is about. */
function sharedPredicateTerms(here: PreparedClaim, there: PreparedClaim): number {
  return sharedTermCount(here, there, (term) => !here.entities.has(term) && !there.entities.has(term));
}

/** The names (as terms) both sentences write as names. */
function sharedEntities(a: PreparedClaim, b: PreparedClaim): Set<string> {
  const out = new Set<string>();
  for (const term of a.entities) if (b.entities.has(term)) out.add(term);
  return out;
}

/** How many of the story's names both sentences use (as names, or through "the agency" and the like). */
function sharedNames(a: PreparedClaim, b: PreparedClaim): number {
  let n = 0;
  for (const term of a.entities) if (b.entities.has(term) && a.weights.name(term) && a.weights.subject(term)) n++;
  return n;
}

// Phrases are read when first needed: most pairs of sentences are settled before.
const phraseCache = new WeakMap<PreparedClaim, ReadonlySet<string>>();

/** A claim's runs of PHRASE_WORDS words that hold at least two content words, joined: phrases shared word for word. */
function phrasesOf(claim: PreparedClaim): ReadonlySet<string> {
  let out = phraseCache.get(claim) as Set<string> | undefined;
  if (out) return out;
  out = new Set<string>();
  const words = claim.words;
  for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
    let content = 0;
    for (let k = i; k < i + PHRASE_WORDS; k++) if (!STOPWORDS.has(words[k]!)) content++;
    if (content >= 2) out.add(words.slice(i, i + PHRASE_WORDS).join(' '));
  }
  phraseCache.set(claim, out);
  return out;
}

/** Whether the claims quote the same words, and how faithfully. */
function compareQuotes(here: PreparedClaim, there: PreparedClaim, similarity: number): Comparison | null {
  let best: { share: number; score: number; verbatim: boolean; i: number; j: number } | null = null;
  here.quoteWords.forEach((a, i) => {
    there.quoteWords.forEach((b, j) => {
      const shorter = Math.min(a.length, b.length);
      if (shorter === 0) return;
      // Shared words bound the common subsequence from above: skip the diff when it cannot reach the share.
      if (sharedWordCount(a, there.quoteWordSets[j]!) < SAME_QUOTE_SHARE * shorter) return;
      const common = commonWords(a, b);
      const share = common / shorter;
      // A one- or two-word quote ("dismayed") is the same quote only if it stands in the other quote as a run,
      // from the same speaker, in sentences that otherwise agree: the word alone proves nothing.
      if (shorter < 3) {
        const run = containsRun(a.length <= b.length ? b : a, a.length <= b.length ? a : b);
        const sameSpeaker = sameSource(here, here.claim.quotes[i]!.speaker, there, there.claim.quotes[j]!.speaker);
        if (!run || similarity < (sameSpeaker ? SHORT_QUOTE_SAME_SPEAKER : RELATED_SIMILARITY)) return;
      }
      if (share < SAME_QUOTE_SHARE) return;
      const score = common / Math.max(a.length, b.length);
      // Verbatim: one quotation is the other, or a run of it; dropped or changed words make a variant.
      const verbatim = a.length <= b.length ? containsRun(b, a) : containsRun(a, b);
      if (!best || score > best.score) best = { share, score, verbatim, i, j };
    });
  });
  if (!best) return quotedInSentence(here, there, similarity);
  const { score, verbatim, i, j } = best as { score: number; verbatim: boolean; i: number; j: number };
  const a = here.claim.quotes[i]!;
  const b = there.claim.quotes[j]!;
  const overall = round(Math.max(similarity, score));
  if (!compatibleSpeakers(a.speaker, b.speaker)) {
    // The same quotation given to two different people: one report has the speaker wrong.
    if (differentNamedPersons(a.speaker, b.speaker)) return { relation: 'conflict', score: overall, differences: [{ kind: 'speaker', here: a.speaker!.name, there: b.speaker!.name }] };
    // The same words from someone else are a different claim.
    return similarity >= RELATED_SIMILARITY || score >= 0.5 ? { relation: 'related', score: overall, differences: [] } : null;
  }
  if (verbatim) return { relation: 'agree', score: overall, differences: [] };
  return { relation: 'quote-variant', score: overall, differences: [quoteDifference(a.text, b.text)] };
}

/**
 * Where two versions of a quotation differ, with a word of context on each side: "technologies that
 * Microsoft" against "technologies Microsoft". A side that lacks words shows the context alone.
 */
function quoteDifference(here: string, there: string): Difference {
  const ops = wordDiff(here, there);
  const parts: Array<{ here: string; there: string }> = [];
  ops.forEach((op, i) => {
    if (op.op === 'equal') return;
    const before = ops[i - 1]?.op === 'equal' ? lastWord(ops[i - 1]!.text) : '';
    const afterOp = ops.slice(i + 1).find((o) => o.op === 'equal');
    const after = afterOp && ops.slice(i + 1, ops.indexOf(afterOp)).every((o) => o.op !== 'equal') ? firstWord(afterOp.text) : '';
    const last = parts[parts.length - 1];
    if (op.op === 'insert' && last && ops[i - 1]?.op === 'delete') last.there = `${before}${op.text}${after}`.trim();
    else parts.push(op.op === 'delete' ? { here: `${before}${op.text}${after}`.trim(), there: `${before}${after}`.trim() } : { here: `${before}${after}`.trim(), there: `${before}${op.text}${after}`.trim() });
  });
  return { kind: 'quote', here: parts.map((p) => p.here).join(' … ') || here, there: parts.map((p) => p.there).join(' … ') || there };
}

function lastWord(text: string): string {
  return /(\S+\s*)$/.exec(text)?.[1] ?? '';
}

function firstWord(text: string): string {
  return /^(\s*\S+)/.exec(text)?.[1] ?? '';
}

/** A quotation of one claim that the other repeats word for word without quote marks ("does not go far enough"). */
function quotedInSentence(here: PreparedClaim, there: PreparedClaim, similarity: number): Comparison | null {
  if (similarity < RELATED_SIMILARITY / 2) return null;
  if (!repeatsAQuote(here, there, similarity) && !repeatsAQuote(there, here, similarity)) return null;
  // "Did not say whether it would cancel the contract" repeats the demand's words without agreeing with it.
  if (oppositePolarity(here.claim.normalized, here.claim.terms, there.claim.normalized, there.claim.terms, sharedEntities(here, there))) return { relation: 'related', score: round(similarity), differences: [] };
  return { relation: 'agree', score: round(Math.max(similarity, 0.6)), differences: [] };
}

/** Whether one claim's sentence repeats a quotation of the other, from a speaker it may be attributed to. */
function repeatsAQuote(from: PreparedClaim, into: PreparedClaim, similarity: number): boolean {
  for (let i = 0; i < from.quoteWords.length; i++) {
    if (repeatsQuote(from, into, i, similarity) && compatibleSpeakers(from.claim.quotes[i]!.speaker, into.claim.speaker)) return true;
  }
  return false;
}

/**
 * Whether a sentence repeats a claim's i-th quotation: word for word ("does not go far enough"), or the quote's
 * content terms side by side ("cancel its contracts" in "asking the company to cancel a contract").
 */
function repeatsQuote(from: PreparedClaim, into: PreparedClaim, i: number, similarity: number): boolean {
  const words = from.quoteWords[i]!;
  if (words.length >= 3 && containsRun(into.words, words)) return true;
  const terms = from.quoteTerms[i]!;
  // A one-word quote proves something only as one of the story's own words, or between sentences about the same
  // actors: a common word ("mistake") alone proves nothing.
  const specific = terms.length === 1 && (from.weights.subject(terms[0]!) || sharedNames(from, into) >= SAME_ACTORS);
  const enough = terms.length >= 2 || (specific && similarity >= ONE_WORD_QUOTE_SIMILARITY && into.claim.quotes.length === 0);
  return enough && terms.length <= 4 && containsRun(into.claim.terms, terms);
}

/**
 * Whether two quotes come from the same, named source: the same speaker, or one side names no speaker but its
 * sentence names the other side's ("Microsoft, an ICE Tech Partner, 'Dismayed' by ...").
 */
function sameSource(a: PreparedClaim, as: Speaker | null, b: PreparedClaim, bs: Speaker | null): boolean {
  // "The company wrote" and "Microsoft wrote": a generic organization noun stands for the named organization.
  if (as && bs) return as.key === bs.key || (as.kind === 'organization' && bs.kind === 'organization' && compatibleSpeakers(as, bs));
  const named = as ?? bs;
  const other = as ? b : a;
  return named !== null && other.entities.has(termOf(named.key));
}

function sharedWordCount(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** Numbers that count the same thing (same unit, same words around them) but differ. */
function numberDifferences(here: PreparedClaim, there: PreparedClaim): Difference[] {
  const out: Difference[] = [];
  here.claim.numbers.forEach((a, i) => {
    const counterparts = there.claim.numbers.filter(
      (b, j) => sameCountedThing(a, here.numberContexts[i]!, b, there.numberContexts[j]!) && sameMagnitude(a, b) && sameOwner(here, i, there, j),
    );
    if (counterparts.length === 0 || counterparts.some((b) => sameValue(a, b))) return;
    out.push({ kind: 'number', here: a.text, there: counterparts.map((b) => b.text).join(', ') });
  });
  return out;
}

/** Whether the claims give a consistent figure for the same counted thing (same unit, same words around it). */
function sameQuantityAgrees(here: PreparedClaim, there: PreparedClaim, similarity: number): boolean {
  return here.claim.numbers.some((a, i) =>
    there.claim.numbers.some(
      (b, j) =>
        sameValue(a, b) &&
        sameCountedThing(a, here.numberContexts[i]!, b, there.numberContexts[j]!) &&
        sameOwner(here, i, there, j) &&
        // Figures that name the same owner ("650 Salesforce employees" / "Hundreds of Salesforce employees") are
        // one count however the rest is worded; otherwise the sentences must share more.
        (similarity >= SAME_FIGURE_SIMILARITY || sharesOwner(here, i, there, j)),
    ),
  );
}

/** Whether both figures name the same owner next to them. */
function sharesOwner(here: PreparedClaim, i: number, there: PreparedClaim, j: number): boolean {
  for (const name of here.numberOwners[i]!) if (there.numberOwners[j]!.has(name)) return true;
  return false;
}

/**
 * Whether two figures are close enough to be two reports of one figure. Reporters misread a digit or round,
 * they do not write $10 billion for $19.4 million: figures that far apart count different things.
 */
function sameMagnitude(a: NumberMention, b: NumberMention): boolean {
  const [low, high] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
  return low > 0 && high / low < SAME_FIGURE_MAX_RATIO;
}

/**
 * Whether two figures can be of the same owner: a name next to one of them that neither the other sentence nor
 * any source of the story uses makes it another company's figure ("employees at Salesforce" against "the
 * company's staff" in a Microsoft story; "Palantir ... has over $150 million in contracts" against "$19.4 million").
 */
function sameOwner(here: PreparedClaim, i: number, there: PreparedClaim, j: number): boolean {
  for (const name of here.numberOwners[i]!) if (isForeignOwner(name, there)) return false;
  for (const name of there.numberOwners[j]!) if (isForeignOwner(name, here)) return false;
  return true;
}

/** A name next to a figure that the other sentence does not use and the story's sources never do. */
function isForeignOwner(name: string, other: PreparedClaim): boolean {
  return !other.vector.weights.has(name) && !other.entities.has(name) && !other.weights.seen(name);
}

/** The content terms next to a number (its unit included, figures left out): what is counted, and doing what. */
function numberContext(sentence: string, n: NumberMention): Set<string> {
  const before = contentTerms(sentence.slice(0, n.start)).filter((t) => !/\d/.test(t));
  const after = contentTerms(sentence.slice(n.end)).filter((t) => !/\d/.test(t));
  const context = new Set([...before.slice(-NUMBER_CONTEXT_WORDS), ...after.slice(0, NUMBER_CONTEXT_WORDS)]);
  if (n.unit) context.add(n.unit);
  // The names inside the figure say whose it is: "650 Salesforce employees".
  for (const term of contentTerms(sentence.slice(n.start, n.end))) if (!/\d/.test(term)) context.add(term);
  return context;
}


/**
 * Whether two figures count the same thing: the same unit, and the words around them agree — by share, or, for
 * counts of people, by two shared terms, as "more than 100 employees have sent a letter" and "a petition signed by more than 150
 * employees" share the unit and the letter however differently the rest is worded.
 */
function sameCountedThing(a: NumberMention, ca: ReadonlySet<string>, b: NumberMention, cb: ReadonlySet<string>): boolean {
  if (!sameUnit(a, b)) return false;
  let shared = 0;
  for (const x of ca) if (cb.has(x)) shared++;
  // A story's group of people (the signers, the staff) is counted under many verbs and nouns; sums of money and
  // spans of time belong to particular deals and events, so they need more of their context in common.
  const loose = PEOPLE_TERMS.has(a.unit ?? '') && PEOPLE_TERMS.has(b.unit ?? '');
  return (loose && shared >= SAME_COUNT_SHARED) || shared / Math.max(1, Math.min(ca.size, cb.size)) >= SAME_COUNT_CONTEXT;
}

/**
 * Two accounts of what the same engagement covers ("email, calendar and document systems" against "data
 * processing and machine learning"): both sentences list a scope, name the same parties, and share no item.
 */
function scopeDifference(here: PreparedClaim, there: PreparedClaim): Difference | null {
  if (!here.scope || !there.scope || !scopesDiffer(here.scope, there.scope)) return null;
  let shared = 0;
  for (const name of here.entities) if (there.entities.has(name)) shared++;
  return shared >= SCOPE_SHARED_NAMES ? { kind: 'scope', here: here.scope.text, there: there.scope.text } : null;
}

/** Items two scopes must share (as terms) to describe the same engagement in other words. */
const SAME_SCOPE_ITEMS = 2;

/**
 * Two accounts of what the same engagement covers that list the same things in other words ("mail, calendar,
 * messaging and document management" / "email, calendar and document systems"): both list a scope, name the same
 * parties, and share at least SAME_SCOPE_ITEMS of the listed words.
 */
function sameScope(here: PreparedClaim, there: PreparedClaim): boolean {
  if (!here.scope || !there.scope || sharedEntities(here, there).size < SCOPE_SHARED_NAMES) return false;
  return sharedScopeTerms(here.scope, there.scope) >= SAME_SCOPE_ITEMS;
}

function entitiesOf(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?<=^|[\s"'(])[A-Z][\w-]+/g)) {
    const word = m[0].toLowerCase().replace(/'s$/, '');
    // A capitalized function word opens the sentence; it is not a name.
    if (m.index > 1 || !STOPWORDS.has(word)) out.add(termOf(word));
  }
  return out;
}

function sameUnit(a: NumberMention, b: NumberMention): boolean {
  if (a.unit === null || b.unit === null) return false;
  return a.unit === b.unit || (PEOPLE_TERMS.has(a.unit) && PEOPLE_TERMS.has(b.unit));
}

function sameValue(a: NumberMention, b: NumberMention): boolean {
  return consistentFigures(a, b);
}

/**
 * Two lists of names for the same thing that do not name the same ones. Only lists that each claim to be whole
 * can disagree (`complete`): "including Facebook and Google" and "like Apple, Facebook, YouTube" are examples,
 * not rosters.
 */
function nameDifference(here: NameList | null, there: NameList | null): { difference: Difference; complete: boolean } | null {
  if (!here || !there || here.items.length < 2 || there.items.length < 2) return null;
  const a = new Set(here.items.map((s) => s.toLowerCase()));
  const b = new Set(there.items.map((s) => s.toLowerCase()));
  const shared = [...a].filter((x) => b.has(x)).length;
  if (shared === a.size && shared === b.size) return null;
  // Lists with nothing in common are about different things, not a disagreement about the same list.
  if (shared === 0) return null;
  // Example lists that share a member are on the same subject; they disagree only if both claim to be whole.
  const complete = here.complete && there.complete;
  return { complete, difference: { kind: 'name', here: here.items.join(', '), there: there.items.join(', ') } };
}
