/**
 * A cheap test for English text. The analysis reads English only: a page in another language may name the same
 * people, but its sentences cannot be compared word for word, so it is taken to be about no bundled story.
 */

// The commonest English function words: in English prose they make up a fifth or more of all words.
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it on was with as by at be this are from or an have has had not were but they which their its his her we our you he she said would will'.split(' '),
);

/** Share of function words from which a text counts as English. */
export const ENGLISH_SHARE = 0.12;
/** Texts shorter than this many words are not judged (too little to tell). */
const MIN_WORDS = 30;
/** Words looked at, at most: the start of a page tells its language, and a few hundred words tell it surely. */
const SAMPLE_WORDS = 600;

/** Characters looked at: enough for SAMPLE_WORDS words of English. */
const HEAD_CHARS = 5_000;

/** Whether a text is (mostly) English; very short texts count as English. */
export function isEnglish(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS).toLowerCase();
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      letters++;
    } else if (c > 0x24f && /\p{L}/u.test(head[i]!)) letters++;
  }
  // Mostly another script (Chinese, Arabic, Cyrillic...): not English, however many names it shares.
  if (letters >= 20 && latin < letters / 2) return false;
  const sample = (head.match(/[\p{L}']+/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (sample.length < MIN_WORDS) return true;
  let hits = 0;
  for (const w of sample) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / sample.length >= ENGLISH_SHARE;
}
