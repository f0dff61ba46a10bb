import type { Difference, Relation } from '../result.ts';
import type { PairSignals } from './pair-signals.ts';
import { aloneContext, type PairContext } from './pair-context.ts';
import { quoteDifference, SAME_QUOTE_SHARE } from './quote-match.ts';

/**
 * The one decision: a pair's signals (pair-signals.ts) to a relation and a probability, by a multinomial logistic
 * model whose weights are learned from labelled pairs (`npm run train`, core/match/data/match-model.json). A
 * relation is only open to the model when its evidence is there: a conflict needs a value the two give
 * differently, a quotation in other words needs two overlapping quotations that differ.
 */

/** What the model decides between; `none` is no match. */
export const DECISIONS = ['none', 'related', 'agree', 'conflict', 'quote-variant'] as const;
/** One of the model's outcomes. */
export type Decision = (typeof DECISIONS)[number];

/** A trained model: one weight per feature and class, and a bias per class. */
export interface MatchModel {
  readonly features: readonly string[];
  readonly classes: readonly Decision[];
  /** weights[class][feature], the bias last. */
  readonly weights: ReadonlyArray<readonly number[]>;
}

const cap = (n: number, top: number) => Math.min(n, top) / top;
const flag = (b: boolean) => (b ? 1 : 0);

/** The features of a pair, by name: the signals scaled to [0, 1], and a few products where one signal qualifies another. */
export function featuresOf(s: PairSignals, context: PairContext = aloneContext(s)): Record<string, number> {
  const best = Math.max(s.similarity, s.clauseSimilarity, s.runSimilarity);
  const quote = s.quote;
  const reworded = quote && !quote.verbatim ? quote.share : 0;
  const conflict = s.quantityDifferences.length > 0 || s.contextFigureDifferences.length > 0;
  return {
    similarity: s.similarity,
    clauseSimilarity: s.clauseSimilarity,
    runSimilarity: s.runSimilarity,
    bestSimilarity: best,
    sharedTerms: cap(s.sharedTerms, 8),
    sharedRare: cap(s.sharedRare, 4),
    sharedSubject: cap(s.sharedSubject, 4),
    sharedNames: cap(s.sharedNames, 3),
    sharedPredicate: cap(s.sharedPredicate, 6),
    subject: flag(s.subject),
    phrase: flag(s.phrase),
    runActors: cap(s.runActors, 3),
    lengthRatio: s.lengthRatio,
    shortSentence: 1 - cap(Math.max(0, s.shorterTerms - 3), 7),
    foreignNames: cap(s.foreignNames, 3),
    quoteShare: quote?.share ?? 0,
    quoteVerbatim: flag(quote?.verbatim === true && !quote.short),
    quoteReworded: reworded,
    quoteShort: flag(quote?.short === true),
    quoteSameSpeaker: flag(quote?.speakers === 'same'),
    quoteOtherSpeaker: flag(quote?.speakers === 'other'),
    quoteSpeakerClash: flag(quote?.speakers === 'different-persons'),
    quoteRepeated: flag(s.quoteRepeated),
    differentQuotes: flag(s.differentQuotes),
    contextFigureConflict: flag(s.contextFigureDifferences.length > 0),
    contextFiguresAgree: flag(s.contextFiguresAgree),
    quantityConflict: flag(s.quantityDifferences.length > 0),
    quantitiesAgree: flag(s.quantitiesAgree),
    sharedQuantity: flag(s.sharedQuantity),
    sameFigure: flag(s.sameFigure),
    speakersCompatible: flag(s.speakersCompatible),
    oppositePolarity: flag(s.oppositePolarity),
    differentDays: flag(s.differentDays),
    verbatimFromAnother: flag(quote?.verbatim === true && (quote.speakers === 'other' || quote.speakers === 'different-persons')),
    scopeConflict: flag(s.scopeDifference !== null),
    momentConflict: flag(s.momentDifference !== null),
    sameScope: flag(s.sameScope),
    nameListConflict: flag(s.nameLists?.complete === true),
    nameListOverlap: flag(s.nameLists !== null && !s.nameLists.complete),
    similarFigureConflict: conflict ? best : 0,
    // A figure given differently, or the same, by two sentences on the story's own subject: a death toll of this
    // fire, not of another one.
    figureConflictOnSubject: flag(conflict && s.sharedSubject > 0),
    figureAgreeOnSubject: flag((s.quantitiesAgree || s.contextFiguresAgree) && s.sharedSubject > 0),
    // A count given on two different days is the same count moving on (a death toll, a tally of signatures), not
    // two events: the days that tell events apart elsewhere say "update" here.
    figureOnAnotherDay: flag(conflict && s.differentDays),
    // A figure given differently where one side tells it as a count that moves ("rose to 63"): an update.
    movingFigureConflict: flag(conflict && s.movingCount),
    // Two sentences alike but set on different days, with no figure between them, tell two events of one kind (a
    // post on Tuesday, another on Sunday): alike in words, related in fact. A figure on two days is a count moving on.
    similarOnAnotherDay: s.differentDays && !conflict ? best : 0,
    similarQuote: (quote?.share ?? 0) * best,
    similarSpeakers: s.speakersCompatible ? best : 0,
    similarDenial: s.oppositePolarity ? best : 0,
    closestHere: flag(context.hereRank === 0),
    closestThere: flag(context.thereRank === 0),
    mutuallyClosest: flag(context.hereRank === 0 && context.thereRank === 0),
    margin: Math.max(0, context.margin),
    behind: Math.max(0, -context.margin),
  };
}

/** The feature names, in the model's order. */
export const FEATURE_NAMES: readonly string[] = Object.keys(featuresOf(emptySignals()));

/** Which outcomes a pair's evidence leaves open (the rest have probability zero). */
export function allowedDecisions(s: PairSignals): Decision[] {
  // Two values for one quantity are never an agreement: a reader is shown the conflict (or nothing).
  const figures = s.quantityDifferences.length > 0 || s.contextFigureDifferences.length > 0 || s.momentDifference !== null;
  const out: Decision[] = figures ? ['none', 'related'] : ['none', 'related', 'agree'];
  if (conflictEvidence(s).length > 0) out.push('conflict');
  if (s.quote && !s.quote.verbatim && s.quote.share >= SAME_QUOTE_SHARE && (s.quote.speakers === 'same' || s.quote.speakers === 'compatible')) out.push('quote-variant');
  return out;
}

/** The values two claims give differently: what a conflict is about. */
export function conflictEvidence(s: PairSignals): Difference[] {
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const d of [...s.quantityDifferences, ...s.contextFigureDifferences]) {
    if (seen.has(d.here)) continue;
    seen.add(d.here);
    out.push(d);
  }
  if (s.scopeDifference) out.push(s.scopeDifference);
  if (s.momentDifference) out.push(s.momentDifference);
  if (s.nameLists?.complete) out.push(s.nameLists.difference);
  const q = s.quote;
  if (q && q.speakers === 'different-persons' && q.share >= SAME_QUOTE_SHARE) out.push({ kind: 'speaker', here: q.here.speaker!.name, there: q.there.speaker!.name });
  return out;
}

/** The model's outcome for a pair: a relation (or none), its probability, the features that weighed most for it. */
export interface Decided {
  readonly decision: Decision;
  readonly probability: number;
  readonly why: readonly string[];
  readonly differences: readonly Difference[];
}

/** The probability of each outcome for a pair (zero for those its evidence does not allow), in the model's order. */
export function probabilitiesOf(s: PairSignals, model: MatchModel, context: PairContext = aloneContext(s)): number[] {
  const x = featureVector(s, context, model);
  const allowed = allowedDecisions(s);
  return softmax(model.classes.map((c, k) => (allowed.includes(c) ? dot(model.weights[k]!, x) : -Infinity)));
}

/** Decides a pair from its signals. */
export function decide(s: PairSignals, model: MatchModel, context: PairContext = aloneContext(s)): Decided {
  const x = featureVector(s, context, model);
  const allowed = allowedDecisions(s);
  const scores = model.classes.map((c, k) => (allowed.includes(c) ? dot(model.weights[k]!, x) : -Infinity));
  const probabilities = softmax(scores);
  const best = chosenClass(model, probabilities);
  const decision = model.classes[best]!;
  const differences = decision === 'conflict' ? conflictEvidence(s) : decision === 'quote-variant' && s.quote ? [quoteDifference(s.quote)] : [];
  return { decision, probability: probabilities[best]!, why: decision === 'none' ? [] : reasons(model, best, x), differences };
}

/**
 * The outcome chosen: no match when that is at least as likely as all the relations together; else the likeliest
 * relation. A pair that is surely the same fact but split between two readings of it (a figure given differently:
 * related or conflict) is a match, not lost to `none` for being split.
 */
function chosenClass(model: MatchModel, probabilities: readonly number[]): number {
  const none = model.classes.indexOf('none');
  let best = -1;
  probabilities.forEach((p, k) => {
    if (k !== none && (best < 0 || p > probabilities[best]!)) best = k;
  });
  if (none >= 0 && (best < 0 || probabilities[none]! >= 0.5)) return none;
  return best;
}

// Whether a model reads the features in the code's order (the committed one does): then they are taken in order,
// without looking each up by name.
const inOrder = new WeakMap<MatchModel, boolean>();

/** The features of a pair in the model's order. */
function featureVector(s: PairSignals, context: PairContext, model: MatchModel): number[] {
  let ordered = inOrder.get(model);
  if (ordered === undefined) inOrder.set(model, (ordered = model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i])));
  const features = featuresOf(s, context);
  return ordered ? Object.values(features) : model.features.map((name) => features[name] ?? 0);
}

/** How many features a decision names as its reasons. */
const REASONS = 3;

/** The features that raised the chosen outcome most over `none`. */
function reasons(model: MatchModel, chosen: number, x: readonly number[]): string[] {
  const none = model.classes.indexOf('none');
  const mine = model.weights[chosen]!;
  const against = none >= 0 ? model.weights[none]! : null;
  // The largest gains, kept in order as they come (a tie keeps the feature listed first): read for every pair
  // that relates, so no list of every feature is built and sorted.
  const names: string[] = [];
  const gains: number[] = [];
  for (let f = 0; f < model.features.length; f++) {
    const gain = (mine[f]! - (against ? against[f]! : 0)) * x[f]!;
    if (!(gain > 0)) continue;
    let at = gains.length;
    while (at > 0 && gains[at - 1]! < gain) at--;
    if (at >= REASONS) continue;
    gains.splice(at, 0, gain);
    names.splice(at, 0, model.features[f]!);
    if (gains.length > REASONS) {
      gains.pop();
      names.pop();
    }
  }
  return names;
}

/** The model's score for one class: weights times features, plus the bias (the last weight). */
export function dot(w: readonly number[], x: readonly number[]): number {
  let sum = w[x.length] ?? 0;
  for (let f = 0; f < x.length; f++) sum += w[f]! * x[f]!;
  return sum;
}

/** Probabilities from scores (-Infinity for a class that is not open). */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((v) => (v === -Infinity ? 0 : Math.exp(v - top)));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Whether a decision is a relation a reader is shown. */
export function relationOf(decision: Decision): Relation | null {
  return decision === 'none' ? null : decision;
}

function emptySignals(): PairSignals {
  return {
    similarity: 0, clauseSimilarity: 0, runSimilarity: 0, sharedTerms: 0, sharedRare: 0, sharedSubject: 0, sharedNames: 0,
    sharedPredicate: 0, subject: false, phrase: false, runActors: 0, foreignNames: 0, lengthRatio: 0, shorterTerms: 0, quote: null, quoteRepeated: false, differentQuotes: false,
    contextFigureDifferences: [], contextFiguresAgree: false, quantityDifferences: [], quantitiesAgree: false, sharedQuantity: false, sameFigure: false, movingCount: false, momentDifference: null,
    speakersCompatible: true, differentDays: false, oppositePolarity: false, scopeDifference: null, sameScope: false, nameLists: null,
  };
}
