import { watchLateContent } from '../../page/late-content.ts';
import { headText, LEAD_CHARS, quickText, showsLittleText, SMALL_PAGE_CHARS, titleIsSiteName } from '../../page/quick-text.ts';
import { leaveHandoff, sessionIsIn } from '../../lib/handoff.ts';
import type { LookAnswer, PageLook, PageStatus, PageTimings } from '../../lib/messages.ts';

/**
 * The first look: the only script that goes into a page before it is known to be about a story, and only into a
 * page the background's gate let in (lib/tab-gate.ts: its tab's title or address names a story, or its first
 * heading does under a title that is only a site's name, read by the background: lib/tab-judge.ts). It shows the
 * background the page's head (title, first heading when the title is only a site's name, address), then, as
 * asked, its lead and then all its text; the background judges them with the stories' index and loads the full
 * content script where a story is likely. No stemmer, no word list, no index, no WXT runtime and no listener.
 */

/**
 * Waits before each new send of a look the background could not answer (ms): a Chrome service worker stopped under
 * it, perhaps again while it starts (as lib/send.ts RESEND_WAITS_MS, which this script does not import: it stays
 * free of the extension API's polyfill).
 */
const RETRY_WAITS_MS = [0, 100, 300, 800];

/** What the first look needs from the extension. */
export interface FirstLookPorts {
  /** Shows the background what was read; its answer. */
  send(look: PageLook): Promise<LookAnswer>;
}

/** The first look in a page, as the next injection of it (and a test, through the extension's world) finds it. */
export interface FirstLookControl {
  /** The page's status; undefined once the full script has the page. */
  status(): PageStatus | undefined;
  /** Looks again (the tab's title or address changed, or the reader's stories did); false once the full script has the page. */
  again(): boolean;
}

/** One first look per frame: injected again (a new title), it looks again instead. */
export function firstLookIn(doc: Document, ports: FirstLookPorts): FirstLookControl {
  const store = globalThis as { __triangulateFirstLook?: FirstLookControl };
  const existing = store.__triangulateFirstLook;
  if (existing) {
    existing.again();
    return existing;
  }
  const look = new FirstLook(doc, ports);
  store.__triangulateFirstLook = look;
  look.again();
  return look;
}

/** The first look's states: looking (a look under way), waiting (nothing to do until something changes), gone. */
export class FirstLook implements FirstLookControl {
  private phase: 'looking' | 'waiting' | 'gone' = 'waiting';
  private pending = false;
  private state: PageStatus = { state: 'checking' };
  private readonly timings: PageTimings = {};
  private stopWatching: (() => void) | null = null;

  constructor(private readonly doc: Document, private readonly ports: FirstLookPorts) {}

  status(): PageStatus | undefined {
    if (sessionIsIn()) this.stop();
    return this.phase === 'gone' ? undefined : { ...this.state, timings: this.timings };
  }

  again(): boolean {
    if (sessionIsIn()) this.stop();
    if (this.phase === 'gone') return false;
    // A look under way finishes first, then the page is looked at again.
    if (this.phase === 'looking') this.pending = true;
    else void this.look();
    return true;
  }

  /** Stops for good (the full script took over, or the extension went away). */
  stop(): void {
    this.phase = 'gone';
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** Whether the look stopped (read afresh: it may stop while a message is under way). */
  private isGone(): boolean {
    return this.phase === 'gone';
  }

  private async look(): Promise<void> {
    this.phase = 'looking';
    this.pending = false;
    this.state = { state: 'checking' };
    const since = performance.now();
    let answer: LookAnswer | 'error';
    let text: string | null = null;
    let little = false;
    let read = 0;
    try {
      const head = headText(this.doc);
      little = titleIsSiteName(this.doc.title ?? '');
      this.timings.checks = (this.timings.checks ?? 0) + 1;
      let complete = false;
      let lookMs = performance.now() - since;
      // The background put this look in because the head passed its gate: the lead goes with the first message.
      let ask: LookAnswer = 'lead';
      for (;;) {
        const reading = performance.now();
        const seen = quickText(this.doc, ask === 'lead' ? LEAD_CHARS : undefined);
        text = seen.text;
        complete = ask === 'all' || seen.shown < LEAD_CHARS;
        little = showsLittleText(seen, SMALL_PAGE_CHARS);
        read += performance.now() - reading;
        lookMs += performance.now() - reading;
        this.timings.quickLook = lookMs;
        this.timings.quickRead = read;
        // The full script, if the background loads it, starts from what this look measured.
        leaveHandoff({ since, timings: { ...this.timings } });
        answer = await this.send({ head, text, complete, timings: { ...this.timings } });
        if ((answer !== 'lead' && answer !== 'all') || complete) break;
        ask = answer;
      }
    } catch {
      // Never the page's problem: the page is left alone, and its status says why.
      answer = 'error';
    }
    if (this.isGone()) return;
    if (answer === 'pass') return this.stop();
    this.state = answer === 'error' ? { state: 'error', message: 'The page could not be looked at.' } : { state: 'no-story' };
    this.phase = 'waiting';
    if (this.pending) return void this.look();
    // A page that shows little yet may still be rendering its article: look again when it changes, for a while.
    if (little && !this.stopWatching) this.stopWatching = watchLateContent(this.doc.body ?? this.doc, () => (this.again(), false));
  }

  /**
   * Sends a look; a background that could not answer (stopped under it) is asked again, unless it had already put
   * the full script in (its answer was what got lost): asking again would put in a second one.
   */
  private async send(look: PageLook): Promise<LookAnswer> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.ports.send(look);
      } catch (error) {
        if (sessionIsIn()) return 'pass';
        const wait = RETRY_WAITS_MS[attempt];
        if (wait === undefined || this.isGone()) throw error;
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (sessionIsIn()) return 'pass';
      }
    }
  }
}
