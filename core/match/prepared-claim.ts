import type { Claim } from '../claims/claim.ts';
import { clausesOf, leadingPhrase } from '../claims/clauses.ts';
import { claimWords } from '../claims/claim-words.ts';
import { momentsOf } from '../claims/moments.ts';
import { citedNames } from '../claims/cited-names.ts';
import { tellsMovingCount } from '../claims/moving-count.ts';
import { listedNames, type NameList } from '../claims/names.ts';
import type { NumberMention } from '../claims/numbers.ts';
import { readQuantities, type Quantity } from '../claims/quantity.ts';
import { readScope, type Scope } from '../claims/scope.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { WEEKDAY_PATTERN } from '../text/calendar.ts';
import { contentTerms, plainWords, termOf } from '../text/tokens.ts';
import { foldAliases } from './aliases.ts';
import { numberOwners } from './figure-owners.ts';
import { foldNonAnswers } from './non-answers.ts';
import { withoutRecipients } from './recipients.ts';
import { specificFiguresOf } from './same-figure.ts';
import { referredAnchors, referringNouns } from './references.ts';
import { vectorOf, type TermVector, type TermWeights } from './similarity.ts';

/** Content words taken on each side of a number as its context. */
const NUMBER_CONTEXT_WORDS = 4;
/** Claims with fewer content terms are labels or fragments ("Microsoft", a byline): never matched. */
export const MIN_CLAIM_TERMS = 3;

/** A claim prepared for comparisons: vectors, word lists and figures computed once. */
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
  /** Names it cites as where its news comes from ("according to Cal Fire"; core/claims/cited-names.ts), as terms. */
  readonly cited: ReadonlySet<string>;
  /** For each number of the claim, the terms around it: what is being counted and by whom. */
  readonly numberContexts: ReadonlyArray<ReadonlySet<string>>;
  /** For each number of the claim, the names right next to it: whose figure it is ("employees at Salesforce"). */
  readonly numberOwners: ReadonlyArray<ReadonlySet<string>>;
  /** The claim's figures read as quantities: what each counts, in one base unit (core/claims/quantity.ts). */
  readonly quantities: readonly Quantity[];
  /** Vectors of the sentence's clauses, when it has several: a claim another outlet may report on its own. */
  readonly clauses: readonly TermVector[];
  /** The terms of the sentence in order, past its opening setting ("In a January blog post, ..."): where a run of
   *  shared terms is looked for. */
  readonly sequence: readonly string[];
  /** The days of the week the sentence names: when what it tells happened. */
  readonly days: ReadonlySet<string>;
  /** The values of its specific figures (core/match/same-figure.ts). */
  readonly specificFigures: ReadonlySet<number>;
  /** The calendar dates and times of day it gives (core/claims/moments.ts). */
  readonly moments: ReadonlySet<string>;
  /** It tells a figure as the latest of a moving count ("rose to 63"; core/claims/moving-count.ts). */
  readonly movingCount: boolean;
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
  const quoteWords = claim.quotes.map((q) => plainWords(q.text));
  return {
    claim,
    vector: vectorOf(referred.length > 0 ? [...named, ...referred] : named, weights),
    weights,
    words: claimWords(claim),
    quoteWords,
    quoteWordSets: quoteWords.map((words) => new Set(words)),
    quoteTerms: claim.quotes.map((q) => contentTerms(q.text)),
    names: listedNames(text),
    numberContexts: claim.numbers.map((n) => numberContext(claim.normalized, n)),
    numberOwners: claim.numbers.map((n) => numberOwners(claim.normalized, n)),
    quantities: readQuantities(claim.normalized, claim.numbers),
    scope: readScope(text),
    entities,
    cited: citedNames(claim.normalized),
    sequence: named.slice(leadTermCount(text, resolved)),
    clauses: clausesOf(text)
      .map((c) => vectorOf(contentTerms(c), weights))
      .filter((v) => v.weights.size >= MIN_CLAIM_TERMS),
    days: new Set(claim.normalized.match(WEEKDAY_WORD) ?? []),
    specificFigures: specificFiguresOf(claim.numbers),
    moments: new Set(momentsOf(claim.normalized)),
    movingCount: tellsMovingCount(claim.normalized, claim.numbers),
  };
}

const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\b`, 'g');

// A page's claims are prepared once per story, though each of its sources and recognition ask for them.
const preparedCache = new WeakMap<Claim, { weights: TermWeights; prepared: PreparedClaim }>();

/** prepareClaim, once per claim and story weights. */
export function preparedFor(claim: Claim, weights: TermWeights): PreparedClaim {
  const cached = preparedCache.get(claim);
  if (cached?.weights === weights) return cached.prepared;
  const prepared = prepareClaim(claim, weights);
  preparedCache.set(claim, { weights, prepared });
  return prepared;
}

/** How many of a sentence's terms its opening setting or attribution holds. */
function leadTermCount(text: string, resolved: ReadonlySet<string>): number {
  const lead = leadingPhrase(text);
  return lead ? contentTerms(lead).filter((t) => !resolved.has(t)).length : 0;
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

/** The names a sentence writes (capitalized words, the opening function word left out), as terms. */
function entitiesOf(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?<=^|[\s"'(])[A-Z][\w-]+/g)) {
    const word = m[0].toLowerCase().replace(/'s$/, '');
    // A capitalized function word opens the sentence; it is not a name.
    if (m.index > 1 || !STOPWORDS.has(word)) out.add(termOf(word));
  }
  return out;
}
