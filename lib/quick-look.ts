import detection from 'virtual:triangulate/detection';
import { mayReportStory } from '../core/detect/detect.ts';
import { watchLateContent } from '../page/late-content.ts';
import { headText, quickText, showsLittleText, titleIsSiteName } from '../page/quick-text.ts';
import bundledGateWords from 'virtual:triangulate/gate';
import { gateOf, type AnchorGate } from './anchor-gate.ts';
import { errorCount, noteError } from './errors.ts';
import type { PageStatus, PageTimings } from './messages.ts';
import type { OwnLook } from './own-look.ts';

/** Pages with less text than this may still be rendering their article; they are watched for a while. */
export const SMALL_PAGE_CHARS = 2_000;
/** Time given to a single-page site to render the new page after its URL changed. */
export const NAVIGATION_SETTLE_MS = 500;

/** What the quick look needs from the extension: bringing in the full content script. */
export interface QuickLookPorts {
  /** Loads the full content script into this page, handing it what the quick look measured. */
  load(timings: PageTimings): Promise<boolean>;
  /** Reads the look at the reader's own stories (null when they have none): lib/own-look.ts. */
  ownStories?(): Promise<OwnLook | null>;
}

/**
 * Characters of a page's visible prose (after its title) in which a report of a story names one of its actors.
 * News is written lead first: every report in the development set (24 of the bundled story by other outlets, 5 of
 * a second story) names an anchor in its headline or its first 500 characters. A page whose title and first
 * 4,000 characters name none is not read further.
 */
export const QUICK_SAMPLE_CHARS = 4_000;

// The gate words are listed at build time: the script on every page does not work them out of the index.
let bundledGate: AnchorGate | undefined;

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

/**
 * What runs on every page: the quick look, again when a site renders its article late or navigates without a
 * reload, and nothing else. When a look passes, the full content script (extraction, marks, cards) is brought in
 * and takes the page over; this one then stops. On every other page it changes nothing and sends nothing.
 */
export class QuickLookWatch {
  /** watching: looks at the page; loading: the full script is on its way; gone: it took over, or we stopped. */
  private phase: 'watching' | 'loading' | 'gone' = 'watching';
  private status: PageStatus = { state: 'checking' };
  private readonly timings: PageTimings = {};
  private stopWatching: (() => void) | null = null;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  private address: string;
  private ownLook: Promise<OwnLook | null> | null = null;

  constructor(private readonly doc: Document, private readonly ports: QuickLookPorts) {
    this.address = addressOf(doc);
  }

  /** The page's status while this script owns the page; undefined once the full script has taken over. */
  pageStatus(): PageStatus | undefined {
    return this.phase === 'gone' ? undefined : { ...this.status, timings: this.timings, errors: errorCount() };
  }

  /** Looks at the page; a page that may still be rendering its article is watched for a while. */
  start(watch = false): void {
    const look = this.check();
    if (look.found || this.phase !== 'watching' || this.stopWatching) return;
    if (watch || look.little) this.stopWatching = watchLateContent(this.doc.body ?? this.doc, () => this.check().found);
    // A page whose head named no story is looked at again if its head changes (an app setting the article's title).
    else if (look.headOnly && this.doc.head) this.stopWatching = watchLateContent(this.doc.head, () => this.check().found);
  }

  /** The URL changed without a reload: once the site had a moment to render, look at the new page. */
  navigated(): void {
    clearTimeout(this.navigationTimer);
    this.navigationTimer = setTimeout(() => {
      const address = addressOf(this.doc);
      if (address === this.address || this.phase !== 'watching') return;
      this.address = address;
      // The reader may have changed their stories meanwhile.
      this.ownLook = null;
      this.start(true);
    }, NAVIGATION_SETTLE_MS);
  }

  /** Looks again, own stories read afresh (the reader's stories changed); false once the full script has the page. */
  lookAgain(): boolean {
    if (this.phase !== 'watching') return false;
    this.ownLook = null;
    this.start();
    return true;
  }

  /** Stops everything (the extension went away). */
  stop(): void {
    this.phase = 'gone';
    this.quiet();
  }

  private quiet(): void {
    clearTimeout(this.navigationTimer);
    this.stopWatching?.();
    this.stopWatching = null;
  }

  private check(): { found: boolean; little: boolean; headOnly: boolean } {
    if (this.phase !== 'watching') return { found: true, little: false, headOnly: false };
    let look: Look;
    try {
      look = lookAt(this.doc);
    } catch (error) {
      // Never the page's problem: the popup says so, the developer's console shows it, the page is left alone.
      noteError('quick look', error);
      this.status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
      return { found: false, little: false, headOnly: false };
    }
    this.timings.quickLook = look.ms;
    this.timings.quickRead = look.readMs;
    this.timings.checks = (this.timings.checks ?? 0) + 1;
    if (!look.found) {
      this.status = { state: 'no-story' };
      if (this.ports.ownStories) void this.lookAtOwn(look);
      return look;
    }
    this.pass();
    return look;
  }

  /**
   * The bundled stories did not match: perhaps one of the reader's own does. Their gate is read from storage once,
   * after the bundled look (which never waits for it), and their index only for a page that passes the gate.
   */
  private async lookAtOwn(bundled: Look): Promise<void> {
    this.ownLook ??= this.ports.ownStories?.() ?? Promise.resolve(null);
    const found = await this.ownLook.then((own) => (own ? ownStoryMayMatch(this.doc, bundled, own) : false)).catch((error: unknown) => {
      noteError('quick look at own stories', error);
      return false;
    });
    if (found && this.phase === 'watching') this.pass();
  }

  /** The page passed: bring in the full script. */
  private pass(): void {
    this.status = { state: 'analyzing' };
    this.phase = 'loading';
    this.quiet();
    void this.handOver();
  }

  private async handOver(): Promise<void> {
    // This script answers for the page until the full one is in; if it cannot be loaded, it says so.
    const loaded = await this.ports.load({ ...this.timings }).catch((error: unknown) => {
      noteError('load the full content script', error);
      return false;
    });
    if (this.phase !== 'loading') return;
    if (loaded) this.phase = 'gone';
    else this.status = { state: 'error', message: 'The page could not be read.' };
  }
}

/** A page's address without its #fragment: what identifies the page. */
export function addressOf(doc: Document): string {
  return (doc.location?.href ?? '').replace(/#.*$/, '');
}
