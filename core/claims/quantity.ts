import { CONCEPT_BARRIERS, PEOPLE_CONCEPTS, QUANTITY_CONCEPTS, UNIT_FACTORS } from './data/quantity-words.ts';
import { MONTHS } from '../text/calendar.ts';
import type { NumberMention } from './numbers.ts';

/**
 * A figure read as a quantity: what it counts (its concept) and its value in one base unit. News reports one
 * quantity in many words — "the death toll rose to 71", "killed at least 85 people", "nine people killed" — and
 * in several units — "6 km (3.7 miles)", "146,000 acres". Two figures are comparable when their concepts are the
 * same; a tally ("432 votes to 202", "2-0") also implies its margin ("a majority of 230").
 */
export interface Quantity {
  /** What is counted: a key of QUANTITY_CONCEPTS, `money:<currency>`, `percent`, `date`, `tally` (a bare score,
   *  `bareTallies`), or the counted noun's term; marked `:more`, `:part` or `:was` when the figure is an increase of
   *  it, a part of it or its earlier value (`shareOfCount`). */
  readonly concept: string;
  /** The value in the concept's base unit. */
  readonly value: number;
  /** The figure as written; null for a value implied by a tally (its margin). */
  readonly mention: NumberMention | null;
}

/** Words before a figure searched for what it counts ("the death toll from the quake and tsunami has soared to 832"). */
export const CONCEPT_WORDS_BEFORE = 12;
/** Words after a figure searched for what it counts, within its clause ("130 people who are unaccounted for"). */
export const CONCEPT_WORDS_AFTER = 6;

const conceptOfWord = new Map<string, string>();
for (const [concept, list] of Object.entries(QUANTITY_CONCEPTS)) for (const word of list) conceptOfWord.set(word, concept);
const MONTH_WORDS = new Set(MONTHS.map((m) => m.toLowerCase()));
const WORD = /[A-Za-z][A-Za-z'-]*|\d[\d,.]*|[;:()—–,]/g;

/** The quantities of a sentence's figures (years and unreadable figures left out). */
export function readQuantities(sentence: string, numbers: readonly NumberMention[]): Quantity[] {
  const out: Quantity[] = [];
  numbers.forEach((n, i) => {
    // The second figure of a tally counts what the first does: "432 votes to 202".
    const previous = out.find((q) => q.mention === numbers[i - 1]);
    const tallied = previous && isTally(sentence, numbers[i - 1]!, n) ? previous.concept : null;
    // A bare figure later in a sentence counts what the figure before it counts: "eight more fatalities ...,
    // bringing the total to 56".
    const inherited = !n.unit && previous && previous.concept !== 'date' && RUNNING_TO.test(sentence.slice(0, n.start)) ? wholeConcept(previous.concept) : null;
    const concept = tallied ?? conceptOf(sentence, n) ?? inherited;
    if (concept) out.push({ concept: concept + shareOfCount(sentence, n, concept), value: baseValue(sentence, n), mention: n });
  });
  return [...out, ...tallyMargins(sentence, numbers, out), ...bareTallies(sentence)];
}

// "2-0", "a 2-0 win", "1–2": two counts of up to three digits joined by a dash, not part of a longer run ("4-3-3",
// "2018-19") nor of a compound ("34-year-old").
const BARE_TALLY = /(?<![\w.,–-])(\d{1,3})[-–](\d{1,3})(?![\w.,–-]*\d)(?![-–]?[A-Za-z])/g;

/**
 * The tallies of a sentence written as two bare counts joined by a dash: a match's score ("beat the Netherlands
 * 2-0", "a 2-0 victory", "England 1-2 USA") or a small body's vote ("approved the plan 7-4"). Read as one result,
 * the larger count first whichever side is named first, so that "2-0" and "0-2" are one score. Compared only for
 * agreement (no written figure): a score in play ("made it 1-0") is not a result another report gives otherwise.
 */
function bareTallies(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(BARE_TALLY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    out.push({ concept: 'tally', value: Math.max(a, b) * 1000 + Math.min(a, b) + 1, mention: null });
  }
  return out;
}

/** What a figure counts, or null when nothing near it says. */
export function conceptOf(sentence: string, n: NumberMention): string | null {
  if (n.unit === 'percent') return nearbyConcept(sentence, n) === 'contained' ? 'contained' : 'percent';
  if (n.unit && /^(usd|eur|gbp)$/.test(n.unit)) return `money:${n.unit}`;
  const before = wordsOf(sentence.slice(Math.max(0, n.start - 80), n.start));
  // "June 18" is a day of the month, not a count.
  if (MONTH_WORDS.has(before[before.length - 1]?.toLowerCase() ?? '')) return 'date';
  // "rejected by 230 votes", "won by two goals": a figure after "by" is a margin.
  if (/^by$/i.test(before[before.length - 1] ?? '') && conceptOfWord.get(n.unitText?.toLowerCase() ?? '') === 'votes') return 'margin';
  const unitWord = n.unitText?.toLowerCase() ?? null;
  const fromUnit = unitWord ? conceptOfWord.get(unitWord) : undefined;
  // A count of people says what happened to them nearby ("384 people were confirmed dead").
  if (fromUnit && fromUnit !== 'people') return fromUnit;
  // "two years ago", "died 16 years later", "20 minutes after": a span of time says when, not how many of
  // something, whatever happened near it.
  if (!fromUnit && TIME_UNITS.has(unitWord ?? '')) return 'duration';
  const near = nearbyConcept(sentence, n, fromUnit === 'people');
  return near ?? fromUnit ?? n.unit;
}

/**
 * Whether a figure counts a share of its quantity rather than the whole as it now stands: an increase ("eight more
 * bodies were found", "another 12 deaths"), a part ("five of the victims were found in Ridgeway") or an earlier
 * value ("down from 200"). A running total and the day's increase are two quantities; so are a count and a part
 * of it, or its value then and now. The concept is marked (`deaths:more`, `deaths:part`, `deaths:was`), so that
 * such a figure is compared with its like only.
 */
function shareOfCount(sentence: string, n: NumberMention, concept: string): string {
  if (isEarlierValue(sentence, n)) return ':was';
  if (INCREASE_INSIDE.test(n.text) || INCREASE_BEFORE.test(sentence.slice(Math.max(0, n.start - 20), n.start))) return ':more';
  // "Five of the victims": a part of the counted noun's own quantity; "100 of the company's staff" who signed
  // count signers, not staff.
  if (PART_OF.test(n.text) && conceptOfWord.get(n.unitText?.toLowerCase() ?? '') === concept) return ':part';
  return '';
}

/** A concept without its share mark (`shareOfCount`): "deaths:more" is a count of deaths. */
export const wholeConcept = (concept: string): string => concept.replace(/:(?:more|part|was)$/, '');

/**
 * Whether a figure is the earlier value of a count the sentence gives the latest of: "118 people were still
 * missing, down from more than 200", "raised its offer to 4% from 3.6%", "jumped from 631 to 1,011". It is
 * compared with earlier values only: the latest is what another report's figure is measured against.
 */
function isEarlierValue(sentence: string, n: NumberMention): boolean {
  const before = sentence.slice(Math.max(0, n.start - 40), n.start);
  return DOWN_OR_UP_FROM.test(before) || (/\bfrom\s+$/i.test(before) && (TO_FIGURE_FROM.test(before) || /^\s+to\s/i.test(sentence.slice(n.end))));
}

// "down from 200", "up from 3.5 percent".
const DOWN_OR_UP_FROM = /\b(?:down|up)\s+from\s+$/i;
// "to 4% from": the latest value named just before.
const TO_FIGURE_FROM = /\bto\s+\S+(?:\s+\S+)?\s+from\s+$/i;

// "eight more bodies", "12 new cases", "300 additional troops".
const INCREASE_INSIDE = /\s(?:more|further|additional|extra|new)\s/i;
// "another 12", "a further 300".
const INCREASE_BEFORE = /\b(?:another|a further|an additional|an extra)\s+$/i;
// "five of the victims", "two of them", "three of its staff".
const PART_OF = /\sof\s(?:the|those|them|these|its|their)\b/i;

const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);

/**
 * Whether two concepts are the same quantity. A bare count of people ("three people") is not a death toll: what
 * happened to them must be said on both sides, or neither.
 */
export function sameConcept(a: string, b: string): boolean {
  return a === b;
}

/** The concept of the nearest concept word after a figure (within its clause) or before it. */
function nearbyConcept(sentence: string, n: NumberMention, ofPeople = false): string | null {
  // Of a count of people, only what happened to them: "people" again says nothing new.
  const wanted = (concept: string | undefined) => (concept && (!ofPeople || (concept !== 'people' && PEOPLE_CONCEPTS.has(concept))) ? concept : undefined);
  const after = wordsOf(sentence.slice(n.end, n.end + 80));
  for (const word of after.slice(0, CONCEPT_WORDS_AFTER)) {
    if (isBarrier(word)) break;
    const concept = wanted(conceptOfWord.get(word.toLowerCase()));
    if (concept) return concept;
  }
  const before = wordsOf(sentence.slice(Math.max(0, n.start - 160), n.start)).reverse();
  for (const word of before.slice(0, CONCEPT_WORDS_BEFORE)) {
    if (/^[\d;:()—–]/.test(word)) break;
    const concept = wanted(conceptOfWord.get(word.toLowerCase()));
    if (concept) return concept;
  }
  return null;
}

function isBarrier(word: string): boolean {
  return /^[\d;:()—–]/.test(word) || CONCEPT_BARRIERS.has(word.toLowerCase());
}

function wordsOf(text: string): string[] {
  // A comma after the figure ends its clause; one before it does not ("The death toll, officials said, rose to 71").
  return text.match(WORD) ?? [];
}

/** A figure's value in its concept's base unit: "3.7 miles" in metres, "146,000 acres" in hectares. */
function baseValue(sentence: string, n: NumberMention): number {
  // Short unit words ("80 km") are not read as units by readNumbers: the next word is looked at here.
  const unit = (n.unitText ?? /^\s*([a-z]+)/i.exec(sentence.slice(n.end))?.[1] ?? '').toLowerCase();
  const factor = UNIT_FACTORS[unit];
  return factor ? n.value * factor : n.value;
}

function isTally(sentence: string, a: NumberMention, b: NumberMention): boolean {
  // Two figures each in a unit of its own, and not the same, count two things: "fell 5 percent to $115.42" is a
  // change and the level it reached.
  const twoUnits = a.unit !== null && b.unit !== null && a.unit !== b.unit;
  // "jumped from 631 to 1,011" is a count moving from one value to the next, not a tally.
  const moving = /\bfrom\s+$/i.test(sentence.slice(Math.max(0, a.start - 8), a.start));
  return !twoUnits && !moving && TALLY_JOIN.test(sentence.slice(a.end, b.start));
}

// "bringing the total to", "rose from ... to": a figure a count runs to.
const RUNNING_TO = /\b(?:to|from|reached|reaching|stands? at|stood at)\s+(?:about |nearly |almost |over |more than |at least )?$/i;
// "432 votes to 202", "432-202", "2-0": two figures joined as a tally.
const TALLY_JOIN = /^\s*(?:[a-z]+\s+)?(?:-|–|to)\s*$/i;

/** The margins tallies imply: "432 votes to 202" is a majority of 230. */
function tallyMargins(sentence: string, numbers: readonly NumberMention[], quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    if (!isTally(sentence, a, b)) continue;
    const concept = quantities.find((q) => q.mention === a)?.concept;
    if (concept === 'votes') out.push({ concept: 'margin', value: Math.abs(a.value - b.value), mention: null });
  }
  return out;
}
