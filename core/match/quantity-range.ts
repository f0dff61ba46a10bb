import type { NumberMention } from '../claims/numbers.ts';

/**
 * What values a figure as written allows. News copy rounds and hedges: "$19 million" for $19.4 million, "more
 * than 3,000" for 3,100, "nearly $20 million", "hundreds of employees" for 650. Two reports disagree about a
 * figure only when no value satisfies both.
 */
export interface QuantityRange {
  readonly low: number;
  readonly high: number;
}

/** "More than 100" is said of 100 to about a third more: past that, a writer would give the larger round number. */
export const MORE_THAN_REACH = 1.35;
/** "About" and "nearly" stay within this share of the figure. */
export const ABOUT_SHARE = 0.12;
/** "Fewer than 50" is said of a figure a little below it. */
export const LESS_THAN_REACH = 0.7;
/** A plain figure is taken as rounded by at most half its last digit, and never by more than this share. */
export const ROUNDING_SHARE = 0.05;
/** "Hundreds of" means two hundred to under a thousand: from twice the unit to ten times it. */
export const MANY_LOW = 2;
export const MANY_HIGH = 10;

/** The values a figure allows. */
export function rangeOf(n: NumberMention): QuantityRange {
  const v = n.value;
  switch (n.qualifier) {
    case 'more-than':
    case 'at-least':
      return { low: v, high: v * MORE_THAN_REACH };
    case 'less-than':
      return { low: v * LESS_THAN_REACH, high: v };
    case 'up-to':
      return { low: 0, high: v };
    case 'about':
      return { low: v * (1 - ABOUT_SHARE), high: v * (1 + ABOUT_SHARE) };
    case 'many':
      return { low: v * MANY_LOW, high: v * MANY_HIGH };
    case 'exactly': {
      const tolerance = Math.min(n.precision / 2, v * ROUNDING_SHARE);
      return { low: v - tolerance, high: v + tolerance };
    }
  }
}

/** Whether two figures for the same quantity can both be true. */
export function consistentFigures(a: NumberMention, b: NumberMention): boolean {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  // A hair of slack for floating point: "19.4" and "19.40".
  const slack = 1e-9 * Math.max(a.value, b.value);
  return ra.low <= rb.high + slack && rb.low <= ra.high + slack;
}
