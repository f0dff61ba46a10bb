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
  const out = new NormalizedWriter(to - from);
  let pendingSpace = -1;
  let i = from;
  while (i < to) {
    const first = raw.charCodeAt(i);
    if (first === 0x20) {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
      i++;
      continue;
    }
    if (isPlainAscii(first)) {
      // Printable ASCII (most of any page) needs no mapping.
      if (pendingSpace >= 0) {
        out.put(0x20, pendingSpace, pendingSpace + 1);
        pendingSpace = -1;
      }
      out.put(first, i, i + 1);
      i++;
      continue;
    }
    const code = raw.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const mapped = normalizeChar(raw.slice(i, i + width));
    if (mapped === ' ') {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
    } else if (code >= 0x300 && COMBINING.test(mapped) && out.length > 0 && pendingSpace < 0) {
      // A combining accent after its letter ("e" + "\u0301"): compose the pair, as NFC would for the whole
      // text, and let the composed character cover both raw characters.
      const composed = (String.fromCharCode(out.last()) + mapped).normalize('NFC');
      if (composed.length === 1) out.replaceLast(composed.charCodeAt(0), i + width);
      else for (let k = 0; k < mapped.length; k++) out.put(mapped.charCodeAt(k), i, i + width);
    } else if (mapped.length > 0) {
      if (pendingSpace >= 0) {
        out.put(0x20, pendingSpace, pendingSpace + 1);
        pendingSpace = -1;
      }
      for (let k = 0; k < mapped.length; k++) out.put(mapped.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  return out.finish();
}

/**
 * The normalized text as it is written: its UTF-16 units and each one's raw span, in typed arrays sized for the
 * common case (no character expands). Built from units rather than by adding strings: a page's text is a
 * two-byte string as soon as it holds one curly quote, and pieces of it would make the normalized text two-byte
 * too, which every later regular expression reads more slowly; units below 256 make a one-byte string.
 */
class NormalizedWriter {
  length = 0;
  private units: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  put(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  last(): number {
    return this.units[this.length - 1]!;
  }

  replaceLast(unit: number, end: number): void {
    this.units[this.length - 1] = unit;
    this.ends[this.length - 1] = end;
  }

  finish(): NormalizedText {
    let text = '';
    // In pieces: a call takes a limited number of arguments.
    for (let at = 0; at < this.length; at += DECODE_CHUNK) text += String.fromCharCode.apply(null, this.units.subarray(at, Math.min(this.length, at + DECODE_CHUNK)) as unknown as number[]);
    return { text, rawStart: this.starts.slice(0, this.length), rawEnd: this.ends.slice(0, this.length) };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    units.set(this.units);
    this.units = units;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}

/** Units decoded into a string per call. */
const DECODE_CHUNK = 1024;

/** Printable ASCII but the backtick (which pages use as a quote): needs no mapping. */
function isPlainAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x60;
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
