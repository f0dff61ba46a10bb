import type { RawOffset } from '../text/offsets.ts';
import type { NumberMention } from './numbers.ts';
import type { Speaker } from './speakers.ts';

/** What a claim mainly is: a quotation, a statement with a figure, or a plain statement. */
export type ClaimKind = 'quote' | 'number' | 'statement';

/** A quotation inside a claim, with its speaker. */
export interface ClaimQuote {
  /** The quoted words, normalized. */
  readonly text: string;
  readonly speaker: Speaker | null;
}

/** One sentence of an article, read for comparison. */
export interface Claim {
  /** The sentence as written in the article text. */
  readonly text: string;
  /** Offsets of the sentence in the raw article text. */
  readonly start: RawOffset;
  readonly end: RawOffset;
  /** The sentence normalized (straight quotes, single spaces). */
  readonly normalized: string;
  readonly kind: ClaimKind;
  /** The speaker of the claim's main quotation. */
  readonly speaker: Speaker | null;
  readonly quotes: readonly ClaimQuote[];
  readonly numbers: readonly NumberMention[];
  /** Content terms (stemmed, synonym-folded, stopwords out), in order, repeats kept. */
  readonly terms: readonly string[];
  /** Index of the paragraph (kept block) the sentence is in. */
  readonly paragraph: number;
}
