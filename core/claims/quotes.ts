/** A quotation inside a sentence (normalized text, so all double quotes are `"`). */
export interface QuoteSpan {
  /** Offsets of the quoted words (quote marks excluded) in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The quoted words, trailing punctuation trimmed. */
  readonly text: string;
}

/** Quotations found in a sentence, and whether a quotation is still open at its end. */
export interface SentenceQuotes {
  readonly quotes: QuoteSpan[];
  readonly openAtEnd: boolean;
}

// A single quote opens after a space or bracket and before a letter; it closes after a letter or
// punctuation and before a space or punctuation. Apostrophes inside words ("we're") do neither.
const SINGLE_QUOTED = /(?<=^|[\s(\[-])'([A-Za-z][^']*?[A-Za-z.!?,])'(?=$|[\s.,;:!?)\]-])/g;

/**
 * Finds the quotations of a sentence. `openAtStart` says a quotation from the previous sentence of the same
 * paragraph is still open, so the sentence starts inside it.
 */
export function findQuotes(sentence: string, openAtStart = false): SentenceQuotes {
  const quotes: QuoteSpan[] = [];
  let open = openAtStart ? 0 : -1;
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] !== '"') continue;
    if (open < 0) {
      open = i + 1;
    } else {
      pushQuote(sentence, open, i, quotes);
      open = -1;
    }
  }
  if (open >= 0) pushQuote(sentence, open, sentence.length, quotes);
  if (quotes.length === 0) {
    for (const m of sentence.matchAll(SINGLE_QUOTED)) pushQuote(sentence, m.index + 1, m.index + 1 + m[1]!.length, quotes);
  }
  return { quotes, openAtEnd: open >= 0 };
}

function pushQuote(sentence: string, start: number, end: number, out: QuoteSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(sentence[s]!)) s++;
  while (e > s && /[\s,.;:]/.test(sentence[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: sentence.slice(s, e) });
}

/** Number of words in a string. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
