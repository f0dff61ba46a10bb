import { UPDATE_WORDS } from './data/quantity-words.ts';
import type { NumberMention } from './numbers.ts';

// An update word right before the figure, with at most a preposition between: "rose to", "stood at", "jumped
// from", "now". Farther off, the word is about something else ("rose early and counted 12 boats").
const UPDATE_BEFORE = new RegExp(String.raw`\b(?:${UPDATE_WORDS.join('|')})(?:\s+(?:to|at|from|by))?\s*$`, 'i');

/**
 * Whether a sentence tells one of its figures as the latest value of a moving count ("the death toll rose to 63",
 * "was now 35 percent contained"): a figure another report gives differently is then most likely an earlier or
 * later count of the same thing.
 */
export function tellsMovingCount(sentence: string, numbers: readonly NumberMention[]): boolean {
  return numbers.some((n) => UPDATE_BEFORE.test(sentence.slice(Math.max(0, n.start - 40), n.start)));
}
