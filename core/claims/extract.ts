import { cleanArticle, isDebris } from '../text/clean.ts';
import { datelineLength } from '../text/dateline.ts';
import { furnitureKind, isMediaLabel } from '../text/furniture.ts';
import { normalizeText, toRawSpan } from '../text/normalize.ts';
import { normOffset, type RawOffset } from '../text/offsets.ts';
import { splitSentences } from '../text/sentences.ts';
import { contentTerms } from '../text/tokens.ts';
import type { Claim, ClaimKind, ClaimQuote } from './claim.ts';
import { readNumbers, type NumberMention } from './numbers.ts';
import { findQuotes, wordCount } from './quotes.ts';
import {
  attributeSpeaker,
  collectLowerWords,
  collectPersons,
  lastMentionedPerson,
  sentenceSubject,
  type Speaker,
  type SpeakerContext,
} from './speakers.ts';

/** Limits that keep the analysis of a huge page bounded. */
export const EXTRACTION_LIMITS = {
  /** Article text past this many characters is not analyzed. */
  maxChars: 100_000,
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
    // Names and lower-case words read from the raw text: quote marks and spacing do not matter to them.
    persons: collectPersons(text),
    lowerWords: collectLowerWords(text),
    lastPerson: null,
    lastSpeaker: null,
  };
  const drafts: Draft[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const normalized = normalizeText(text, block.start, block.end);
    let openQuote = false;
    // Quotes left open at the end of a sentence, waiting for the attribution that closes them.
    let waiting: DraftQuote[] = [];
    let paragraphSpeaker: Speaker | null = null;
    const sentences = splitSentences(normalized.text);
    const dateline = datelineLength(normalized.text);
    // A short block that carries a picture credit is a caption: the words describe the picture, not the story.
    if (isCaption(normalized.text, sentences)) continue;
    // A video's label split into sentences ("Watch scenes of ... island." and its running time "0:55") is one label.
    if (sentences.length <= CAPTION_SENTENCES && isMediaLabel(normalized.text)) continue;
    for (const sentence of sentences) {
      if (drafts.length >= EXTRACTION_LIMITS.maxClaims) return { claims: drafts.map(finish), truncated: true };
      // A block's opening dateline says where the story was filed, not what it tells ("TAMPA, Fla. (AP) —" may
      // have been split as a sentence of its own).
      if (sentence.end <= dateline) continue;
      const from = Math.max(sentence.start, dateline);
      const norm = normalized.text.slice(from, sentence.end);
      // A credit or a share prompt inside a paragraph is furniture too.
      if (isDebris(norm) || isFurniture(norm, b)) continue;
      const found = findQuotes(norm, openQuote);
      const subject = sentenceSubject(norm);
      const quotes: DraftQuote[] = [];
      let previous = null as Speaker | null;
      found.quotes.forEach((quote, i) => {
        let speaker = attributeSpeaker(norm, quote, context, previous, subject);
        // A quotation that makes up its whole sentence, with no attribution, continues the paragraph's speaker.
        if (speaker === undefined && quote.start <= 1 && wordCount(quote.text) >= wordCount(norm) - 2) speaker = paragraphSpeaker;
        const draft: DraftQuote = { text: quote.text, speaker: speaker ?? null };
        quotes.push(draft);
        if (i === 0 && openQuote && draft.speaker) for (const w of waiting) w.speaker ??= draft.speaker;
        previous = draft.speaker ?? previous;
      });
      if (!openQuote || found.quotes.length > 0) waiting = waiting.filter((w) => w.speaker === null && found.openAtEnd);
      const last = quotes[quotes.length - 1];
      if (found.openAtEnd && last && last.speaker === null) waiting.push(last);
      paragraphSpeaker = previous ?? paragraphSpeaker;
      openQuote = found.openAtEnd;
      // "He" in the next sentence means the last person quoted or, failing that, the last one named.
      if (!previous || previous.kind !== 'person') context.lastPerson = lastMentionedPerson(norm, context.persons) ?? context.lastPerson;
      const span = toRawSpan(normalized, normOffset(from), normOffset(sentence.end));
      drafts.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, normalized: norm, quotes, paragraph: b });
    }
  }
  return { claims: drafts.map(finish), truncated };
}

/** A block of at most this many sentences that carries a picture credit is a caption (a page may print it twice). */
const CAPTION_SENTENCES = 4;

function isCaption(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): boolean {
  return sentences.length >= 2 && sentences.length <= CAPTION_SENTENCES && sentences.some((s) => furnitureKind(text.slice(s.start, s.end)) === 'picture credit');
}

/** Words from which the article's first line, in title case, is its own headline: a claim, not a label. */
const HEADLINE_WORDS = 5;

function isFurniture(sentence: string, block: number): boolean {
  const kind = furnitureKind(sentence);
  if (kind === 'title-case label' && block === 0 && wordCount(sentence) >= HEADLINE_WORDS) return false;
  return kind !== null;
}

interface DraftQuote {
  readonly text: string;
  speaker: Speaker | null;
}

interface Draft {
  readonly text: string;
  readonly start: RawOffset;
  readonly end: RawOffset;
  readonly normalized: string;
  readonly quotes: DraftQuote[];
  readonly paragraph: number;
}

/** A claim once every speaker is known (a quote's attribution may come a sentence later). */
function finish(draft: Draft): Claim {
  const quotes: ClaimQuote[] = draft.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
  const numbers = readNumbers(draft.normalized);
  const main = mainQuote(quotes);
  return {
    text: draft.text,
    start: draft.start,
    end: draft.end,
    normalized: draft.normalized,
    kind: kindOf(main, numbers),
    speaker: main?.speaker ?? null,
    quotes,
    numbers,
    terms: contentTerms(draft.normalized),
    paragraph: draft.paragraph,
  };
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
