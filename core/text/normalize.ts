import { rawOffset, type NormOffset, type RawSpan } from './offsets.ts';

/** Text after normalization, with the way back to the raw characters it came from. */
export interface NormalizedText {
  /** The normalized text: straight quotes, ASCII dashes (an em dash as "--"), single spaces, NFKC. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the raw offset of the character it came from. */
  readonly rawStart: Int32Array;
  /** For each UTF-16 unit of `text`, the raw offset just past the character it came from. */
  readonly rawEnd: Int32Array;
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u301D', '\u301E']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
// An em dash sets off a clause ("software—facial recognition—were"), never joins two words as a hyphen does.
const CLAUSE_DASHES = new Set(['\u2014', '\u2015']);
// Invisible characters that pages sprinkle into text (soft hyphens, zero-width joiners, BOMs, bidi marks).
const INVISIBLE = /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]$/;
const SPACE = /^\s$/u;
const COMBINING = /^\p{M}$/u;

/** Maps one code point of page text to its normalized form (possibly empty). */
export function normalizeChar(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (DASHES.has(ch)) return '-';
  if (CLAUSE_DASHES.has(ch)) return '--';
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  const code = ch.codePointAt(0) ?? 0;
  // ASCII needs no Unicode normalization; skipping it keeps the common case fast.
  return code < 0x80 ? ch : ch.normalize('NFKC');
}

/**
 * Normalizes `raw[from, to)` for comparison (typographic quotes and dashes made ASCII, whitespace runs collapsed
 * to one space, invisible characters dropped, NFKC) and keeps, for every output character, its raw span.
 * Leading and trailing whitespace is dropped.
 */
export function normalizeText(raw: string, from = 0, to = raw.length): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  let i = from;
  while (i < to) {
    const code = raw.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    // Printable ASCII (but the backtick, which pages use as a quote) needs no mapping: the common case stays fast.
    const out = code > 0x20 && code < 0x7f && code !== 0x60 ? raw[i]! : normalizeChar(raw.slice(i, i + width));
    if (out === ' ') {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
    } else if (code >= 0x300 && COMBINING.test(out) && text.length > 0 && pendingSpace < 0) {
      // A combining accent after its letter ("e" + "\u0301"): compose the pair, as NFC would for the whole
      // text, and let the composed character cover both raw characters.
      const composed = (text[text.length - 1]! + out).normalize('NFC');
      if (composed.length === 1) {
        text = text.slice(0, -1) + composed;
        ends[ends.length - 1] = i + width;
      } else {
        text += out;
        starts.push(i);
        ends.push(i + width);
      }
    } else if (out.length > 0) {
      if (pendingSpace >= 0) {
        text += ' ';
        starts.push(pendingSpace);
        ends.push(pendingSpace + 1);
        pendingSpace = -1;
      }
      text += out;
      for (let k = 0; k < out.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text, rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}

/** The raw span of the normalized span [start, end); an empty span maps to an empty raw span. */
export function toRawSpan(normalized: NormalizedText, start: NormOffset, end: NormOffset): RawSpan {
  const n = normalized.text.length;
  if (n === 0) return { start: rawOffset(0), end: rawOffset(0) };
  const s = Math.max(0, Math.min(start, n - 1));
  const from = rawOffset(normalized.rawStart[s] ?? 0);
  if (end <= start) return { start: from, end: from };
  const e = Math.max(s + 1, Math.min(end, n));
  return { start: from, end: rawOffset(normalized.rawEnd[e - 1] ?? 0) };
}

/** Normalizes a short string for comparison only (no offsets kept). */
export function normalizeForCompare(s: string): string {
  return normalizeText(s).text;
}
