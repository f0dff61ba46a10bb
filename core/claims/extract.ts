import { cleanArticle } from '../text/clean.ts';
import { normalizeText, toRawSpan } from '../text/normalize.ts';
import { normOffset } from '../text/offsets.ts';
import { splitSentences } from '../text/sentences.ts';
import { contentTerms } from '../text/tokens.ts';
import type { Claim, ClaimKind, ClaimQuote } from './claim.ts';
import { readNumbers, type NumberMention } from './numbers.ts';
import { findQuotes, wordCount } from './quotes.ts';
import { attributeSpeaker, collectPersons, sentenceSubject, type Speaker, type SpeakerContext } from './speakers.ts';

/** Limits that keep the analysis of a huge page bounded. */
export const EXTRACTION_LIMITS = {
  /** Article text past this many characters is not analyzed. */
  maxChars: 200_000,
  /** At most this many claims are read from one article. */
  maxClaims: 1_500,
} as const;

/** Claims of an article and whether the text had to be cut to stay within the limits. */
export interface ExtractedClaims {
  readonly claims: Claim[];
  readonly truncated: boolean;
}

/** Reads an article's text into claims: debris removed, sentences split, quotes, speakers and numbers read. */
export function extractClaims(raw: string): ExtractedClaims {
  const truncated = raw.length > EXTRACTION_LIMITS.maxChars;
  const text = truncated ? raw.slice(0, EXTRACTION_LIMITS.maxChars) : raw;
  const blocks = cleanArticle(text);
  const context: SpeakerContext = {
    persons: collectPersons(normalizeText(text).text),
    lastPerson: null,
    lastSpeaker: null,
  };
  const claims: Claim[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const normalized = normalizeText(text, block.start, block.end);
    let openQuote = false;
    let paragraphSpeaker: Speaker | null = null;
    for (const sentence of splitSentences(normalized.text)) {
      if (claims.length >= EXTRACTION_LIMITS.maxClaims) return { claims, truncated: true };
      const norm = normalized.text.slice(sentence.start, sentence.end);
      const found = findQuotes(norm, openQuote);
      const subject = sentenceSubject(norm);
      const quotes: ClaimQuote[] = [];
      let previous: Speaker | null = null;
      for (const quote of found.quotes) {
        let speaker = attributeSpeaker(norm, quote, context, previous, subject);
        // A quotation that makes up its whole sentence continues the paragraph's last speaker.
        if (!speaker && quote.start <= 1 && wordCount(quote.text) >= wordCount(norm) - 2) speaker = paragraphSpeaker;
        quotes.push({ text: quote.text, speaker });
        previous = speaker ?? previous;
      }
      paragraphSpeaker = previous ?? paragraphSpeaker;
      openQuote = found.openAtEnd;
      const numbers = readNumbers(norm);
      const span = toRawSpan(normalized, normOffset(sentence.start), normOffset(sentence.end));
      const main = mainQuote(quotes);
      claims.push({
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        normalized: norm,
        kind: kindOf(main, numbers),
        speaker: main?.speaker ?? null,
        quotes,
        numbers,
        terms: contentTerms(norm),
        paragraph: b,
      });
    }
  }
  return { claims, truncated };
}

function mainQuote(quotes: readonly ClaimQuote[]): ClaimQuote | undefined {
  let best: ClaimQuote | undefined;
  for (const q of quotes) if (!best || wordCount(q.text) > wordCount(best.text)) best = q;
  return best;
}

function kindOf(main: ClaimQuote | undefined, numbers: readonly NumberMention[]): ClaimKind {
  // A scare-quoted word ("dismayed") does not make a sentence a quotation; a quoted phrase does.
  if (main && wordCount(main.text) >= 3) return 'quote';
  if (numbers.some((n) => n.unit !== null)) return 'number';
  return 'statement';
}
