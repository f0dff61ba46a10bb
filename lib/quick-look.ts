import detection from 'virtual:triangulate/detection';
import { detectStory, PREFILTER_THRESHOLD } from '../core/detect/detect.ts';
import { watchLateContent } from '../page/late-content.ts';
import { quickText, showsLittleText } from '../page/quick-text.ts';
import { anchorGate } from './anchor-gate.ts';
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

/** One quick look: is the page perhaps about a bundled story, and does it show little text yet? Times in ms. */
export function lookAt(doc: Document): { readonly found: boolean; readonly little: boolean; readonly ms: number; readonly readMs: number; readonly text: string } {
  const start = performance.now();
  // Most pages use no word of any story's anchors: the lead tells, and they need no more reading nor scoring.
  const sample = quickText(doc, QUICK_SAMPLE_CHARS);
  const sampled = performance.now();
  const gate = anchorGate(detection);
  if (!gate(sample.text)) return { found: false, little: showsLittleText(sample, SMALL_PAGE_CHARS), ms: performance.now() - start, readMs: sampled - start, text: sample.text };
  const look = sample.shown < QUICK_SAMPLE_CHARS ? sample : quickText(doc);
  const read = performance.now();
  const found = detectStory(detection, look.text, PREFILTER_THRESHOLD) !== null;
  return { found, little: showsLittleText(look, SMALL_PAGE_CHARS), ms: performance.now() - start, readMs: read - start, text: look.text };
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
    if (look.found || this.phase !== 'watching') return;
    if ((watch || look.little) && !this.stopWatching) this.stopWatching = watchLateContent(this.doc.body ?? this.doc, () => this.check().found);
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

  private check(): { found: boolean; little: boolean } {
    if (this.phase !== 'watching') return { found: true, little: false };
    let look: ReturnType<typeof lookAt>;
    try {
      look = lookAt(this.doc);
    } catch (error) {
      // Never the page's problem: the popup says so, the developer's console shows it, the page is left alone.
      noteError('quick look', error);
      this.status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
      return { found: false, little: false };
    }
    this.timings.quickLook = look.ms;
    this.timings.quickRead = look.readMs;
    this.timings.checks = (this.timings.checks ?? 0) + 1;
    if (!look.found) {
      this.status = { state: 'no-story' };
      if (this.ports.ownStories) void this.lookAtOwn(look.text);
      return look;
    }
    this.pass();
    return look;
  }

  /**
   * The bundled stories did not match: perhaps one of the reader's own does. Their gate is read from storage once,
   * after the bundled look (which never waits for it), and their index only for a page that passes the gate.
   */
  private async lookAtOwn(text: string): Promise<void> {
    this.ownLook ??= this.ports.ownStories?.() ?? Promise.resolve(null);
    const found = await this.ownLook.then((look) => (look ? look(text) : false)).catch((error: unknown) => {
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
