import type { NumberMention } from '../claims/numbers.ts';
import { sameConcept, wholeConcept, type Quantity } from '../claims/quantity.ts';
import { PEOPLE_UNITS } from '../text/lexicon.ts';
import { termOf } from '../text/tokens.ts';
import type { Difference } from '../result.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { consistentFigures, rangeOf } from './quantity-range.ts';

/**
 * Whether two sentences give figures for the same quantity, and whether those can both be true. Two readings of
 * "the same quantity": the words around the figures (unit and context, the older reading, kept as its own signal)
 * and the quantity's concept (core/claims/quantity.ts: "death toll ... 71" and "killed at least 85 people").
 */

/** Share of the words around two numbers that must agree for them to count the same thing. */
export const SAME_COUNT_CONTEXT = 0.35;
/** Context terms two figures must share (the unit among them) to count the same thing. */
const SAME_COUNT_SHARED = 2;
/** Two reports of one figure are within this factor of each other. */
const SAME_FIGURE_MAX_RATIO = 10;
/** Concepts too loose to disagree on: a day of the month, a bare percentage, a span of time, a bare count of people. */
const LOOSE_CONCEPTS = new Set(['date', 'percent', 'duration', 'people']);

const PEOPLE_TERMS = new Set([...PEOPLE_UNITS].map((w) => termOf(w)));

/** Numbers that count the same thing by their context (same unit, same words around them) but differ. */
export function contextFigureDifferences(here: PreparedClaim, there: PreparedClaim): Difference[] {
  const out: Difference[] = [];
  here.claim.numbers.forEach((a, i) => {
    const counterparts = there.claim.numbers.filter(
      (b, j) => sameCountedThing(a, here.numberContexts[i]!, b, there.numberContexts[j]!) && sameMagnitude(a.value, b.value) && sameOwner(here, i, there, j) && sameShare(here, a, there, b),
    );
    if (counterparts.length === 0 || counterparts.some((b) => consistentFigures(a, b))) return;
    out.push({ kind: 'number', here: a.text, there: counterparts.map((b) => b.text).join(', ') });
  });
  return out;
}

/** Whether two figures are both whole counts, or both the same share of one (`shareOfCount`: "eight more bodies"). */
function sameShare(here: PreparedClaim, a: NumberMention, there: PreparedClaim, b: NumberMention): boolean {
  const mark = (claim: PreparedClaim, n: NumberMention) => {
    const concept = claim.quantities.find((q) => q.mention === n)?.concept;
    return concept === undefined ? '' : concept.slice(wholeConcept(concept).length);
  };
  return mark(here, a) === mark(there, b);
}

/** Whether the claims give a consistent figure for the same thing by its context, with enough else in common. */
export function contextFiguresAgree(here: PreparedClaim, there: PreparedClaim): boolean {
  return here.claim.numbers.some((a, i) =>
    there.claim.numbers.some(
      (b, j) => consistentFigures(a, b) && sameCountedThing(a, here.numberContexts[i]!, b, there.numberContexts[j]!) && sameOwner(here, i, there, j),
    ),
  );
}

/**
 * Quantities of one concept whose values cannot both be true, with what each side says. A sentence that gives a
 * consistent value for the concept anywhere ("13,972 residences, 528 commercial buildings" / "nearly 14,000
 * homes") agrees on it; vague counts on both sides ("dozens" / "hundreds of people") do not disagree.
 */
export function quantityDifferences(here: PreparedClaim, there: PreparedClaim): Difference[] {
  const out: Difference[] = [];
  for (const a of here.quantities) {
    if (!a.mention || LOOSE_CONCEPTS.has(a.concept)) continue;
    const counterparts = there.quantities.filter((b) => comparable(here, a, there, b));
    if (counterparts.length === 0 || counterparts.every((b) => vague(a) && vague(b))) continue;
    const agreed = here.quantities.some((x) => there.quantities.some((b) => sameConcept(x.concept, a.concept) && sameConcept(b.concept, a.concept) && quantitiesConsistent(x, b)));
    if (agreed) continue;
    const written = counterparts.filter((b) => b.mention).map((b) => b.mention!.text);
    if (written.length > 0) out.push({ kind: 'number', here: a.mention.text, there: written.join(', ') });
  }
  return out;
}

/** Whether the claims give consistent values for a quantity of one concept. */
export function quantitiesAgree(here: PreparedClaim, there: PreparedClaim): boolean {
  return here.quantities.some((a) => there.quantities.some((b) => comparable(here, a, there, b) && quantitiesConsistent(a, b)));
}

/** The concepts of a claim's quantities that two claims may be compared on (`shareAQuantity`). */
export function comparedConcepts(claim: PreparedClaim): string[] {
  return claim.quantities.filter((q) => !LOOSE_CONCEPTS.has(q.concept)).map((q) => q.concept);
}

/** Whether both claims give a figure of one concept (agreeing or not). */
export function shareAQuantity(here: PreparedClaim, there: PreparedClaim): boolean {
  return here.quantities.some((a) => !LOOSE_CONCEPTS.has(a.concept) && there.quantities.some((b) => sameConcept(a.concept, b.concept)));
}

/**
 * Two figures that may report one quantity: the same concept, the same order of magnitude (or both shares of a
 * whole), the same owner.
 */
function comparable(here: PreparedClaim, a: Quantity, there: PreparedClaim, b: Quantity): boolean {
  return sameConcept(a.concept, b.concept) && (bothShares(a, b) || sameMagnitude(a.value, b.value)) && ownersAgree(here, a, there, b);
}

/**
 * Whether two figures are both shares of a whole (percentages). A share moves across its whole scale as an event
 * goes on ("5 percent contained" on the first day, "100% contained" at the end): no order of magnitude tells two
 * readings of one share from two different things, the concept does.
 */
function bothShares(a: Quantity, b: Quantity): boolean {
  return a.mention?.unit === 'percent' && b.mention?.unit === 'percent';
}

function vague(q: Quantity): boolean {
  return q.mention?.qualifier === 'many';
}

/** Whether two quantities of one concept can both be true, given how each figure is hedged and rounded. */
export function quantitiesConsistent(a: Quantity, b: Quantity): boolean {
  const ra = scaledRange(a);
  const rb = scaledRange(b);
  const slack = 1e-9 * Math.max(a.value, b.value);
  return ra.low <= rb.high + slack && rb.low <= ra.high + slack;
}

function scaledRange(q: Quantity): { low: number; high: number } {
  if (!q.mention) return { low: q.value, high: q.value };
  const factor = q.mention.value === 0 ? 1 : q.value / q.mention.value;
  const r = rangeOf(q.mention);
  // A written figure stands for values within half its last digit, not up to the next figure's edge: "7.4" and
  // "7.5" are two readings.
  const edge = q.mention.qualifier === 'exactly' ? q.mention.precision * 1e-3 : 0;
  return { low: (r.low + edge) * factor, high: (r.high - edge) * factor };
}

function ownersAgree(here: PreparedClaim, a: Quantity, there: PreparedClaim, b: Quantity): boolean {
  const i = a.mention ? here.claim.numbers.indexOf(a.mention) : -1;
  const j = b.mention ? there.claim.numbers.indexOf(b.mention) : -1;
  return i < 0 || j < 0 || sameOwner(here, i, there, j);
}

/**
 * Whether two figures are close enough to be two reports of one figure. Reporters misread a digit or round,
 * they do not write $10 billion for $19.4 million: figures that far apart count different things.
 */
function sameMagnitude(a: number, b: number): boolean {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return low > 0 && high / low < SAME_FIGURE_MAX_RATIO;
}

/**
 * Whether two figures can be of the same owner: a name next to one of them that neither the other sentence nor
 * any source of the story uses makes it another company's figure ("employees at Salesforce" against "the
 * company's staff" in a Microsoft story).
 */
function sameOwner(here: PreparedClaim, i: number, there: PreparedClaim, j: number): boolean {
  for (const name of here.numberOwners[i]!) if (isForeignOwner(name, there)) return false;
  for (const name of there.numberOwners[j]!) if (isForeignOwner(name, here)) return false;
  return true;
}

function isForeignOwner(name: string, other: PreparedClaim): boolean {
  return !other.vector.weights.has(name) && !other.entities.has(name) && !other.weights.seen(name);
}

/**
 * Whether two figures count the same thing by their words: the same unit, and the words around them agree — by
 * share, or, for counts of people, by two shared terms.
 */
function sameCountedThing(a: NumberMention, ca: ReadonlySet<string>, b: NumberMention, cb: ReadonlySet<string>): boolean {
  if (!sameUnit(a, b)) return false;
  let shared = 0;
  for (const x of ca) if (cb.has(x)) shared++;
  // A story's group of people is counted under many verbs and nouns; sums of money and spans of time belong to
  // particular deals and events, so they need more of their context in common.
  const loose = PEOPLE_TERMS.has(a.unit ?? '') && PEOPLE_TERMS.has(b.unit ?? '');
  return (loose && shared >= SAME_COUNT_SHARED) || shared / Math.max(1, Math.min(ca.size, cb.size)) >= SAME_COUNT_CONTEXT;
}

function sameUnit(a: NumberMention, b: NumberMention): boolean {
  if (a.unit === null || b.unit === null) return false;
  return a.unit === b.unit || (PEOPLE_TERMS.has(a.unit) && PEOPLE_TERMS.has(b.unit));
}
