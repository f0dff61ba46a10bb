import search from 'approx-string-match';
import { normalizeForCompare, normalizeText, toRawSpan, type NormalizedText } from '../core/text/normalize.ts';
import { normOffset } from '../core/text/offsets.ts';
import { blockText, type BlockText } from './block-text.ts';

/** The live page's text, normalized the way claims are, with the way back to its text nodes. */
export interface PageText {
  readonly block: BlockText;
  readonly normalized: NormalizedText;
}

/** Where a quote was found in the page's normalized text. */
export interface Anchor {
  readonly start: number;
  readonly end: number;
  /** Edit distance between the claim and the page's text there (0: exact). */
  readonly errors: number;
}

/** Share of a claim's characters that may differ from the page's text for a fuzzy anchor. */
export const MAX_ERROR_RATE = 0.12;
/** Fuzzy search is skipped past this much page text: an unanchored claim is better than a stalled tab. */
const MAX_FUZZY_TEXT = 400_000;

/** Reads the live text under `root` once; anchor every claim against it. */
export function readPageText(root: Node): PageText {
  const block = blockText(root);
  return { block, normalized: normalizeText(block.text) };
}

/**
 * Finds a claim's text in the page: exactly (after normalization) where possible, else approximately the way
 * the Hypothesis client anchors quotes. `hint` is where the previous claim ended, since claims come in reading
 * order. Returns null rather than a doubtful place.
 */
export function anchorText(page: PageText, claimText: string, hint = 0): Anchor | null {
  const needle = normalizeForCompare(claimText);
  if (needle.length === 0) return null;
  const haystack = page.normalized.text;
  const exact = haystack.indexOf(needle, hint);
  const found = exact >= 0 ? exact : haystack.indexOf(needle);
  if (found >= 0) return { start: found, end: found + needle.length, errors: 0 };
  if (needle.length < 16 || haystack.length > MAX_FUZZY_TEXT) return null;
  const maxErrors = Math.floor(needle.length * MAX_ERROR_RATE);
  let best: Anchor | null = null;
  for (const m of search(haystack, needle, maxErrors)) {
    const better =
      !best || m.errors < best.errors || (m.errors === best.errors && Math.abs(m.start - hint) < Math.abs(best.start - hint));
    if (better) best = { start: m.start, end: m.end, errors: m.errors };
  }
  return best;
}

/** A DOM Range over the page text of an anchor. */
export function anchorToRange(page: PageText, anchor: Anchor): Range | null {
  const raw = toRawSpan(page.normalized, normOffset(anchor.start), normOffset(anchor.end));
  const start = locate(page.block, raw.start, false);
  const end = locate(page.block, raw.end, true);
  if (!start || !end) return null;
  const range = start.node.ownerDocument!.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** The text node and offset of a position in the page text (an end position stays in the node before it). */
function locate(block: BlockText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const pieces = block.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = pieces[mid]!.start;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (!piece) return null;
  const within = Math.max(0, Math.min(offset - piece.start, piece.node.data.length));
  return { node: piece.node, offset: within };
}
