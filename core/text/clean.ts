import { rawOffset, type RawSpan } from './offsets.ts';

/**
 * General cleaning rules for article text: page furniture that extraction (or a copy-paste) leaves between the
 * paragraphs. The same rules run on bundled sources and on page text, so both sides are cut the same way.
 * Rules remove text by leaving it out of the kept blocks; the text itself is never rewritten, so offsets into it
 * stay valid.
 */

/** Whole lines that are page furniture, not article text. */
const DEBRIS_LINES: readonly RegExp[] = [
  /^share (this )?(story|article|post)\b.{0,40}$/i,
  /^(this )?(tweet|post|video|embed|content) is (currently )?(unavailable|not available)\b/i,
  /^got a (news )?tip\?/i,
  /^this (story|article) is (over|more than) \w+ years? old\.?$/i,
  /^(image|photo|photograph|picture|illustration|video|credit|source|caption)( credit)?:\s.{0,160}$/i,
  /^(advertisement|sponsored( content)?|ad)$/i,
  /^(sign up|subscribe) (for|to) (our|the) .{0,80}newsletter\b.{0,80}$/i,
  /^(click|tap) (here )?to (read|see|watch|view) more\b/i,
  // Editors' notes about the page itself, not about the story.
  /^(update|updated|editor's note|editor\u2019s note|correction)\s*:\s*this (piece|story|article|post) has been\b/i,
];

/** A "see also" teaser: the marker, then a headline that ends where the next sentence is glued on or the line ends. */
const TEASER = /^(see also|read more|related|more|also read|read also|recommended)\s*:\s*/i;

/** A tag line that closes the article; what follows it (more headlines, footers) is not the article. */
// The tag words in any case, then a colon or only capitalized tags: "Topics on the table" is a subheading.
const FOOTER_START = /^(?:[Tt]opics|TOPICS|[Tt]ags|TAGS|[Ff]iled [Uu]nder|[Rr]elated [Tt]opics)(?::\s*[^.!?"]{0,120}|(?:\s+[A-Z][\w&'-]*){1,12})$/;

/**
 * Where a glued-on teaser headline ends: a word of three or more lower-case letters (maybe closed by a quote)
 * followed at once by a capitalized word, as in "off the railsThe letter". Shorter runs are left alone because
 * names like "McDonald" or "YouTube" look the same.
 */
const GLUED_BOUNDARY = /[a-z]{3}[)'"\u2019\u201D]?(?=[A-Z][a-z])/;

/**
 * Splits raw article text into kept blocks (paragraph spans, trimmed) after removing debris lines, teasers and
 * everything from a closing tag line on.
 */
export function cleanArticle(raw: string): RawSpan[] {
  const blocks: RawSpan[] = [];
  let lineStart = 0;
  while (lineStart <= raw.length) {
    const newline = raw.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? raw.length : newline;
    const span = trimSpan(raw, lineStart, lineEnd);
    if (span) {
      const line = raw.slice(span.start, span.end);
      if (FOOTER_START.test(line) && blocks.length > 0) break;
      const kept = keepOfLine(raw, line, span);
      if (kept) blocks.push(kept);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return blocks;
}

/** Whether a line or sentence is page furniture ("Credit: Getty Images", "Share story"). */
export function isDebris(text: string): boolean {
  return DEBRIS_LINES.some((rule) => rule.test(text));
}

function keepOfLine(raw: string, line: string, span: RawSpan): RawSpan | null {
  if (isDebris(line)) return null;
  const teaser = TEASER.exec(line);
  if (!teaser) return span;
  const rest = line.slice(teaser[0].length);
  const glued = GLUED_BOUNDARY.exec(rest);
  if (!glued) return null;
  return trimSpan(raw, span.start + teaser[0].length + glued.index + glued[0].length, span.end);
}

function trimSpan(raw: string, start: number, end: number): RawSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(raw[s]!)) s++;
  while (e > s && /\s/.test(raw[e - 1]!)) e--;
  return e > s ? { start: rawOffset(s), end: rawOffset(e) } : null;
}
