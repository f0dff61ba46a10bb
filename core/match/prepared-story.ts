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
 * The source's claims that share a term or a fact with a claim, in the source's order: no other can relate to it,
 * and most of a source's sentences share neither with a given sentence of the page. A fact may be written in
 * words that share no term ("at a strong 7.5" / "the 7.5-magnitude earthquake", "Sept. 8" / "September 8").
 */
export function candidatesFor(here: PreparedClaim, source: PreparedSource): PreparedClaim[] {
  const seen = new Uint8Array(source.claims.length);
  const indexes: number[] = [];
  const add = (list: readonly number[] | undefined) => {
    for (const i of list ?? []) {
      if (seen[i]) continue;
      seen[i] = 1;
      indexes.push(i);
    }
  };
  for (const term of here.vector.weights.keys()) add(source.postings.get(term));
  for (const key of factKeys(here)) add(source.facts.get(key));
  return indexes.sort((a, b) => a - b).map((i) => source.claims[i]!);
}

/** The story's common-English terms, less its acronyms: "ICE" the agency is not the common word "ice". */
function commonWordsBut(story: CorpusStory): Set<string> {
  const acronyms = new Set(story.fingerprint.acronyms);
  return new Set(story.commonTerms.filter((t) => !acronyms.has(t)));
}

