import { normOffset, type NormOffset } from './offsets.ts';

/** A sentence as a half-open span of normalized text. */
export interface SentenceSpan {
  readonly start: NormOffset;
  readonly end: NormOffset;
}

// Titles and abbreviations after which a full stop does not end a sentence.
const TITLES = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st jr sr rev hon pres supt det insp'.split(' '),
);
const ABBREVIATIONS = new Set(
  'inc corp co ltd llc no vs etc approx est dept univ fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
// Words that begin sentences: after "U.S." one of these means the sentence did end there.
const SENTENCE_STARTERS = new Set(
  'the a an it he she they we i you but and or so yet in on at this that these those there here his her their its our my after before when while if as for what who why how'.split(
    ' ',
  ),
);
/** Sentences longer than this are cut at a space so one run-on page block cannot become one giant claim. */
export const MAX_SENTENCE_LENGTH = 1200;

/** Where a word, its full stop (or ? !) and a capitalized word meet with no space between: a glued sentence break. */
const GLUED = /(?<=(?:^|\s)["'(]?[A-Za-z][a-z]+[.!?]["']?)(?=[A-Z][a-z])/g;

let segmenter: Intl.Segmenter | undefined;

/** Splits normalized text into sentences, repairing the segmenter's breaks after abbreviations and initials. */
export function splitSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: Array<[number, number]> = [];
  for (const { index, segment } of segmenter.segment(text)) {
    // Two sentences glued where a page joined two blocks without a space ("made a difference.Call them"): the
    // segmenter reads one. Titles and initials glued to a name ("Mr.Smith", "U.S.Army") are joined again below.
    let start = index;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(segment); m !== null; m = GLUED.exec(segment)) {
      raw.push([start, index + m.index]);
      start = index + m.index;
      // The pattern matches no characters: step past the break, or exec finds it again.
      GLUED.lastIndex = m.index + 1;
    }
    raw.push([start, index + segment.length]);
  }
  const merged: Array<[number, number]> = [];
  for (const piece of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev[0], prev[1]), text.slice(piece[0], piece[1]))) prev[1] = piece[1];
    else merged.push([piece[0], piece[1]]);
  }
  const spans: SentenceSpan[] = [];
  for (const [start, end] of merged) pushTrimmed(text, start, end, spans);
  return spans;
}

function shouldJoin(prev: string, next: string): boolean {
  const head = next.trimStart();
  if (head.length === 0) return true;
  // An attribution after a quoted question or exclamation: '"Why?" she asked.'
  if (/^[a-z]/.test(head)) return true;
  const tail = prev.trimEnd();
  if (!tail.endsWith('.')) return false;
  const lastWord = (/(\S+)\.$/.exec(tail)?.[1] ?? '').replace(/^["'(]+/, '');
  const lower = lastWord.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (ABBREVIATIONS.has(lower) && /^[\d(]/.test(head)) return true;
  // A single initial ("John F. Kennedy") or a dotted acronym ("U.S.", "U.N.").
  const initial = /^[A-Z]$/.test(lastWord);
  const acronym = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(lastWord);
  if (initial || acronym) {
    const firstWord = (/^["'(]*([A-Za-z]+)/.exec(head)?.[1] ?? '').toLowerCase();
    return !SENTENCE_STARTERS.has(firstWord);
  }
  return false;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  while (e - s > MAX_SENTENCE_LENGTH) {
    const cut = text.lastIndexOf(' ', s + MAX_SENTENCE_LENGTH);
    const at = cut > s ? cut : s + MAX_SENTENCE_LENGTH;
    out.push({ start: normOffset(s), end: normOffset(at) });
    s = at;
    while (s < e && text[s] === ' ') s++;
  }
  if (e > s) out.push({ start: normOffset(s), end: normOffset(e) });
}
