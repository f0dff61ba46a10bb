import detection from 'virtual:triangulate/detection';
import { mayReportStory } from '../../core/detect/detect.ts';
import bundledGateWords from 'virtual:triangulate/gate';
import { gateOf, type WordGate } from '../../lib/gate-words.ts';
import { headText, LEAD_CHARS as QUICK_SAMPLE_CHARS, quickText, showsLittleText, SMALL_PAGE_CHARS, titleIsSiteName } from '../../page/quick-text.ts';
import type { OwnLook } from '../../lib/own-look.ts';

/**
 * The quick look inside the full content script, for a page it already holds (an in-site navigation, a refresh):
 * the same steps as the background's judge of a first look (lib/tab-judge.ts), on the page's document.
 */

// The gate words are listed at build time (virtual:triangulate/gate), not worked out of the index in the page.
let bundledGate: WordGate | undefined;

/** One quick look's outcome. Times in ms. */
export interface Look {
  /** Whether the page may be about a bundled story. */
  readonly found: boolean;
  /**
   * Whether the page may still be rendering its article: it shows little text yet, or (when only its head was
   * read) its title is only a site's name, as an app's is before it renders.
   */
  readonly little: boolean;
  readonly ms: number;
  readonly readMs: number;
  /** What was read: the page's head only (`headOnly`), or its title and text. */
  readonly text: string;
  readonly headOnly: boolean;
}

/** One quick look: is the page perhaps about a bundled story, and does it show little text yet? */
export function lookAt(doc: Document): Look {
  const start = performance.now();
  const gate = (bundledGate ??= bundledGateWords ? gateOf(bundledGateWords) : () => true);
  // Most pages are about nothing we know, and say so in their title and address: their text is not read at all.
  // A report of a story names its actors there (23 of the 24 other outlets' reports of the development set do; the
  // other names Microsoft only in its text and never ICE, and is not recognized from its text either).
  const head = headText(doc);
  if (!gate(head)) {
    const read = performance.now();
    // The body is not touched to tell whether the page is still rendering (in a content script that alone costs
    // as much as the rest of the look): a title that is only a site's name says so.
    return { found: false, little: titleIsSiteName(doc.title ?? ''), ms: performance.now() - start, readMs: read - start, text: head, headOnly: true };
  }
  // The lead tells next: a page whose lead names no actor needs no more reading nor scoring.
  const sample = quickText(doc, QUICK_SAMPLE_CHARS);
  const sampled = performance.now();
  if (!gate(sample.text)) return { found: false, little: showsLittleText(sample, SMALL_PAGE_CHARS), ms: performance.now() - start, readMs: sampled - start, text: sample.text, headOnly: false };
  const look = sample.shown < QUICK_SAMPLE_CHARS ? sample : quickText(doc);
  const read = performance.now();
  // A page that only mentions a story passes too when its head names a person the story quotes: a report of that
  // person's words alone (the analysis decides from the page's date and quotations).
  const found = mayReportStory(detection, look.text, head);
  return { found, little: showsLittleText(look, SMALL_PAGE_CHARS), ms: performance.now() - start, readMs: read - start, text: look.text, headOnly: false };
}

/**
 * Whether one of the reader's own stories may be what a page is about, after the bundled look: their gate on what
 * that look read, and the page's text read only when the head passes it.
 */
export async function ownStoryMayMatch(doc: Document, look: Look, own: OwnLook): Promise<boolean> {
  if (!look.headOnly) return own(look.text, () => headText(doc));
  return own.gate(look.text) ? own(quickText(doc).text, () => look.text) : false;
}

/** A page's address without its #fragment: what identifies the page. */
export function addressOf(doc: Document): string {
  return (doc.location?.href ?? '').replace(/#.*$/, '');
}
