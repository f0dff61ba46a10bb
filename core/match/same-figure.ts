import type { NumberMention } from '../claims/numbers.ts';
import type { PreparedClaim } from './prepared-claim.ts';

/**
 * Whether two sentences write the same specific figure. Outlets copy a fact's figures from one another and from
 * the same statement: "432 votes to 202" and "the loss – 432-202", "killed at least 384", "6,700 properties" and
 * "6,700 hotels", "home to 350,000". Whatever each calls the counted thing (and whether a concept is known for it),
 * one such figure in both is evidence that they tell one fact. Round figures ("400", "20 seconds", "half a
 * billion") and small whole numbers recur in any two texts: those say nothing. (Years are no figures: core/claims/numbers.ts.)
 */

/**
 * Whether a figure is specific enough to identify a fact when two sentences both write it: three significant
 * digits ("432", "115.03", "$19.4 million"), or two in a figure of a hundred or more ("6,700", "350,000"). Short
 * figures ("24 times", "15 years", "7.5") and round ones ("400", "half a billion") turn up in unrelated texts.
 */
export function isSpecificFigure(n: NumberMention): boolean {
  if (!Number.isFinite(n.value) || n.value <= 0) return false;
  const digits = significantDigits(n.value);
  return digits >= 3 || (digits === 2 && n.value >= 100);
}

/** Digits of a value without its leading and trailing zeros: 400 has one, 6,700 two, 115.03 five. */
export function significantDigits(value: number): number {
  const digits = value.toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** The values of a sentence's specific figures (read once per claim: every pair asks). */
export function specificFiguresOf(numbers: readonly NumberMention[]): ReadonlySet<number> {
  const values = new Set<number>();
  for (const n of numbers) if (isSpecificFigure(n)) values.add(n.value);
  return values;
}

/** Whether two sentences both write a specific figure of the same value, or the same date or time of day. */
export function sameFigure(here: PreparedClaim, there: PreparedClaim): boolean {
  for (const value of here.specificFigures) if (there.specificFigures.has(value)) return true;
  for (const moment of here.moments) if (there.moments.has(moment)) return true;
  return false;
}
