/**
 * Offsets into two different strings must never be mixed up: positions in the raw article text (what the page
 * shows, what `start`/`end` in results refer to) and positions in the normalized text the analysis works on.
 * Branded number types make mixing them a compile error.
 */

/** A UTF-16 offset into the raw (as extracted) article text. */
export type RawOffset = number & { readonly __space: 'raw' };

/** A UTF-16 offset into normalized text. */
export type NormOffset = number & { readonly __space: 'norm' };

/** Marks a number as a raw-text offset. */
export const rawOffset = (n: number): RawOffset => n as RawOffset;

/** Marks a number as a normalized-text offset. */
export const normOffset = (n: number): NormOffset => n as NormOffset;

/** A half-open span [start, end) of raw text. */
export interface RawSpan {
  readonly start: RawOffset;
  readonly end: RawOffset;
}
