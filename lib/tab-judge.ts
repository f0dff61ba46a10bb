import { mayReportStory, type DetectionIndex } from '../core/detect/detect.ts';
import { gateOf, type WordGate } from './gate-words.ts';
import type { ScriptsIn } from './inject.ts';
import type { LookAnswer, PageLook } from './messages.ts';
import type { OwnLook } from './own-look.ts';
import { tabVerdict, type TabVerdict } from './tab-gate.ts';

/**
 * The background's judge of pages. A tab's title and address decide whether anything goes into its page
 * (lib/tab-gate.ts); a page let in gets the first look (entrypoints/look/first-look.ts), which shows the judge its head and
 * text; a page that may be about a story gets the full content script. The judge keeps nothing about a page: it
 * answers and forgets, so a service worker stopped at any moment loses nothing a new look cannot redo.
 */

/** What the judge needs from the extension. */
export interface JudgePorts {
  /** The bundled stories' detection index and gate words (null: nothing can be gated on, every page passes). */
  readonly bundled: { readonly index: DetectionIndex; readonly words: readonly string[] | null };
  /** The look at the reader's own stories (lib/own-look.ts), null when they have none. */
  ownStories(): Promise<OwnLook | null>;
  /** Puts the first look into a tab's top frame (or has the one there look again). */
  injectFirstLook(tabId: number): Promise<void>;
  /** Puts the full content script into a frame of a tab. */
  injectSession(tabId: number, frameId: number): Promise<void>;
  /** The first heading of a tab's page, read without leaving a script there (null where none may go). */
  readHeading(tabId: number): Promise<string | null>;
  /** Which of the extension's scripts the tab's page holds (lib/inject.ts scriptsIn). */
  scriptsIn(tabId: number): Promise<ScriptsIn>;
  /** Runs a step after a while (the service worker may stop before: a title change is judged on its own event). */
  later(ms: number, step: () => Promise<void>): void;
  /** A tab as it is now (null when it closed). */
  tabNow(tabId: number): Promise<SeenTab | null>;
}

/**
 * When a page titled only by its site shows no heading yet, it is read again after these delays from the last
 * read (ms): an app renders its page within seconds of loading, and most retitle it then (judged on that event).
 */
export const HEADING_REREADS_MS = [1_000, 3_000, 8_000] as const;

/**
 * A tab still loading when the background starts is looked at again after these delays (ms) until it has loaded.
 * Its "loaded" event may come before a newly installed worker's listeners are known to the browser, and is lost.
 */
export const LOADING_RECHECKS_MS = [1_000, 3_000, 8_000] as const;

/** A tab as the background sees it (title and URL only for http and https pages: host permissions). */
export interface SeenTab {
  readonly id?: number;
  readonly url?: string;
  readonly title?: string;
  readonly status?: string;
}

/** The background's judge of pages: see the module's comment. */
export class TabJudge {
  private readonly bundledGate: WordGate;
  private own: Promise<OwnLook | null> | null = null;

  constructor(private readonly ports: JudgePorts) {
    const words = ports.bundled.words;
    this.bundledGate = words === null ? () => true : gateOf(words);
  }

  /** The reader's stories changed: their gate and index are read afresh. */
  ownChanged(): void {
    this.own = null;
  }

  /** The gate over bundled and own stories' words. */
  async gate(): Promise<WordGate> {
    const own = await this.ownLook();
    const bundled = this.bundledGate;
    return own ? (text) => bundled(text) || own.gate(text) : bundled;
  }

  /** A tab shows a new page, title or address: the first look goes in when its head may name a story. */
  async tab(tabId: number, url: string | undefined, title: string | undefined): Promise<TabVerdict> {
    const gate = await this.gate();
    const verdict = tabVerdict(gate, url, title);
    if (verdict !== 'none') await this.letIn(tabId, verdict, gate);
    return verdict;
  }

  /**
   * Lets a page in: the first look where its title or address named a story. Where its title is only a site's name,
   * its first heading is read (one line of script, nothing left running, no word of any story in the page) and
   * gated here; the first look goes in only when it names a story. A page with no heading yet (an app still
   * rendering, under the same title) has it read again a few times (HEADING_REREADS_MS).
   */
  private async letIn(tabId: number, verdict: Exclude<TabVerdict, 'none'>, gate: WordGate, rereads = 0): Promise<void> {
    if (verdict === 'heading') {
      const heading = await this.ports.readHeading(tabId);
      if (heading === null) return;
      if (heading.trim() === '') return this.readAgainLater(tabId, rereads);
      if (!gate(heading)) return;
    }
    await this.ports.injectFirstLook(tabId);
  }

  /** Reads a page's first heading again after a while, while its tab still shows a title that is only a site's name. */
  private readAgainLater(tabId: number, rereads: number): void {
    const delay = HEADING_REREADS_MS[rereads];
    if (delay === undefined) return;
    this.ports.later(delay, async () => {
      const tab = await this.ports.tabNow(tabId);
      const gate = await this.gate();
      // Another title (the app has rendered) was judged on its own event.
      if (tab && tab.status === 'complete' && tabVerdict(gate, tab.url, tab.title) === 'heading') await this.letIn(tabId, 'heading', gate, rereads + 1);
    });
  }

  /**
   * Looks over the loaded tabs. At the background's start (`session` not given): a tab whose head may name a story
   * and whose page has no script of ours is let in (its page loaded while the worker was stopped, or before the
   * install). After the reader's stories grew: a page with the full script is asked to look again (`session`), any
   * other whose head may name a story now is let in (again) by the new words.
   */
  async sweep(tabs: readonly SeenTab[], session?: (tabId: number) => Promise<unknown>): Promise<number> {
    const gate = await this.gate();
    let injected = 0;
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        if (tab.status !== 'complete') {
          if (!session) this.checkWhenLoaded(tab.id, 0);
          return;
        }
        const verdict = tabVerdict(gate, tab.url, tab.title);
        // At a start, a page whose head names no story is not even asked what it holds: nothing goes into it.
        if (verdict === 'none' && !session) return;
        const held = await this.ports.scriptsIn(tab.id);
        if (held === 'session') return void (await session?.(tab.id));
        if (held === 'look' && !session) return;
        if (verdict === 'none') return;
        injected++;
        await this.letIn(tab.id, verdict, gate);
      }),
    );
    return injected;
  }

  /** Looks at a tab that was loading at the background's start once it has loaded, as the sweep would have. */
  private checkWhenLoaded(tabId: number, rechecks: number): void {
    const delay = LOADING_RECHECKS_MS[rechecks];
    if (delay === undefined) return;
    this.ports.later(delay, async () => {
      const tab = await this.ports.tabNow(tabId);
      if (!tab) return;
      if (tab.status !== 'complete') return this.checkWhenLoaded(tabId, rechecks + 1);
      const gate = await this.gate();
      const verdict = tabVerdict(gate, tab.url, tab.title);
      if (verdict === 'none') return;
      // Judged meanwhile on its own event (its script is there): nothing to do.
      if ((await this.ports.scriptsIn(tabId)) !== null) return;
      await this.letIn(tabId, verdict, gate);
    });
  }

  /**
   * The verdict on what a first look showed: its head must pass the gate, then its lead, then its text must score
   * for a story (or name, in its head, a person a story quotes: core/detect/detect.ts mayReportStory). A page that
   * passes gets the full content script before the answer.
   */
  async judge(look: PageLook, tabId: number, frameId: number): Promise<LookAnswer> {
    const gate = await this.gate();
    if (!gate(look.head)) return 'no';
    if (look.text === null) return 'lead';
    if (!gate(look.text)) return 'no';
    if (!look.complete) return 'all';
    const own = await this.ownLook();
    const found = mayReportStory(this.ports.bundled.index, look.text, look.head) || (own !== null && (await own(look.text, () => look.head)));
    if (!found) return 'no';
    await this.ports.injectSession(tabId, frameId);
    return 'pass';
  }

  private ownLook(): Promise<OwnLook | null> {
    // An unreadable stored gate means no own story can be recognized; the bundled ones still are.
    this.own ??= this.ports.ownStories().catch(() => null);
    return this.own;
  }
}
