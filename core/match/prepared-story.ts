import type { CorpusSource, CorpusStory } from '../corpus/types.ts';
import { storyAliases } from './aliases.ts';
import { factKeys } from './candidate.ts';
import { prepareClaim, type PreparedClaim } from './prepared-claim.ts';
import { storyReferences } from './references.ts';
import { termWeights, type TermWeights } from './similarity.ts';

/** A story's term weights and prepared source claims: computed once, reused for every page. */
export interface PreparedStory {
  readonly weights: TermWeights;
  readonly sources: ReadonlyMap<CorpusSource, PreparedSource>;
}

/** A source's claims prepared for comparison, and which of them use each term. */
export interface PreparedSource {
  readonly claims: readonly PreparedClaim[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Which claims give each fact (`factKeys`): a quantity's concept, a specific figure, a date or time. */
  readonly facts: ReadonlyMap<string, readonly number[]>;
}

const preparedStories = new WeakMap<CorpusStory, PreparedStory>();

/** A story's weights and its sources' prepared claims, computed once per story. */
export function prepareStory(story: CorpusStory): PreparedStory {
  let prepared = preparedStories.get(story);
  if (!prepared) {
    // Weights from the story's own sources: terms all of them use weigh little, a page's unknown words are rare.
    const claimSets = story.sources.map((s) => s.claims);
    const references = storyReferences(claimSets, story.fingerprint.anchors, story.fingerprint.aliases);
    const aliases = storyAliases(story.sources.map((s) => s.text), story.fingerprint.acronyms);
    const weights = termWeights(claimSets, new Set(story.fingerprint.terms.map(([t]) => t)), commonWordsBut(story), references, aliases);
    prepared = { weights, sources: new Map(story.sources.map((s) => [s, prepareSource(s.claims.map((c) => prepareClaim(c, weights)))])) };
    preparedStories.set(story, prepared);
  }
  return prepared;
}

/** A source's prepared claims with their postings by term and by fact. */
export function prepareSource(claims: readonly PreparedClaim[]): PreparedSource {
  const postings = new Map<string, number[]>();
  const facts = new Map<string, number[]>();
  // A claim is listed once per key, though it may give two figures of one concept.
  const post = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  claims.forEach((claim, i) => {
    for (const term of claim.vector.weights.keys()) post(postings, term, i);
    for (const key of factKeys(claim)) post(facts, key, i);
  });
  return { claims, postings, facts };
}

/**
 * The source's claims that may be candidates for a claim (`candidateBasics`), in the source's order: those that
 * share a fact, and those that share two terms, or one when either quotes (a quotation retold may share a single
 * content word). No other can relate to it, and most of a source's sentences share only the story's main name with
 * a given sentence of the page. A fact may be written in words that share no term ("at a strong 7.5" / "the
 * 7.5-magnitude earthquake", "Sept. 8" / "September 8").
 */
export function candidatesFor(here: PreparedClaim, source: PreparedSource): PreparedClaim[] {
  // Terms shared with each source claim, counted up to two; a fact counts as two.
  const hits = new Uint8Array(source.claims.length);
  const quoted = here.claim.quotes.length > 0;
  for (const term of here.vector.weights.keys()) for (const i of source.postings.get(term) ?? []) if (hits[i]! < 2) hits[i]!++;
  for (const key of factKeys(here)) for (const i of source.facts.get(key) ?? []) hits[i] = 2;
  const out: PreparedClaim[] = [];
  for (let i = 0; i < hits.length; i++) {
    const n = hits[i]!;
    if (n === 2 || (n === 1 && (quoted || source.claims[i]!.claim.quotes.length > 0))) out.push(source.claims[i]!);
  }
  return out;
}

/** The story's common-English terms, less its acronyms: "ICE" the agency is not the common word "ice". */
function commonWordsBut(story: CorpusStory): Set<string> {
  const acronyms = new Set(story.fingerprint.acronyms);
  return new Set(story.commonTerms.filter((t) => !acronyms.has(t)));
}

