import type { AnalysisResult, StoryMentions } from '../../core/result.ts';
import { CardController } from '../../page/card-host.ts';
import { articleCandidate, extractArticle } from '../../page/extract.ts';
import { removeHighlights } from '../../page/highlighter.ts';
import { watchLateContent } from '../../page/late-content.ts';
import { paintClaims, type Painted } from '../../page/paint.ts';
import { errorCount } from '../../lib/errors.ts';
import type { Handoff } from '../../lib/handoff.ts';
import type { BackgroundProtocol, MessageOf, PageStatus, PageTimings, SkipReason } from '../../lib/messages.ts';
import type { OwnLook } from '../../lib/own-look.ts';
import { addressOf, lookAt, ownStoryMayMatch } from './quick-look.ts';
import { marksShownOn, type Settings } from '../../shared/settings.ts';
import type { ArticlePayload } from '../../shared/article.ts';

/** Time given to a single-page site to render the new page after its URL changed. */
export const NAVIGATION_SETTLE_MS = 500;

/** How long a step to a difference counts as where the reader is, whatever the scroll (smooth scrolling takes a moment). */
const STEP_MEMORY_MS = 1_500;

/** A message the session sends the background without waiting for an answer. */
export type SessionMessage = MessageOf<BackgroundProtocol, 'marks-painted' | 'page-skipped' | 'page-cleared' | 'open-claim'>;

/** What the session needs from the extension; tests give it fakes. */
export interface SessionPorts {
  /** The background's analysis of an article. */
  analyze(article: ArticlePayload): Promise<AnalysisResult>;
  /** Tells the background something; failures are the port's to note, never the page's. */
  notify(notice: SessionMessage): void;
  loadSettings(): Promise<Settings>;
  /** Calls the listener on every settings change; returns a function that stops it. */
  watchSettings(listener: (settings: Settings) => void): () => void;
  /** The look at the reader's own stories, read afresh for each look (they may have changed): lib/own-look.ts. */
  ownStories?(): Promise<OwnLook | null>;
}

/** The marks and card on the page, while shown. */
interface Paint {
  readonly painted: Painted;
  readonly card: CardController;
}

/**
 * The session's one state, named as the page status it reports (lib/messages.ts PageStatus: `checking`,
 * `analyzing`, `ready`, `error`; `skipped` reports why the page was left alone). Each look owns an AbortController:
 * starting another look, a navigation or the end of the session aborts it, and an aborted look changes nothing when
 * its analysis comes back.
 */
export type SessionState =
  /** Nothing known yet, or the page changed; `stale` is the previous page's article after an in-site navigation:
   *  seeing its text again means the site has not yet swapped the new page in. */
  | { readonly kind: 'checking'; readonly stale: SeenArticle | null }
  | { readonly kind: 'analyzing'; readonly look: AbortController; readonly text: string; readonly seen: SeenArticle }
  | { readonly kind: 'ready'; readonly result: AnalysisResult; readonly text: string; readonly paint: Paint | null; readonly shown: boolean; readonly seen: SeenArticle }
  | { readonly kind: 'skipped'; readonly reason: SkipReason | 'too-large'; readonly elements?: number; readonly mentions?: StoryMentions }
  | { readonly kind: 'error'; readonly message: string };

/** What an analysis was given of a page's article: after an in-site navigation, what of it the page still shows. */
export interface SeenArticle {
  readonly text: string;
  readonly title: string;
  readonly headlines: readonly string[];
  readonly date: string | null;
}

/**
 * What of an article belongs to the page itself: after an in-site navigation, a title, headline or date still the
 * previous page's is left out. Single-page sites swap the article in and update the document's head later, or
 * never; the previous page's headline and date would otherwise vouch for an article about something else.
 */
export function ownHeadOf(article: SeenArticle, stale: SeenArticle | null): SeenArticle {
  if (stale === null) return article;
  const old = new Set([stale.title, ...stale.headlines]);
  const headlines = article.headlines.filter((h) => !old.has(h));
  const title = old.has(article.title) ? (headlines[0] ?? '') : article.title;
  return { text: article.text, title, headlines: headlines.filter((h) => h !== title), date: article.date === stale.date ? null : article.date };
}

/**
 * The full content script's work on a page that passed the quick look: extraction, analysis (in the background),
 * marks and hover cards; and again after in-site navigations and when a late article renders.
 */
export class ContentSession {
  private state: SessionState = { kind: 'checking', stale: null };
  private timings: PageTimings = {};
  private settings: Settings | null = null;
  private readonly settingsLoad: Promise<Settings>;
  private readonly stopSettings: () => void;
  private stopWatching: (() => void) | null = null;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  private address: string;
  /** The difference the keyboard went to last (stepDifference). */
  private stepped: number | null = null;
  private steppedAt = -Infinity;

  constructor(private readonly doc: Document, private readonly ports: SessionPorts, lifetime?: AbortSignal) {
    this.address = addressOf(doc);
    this.stopSettings = ports.watchSettings((settings) => this.applySettings(settings));
    // Read while the page is extracted and analyzed, not after: one storage round trip less before the first mark.
    this.settingsLoad = ports.loadSettings();
    lifetime?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** The current state (for tests and the status answer). */
  get current(): SessionState {
    return this.state;
  }

  /** What the popup and the benchmark are told about the page. */
  status(): PageStatus {
    return { ...pageStatusOf(this.state), timings: this.timings, errors: errorCount() };
  }

  /**
   * Starts on a page the quick look passed (`handoff`), or looks at it from scratch. A page that may still be
   * rendering its article is watched for a while.
   */
  async start(handoff: Handoff | null = null, watch = false): Promise<void> {
    if (handoff) this.timings = { ...handoff.timings, load: performance.now() - handoff.since - (handoff.timings.quickLook ?? 0) };
    const found = await this.check(handoff?.since ?? null);
    if (!found && (watch || this.doc.body === null || lookAt(this.doc).little) && !this.stopWatching) {
      this.stopWatching = watchLateContent(this.doc.body ?? this.doc, () => this.check());
    }
  }

  /** The URL changed without a reload: once the site had a moment to swap its content in, start over. */
  navigated(): void {
    clearTimeout(this.navigationTimer);
    this.navigationTimer = setTimeout(() => {
      const address = addressOf(this.doc);
      const moved = address !== this.address;
      // Back where it was within the settle time (there and back again), yet the site may have rendered the page
      // anew, dropping the marks with its old elements: then the same page is marked again.
      if (!moved && this.stillShown()) return;
      this.address = address;
      this.stopWatching?.();
      this.stopWatching = null;
      const stale = !moved ? null : this.state.kind === 'ready' || this.state.kind === 'analyzing' ? this.state.seen : null;
      this.enter({ kind: 'checking', stale });
      if (moved) this.ports.notify({ type: 'page-cleared' });
      void this.start(null, true);
    }, NAVIGATION_SETTLE_MS);
  }

  /** Looks at the page again, past the quick look (the popup found its result missing, or the stories changed). */
  refresh(): boolean {
    void this.check(performance.now());
    return true;
  }

  /** Scrolls to a claim and flashes its marks; false when it is not marked. */
  reveal(claim: number): boolean {
    const marks = this.state.kind === 'ready' ? this.state.paint?.painted.marksByClaim.get(claim) : undefined;
    const first = marks?.[0];
    if (!marks || !first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of marks) {
      mark.removeAttribute('data-flash');
      // Restart the animation even if it ran before.
      void mark.offsetWidth;
      mark.setAttribute('data-flash', '');
    }
    setTimeout(() => marks.forEach((m) => m.removeAttribute('data-flash')), 2_600);
    first.focus({ preventScroll: true });
    return true;
  }

  /**
   * Reveals the next (1) or previous (-1) claim marked as a difference (a conflict, a quotation in other words)
   * from the middle of the window, wrapping around at the end; null when none is marked.
   */
  stepDifference(step: 1 | -1): number | null {
    const marks = this.state.kind === 'ready' ? this.state.paint?.painted.marksByClaim : undefined;
    if (!marks || this.state.kind !== 'ready') return null;
    const claims = this.state.result.claims;
    const middle = (this.doc.defaultView?.innerHeight ?? 0) / 2;
    // Each differing claim with where its first mark is against the middle of the window, in page order.
    const differing = [...marks]
      .filter(([claim]) => claims[claim]?.status === 'conflict' || claims[claim]?.status === 'quote-variant')
      .map(([claim, pieces]) => ({ claim, top: pieces[0]!.getBoundingClientRect().top - middle }))
      .sort((a, b) => a.top - b.top);
    if (differing.length === 0) return null;
    // From the difference shown last while it is still in view (it may still be scrolling in), else from the
    // middle of the window (the reader scrolled elsewhere).
    // (Just stepped: it may not have started scrolling yet.)
    const last = differing.findIndex((d) => d.claim === this.stepped);
    const inView = last >= 0 && (performance.now() - this.steppedAt < STEP_MEMORY_MS || Math.abs(differing[last]!.top) < middle);
    const target = inView
      ? differing[(last + step + differing.length) % differing.length]!
      : step === 1
        ? (differing.find((d) => d.top > 4) ?? differing[0]!)
        : (differing.findLast((d) => d.top < -4) ?? differing.at(-1)!);
    this.stepped = target.claim;
    this.steppedAt = performance.now();
    this.reveal(target.claim);
    return target.claim;
  }

  /**
   * Whether what the session shows still stands on the page as it is now: an analysis under way (its marks go onto
   * the page as it is when it lands), marks the reader's settings hide here, or painted marks all still in the
   * document. Not when the site replaced their elements, nor when the last look read another page than this one
   * (a site that went to another story and straight back: the look, or the analysis's marks, landed in between).
   */
  private stillShown(): boolean {
    const state = this.state;
    if (state.kind === 'analyzing') return true;
    if (state.kind !== 'ready') return false;
    if (state.paint === null) return true;
    const first = state.paint.painted.marksByClaim.values().next().value?.[0];
    return first !== undefined && first.isConnected;
  }

  /** Removes every trace of the extension from the page and stops listening. */
  dispose(): void {
    clearTimeout(this.navigationTimer);
    this.stopWatching?.();
    this.stopWatching = null;
    this.stopSettings();
    this.enter({ kind: 'checking', stale: null });
  }

  /**
   * One look: extraction, analysis, marks. `since` is when the quick look that already passed started (it is not
   * repeated); null to look from scratch. Resolves true when the page is done with (marked, or superseded).
   */
  private async check(since: number | null = null): Promise<boolean> {
    const start = since ?? performance.now();
    const stale = this.state.kind === 'checking' ? this.state.stale : null;
    this.timings.checks = (this.timings.checks ?? 0) + (since === null ? 1 : 0);
    const look = new AbortController();
    try {
      if (since === null) {
        const quick = lookAt(this.doc);
        this.timings.quickLook = quick.ms;
        const own = quick.found ? null : await this.ports.ownStories?.();
        if (!quick.found && !(own && (await ownStoryMayMatch(this.doc, quick, own)))) return this.skip({ kind: 'skipped', reason: 'no-story' }, false);
      }
      const candidate = articleCandidate(this.doc);
      if (!candidate.ok) {
        return this.skip(candidate.reason === 'too-large' ? { kind: 'skipped', reason: 'too-large', elements: candidate.elements } : { kind: 'skipped', reason: 'not-article' });
      }
      const extracting = performance.now();
      const article = extractArticle(this.doc);
      this.timings.extract = performance.now() - extracting;
      if (typeof article === 'string') return this.skip({ kind: 'skipped', reason: 'not-article' });
      // Still the previous page's article: the site has not rendered the new page yet.
      if (article.text === stale?.text) return false;
      const seen: SeenArticle = { text: article.text, title: article.title, headlines: article.headlines, date: article.date };
      const own = ownHeadOf(seen, stale);
      this.enter({ kind: 'analyzing', look, text: article.text, seen });
      const analyzing = performance.now();
      const result = await this.ports.analyze({ text: article.text, title: own.title, url: this.doc.location?.href ?? '', date: own.date, headlines: own.headlines });
      this.timings.analysis = performance.now() - analyzing;
      // Superseded (a navigation, another look, the end of the session): nothing of this look may stay.
      if (look.signal.aborted) return true;
      if (!result.story) {
        // A page that only mentions a story gets no marks; the popup says which story and where.
        const mentions = result.mentions ? { mentions: result.mentions } : {};
        return this.skip({ kind: 'skipped', reason: result.language === 'other' ? 'other-language' : 'no-story', ...mentions });
      }
      this.settings ??= await this.settingsLoad;
      if (look.signal.aborted) return true;
      this.stopWatching?.();
      this.stopWatching = null;
      this.enter({ kind: 'ready', result, text: article.text, paint: null, shown: false, seen });
      const painting = performance.now();
      this.repaint();
      this.timings.paint = performance.now() - painting;
      this.timings.total = performance.now() - start;
      return true;
    } catch (error) {
      if (look.signal.aborted) return true;
      // Never let our failure become the page's: record it for the popup and stay silent.
      return this.skip({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Enters a state that leaves the page alone, and tells the background why (the popup shows it). */
  private skip(state: Extract<SessionState, { kind: 'skipped' | 'error' }>, tell = true): false {
    this.enter(state);
    if (tell) this.ports.notify({ type: 'page-skipped', status: pageStatusOf(state) });
    return false;
  }

  /** The one way the state changes: whatever the old state owned (a look under way, marks) is let go first. */
  private enter(next: SessionState): void {
    const old = this.state;
    if (old.kind === 'analyzing') old.look.abort();
    if (old.kind === 'ready' && old.paint && (next.kind !== 'ready' || next.paint !== old.paint)) unpaint(old.paint);
    this.state = next;
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    if (this.state.kind === 'ready') this.repaint();
  }

  private repaint(): void {
    const state = this.state;
    const settings = this.settings;
    if (state.kind !== 'ready' || !settings || !this.doc.body) return;
    if (state.paint) unpaint(state.paint);
    const shown = marksShownOn(settings, this.doc.location?.host ?? '');
    let paint: Paint | null = null;
    if (shown) {
      const painted = paintClaims(this.doc.body, state.result.claims, settings);
      const card = new CardController(this.doc, {
        claimAt: (i) => (this.state.kind === 'ready' ? this.state.result.claims[i] : undefined),
        onOpen: (claim) => this.ports.notify({ type: 'open-claim', claim }),
        context: () => (this.state.kind === 'ready' ? { sources: this.state.result.sources, pageDate: this.state.result.date ?? null } : { sources: [], pageDate: null }),
      });
      card.attach();
      paint = { painted, card };
    }
    this.state = { ...state, paint, shown };
    // With marks hidden nothing was anchored: "unknown", not "everything placed".
    this.ports.notify({ type: 'marks-painted', unanchored: paint ? paint.painted.unanchored : null, marksShown: shown });
  }
}

function unpaint(paint: Paint): void {
  paint.card.detach();
  removeHighlights(paint.painted.highlights);
}

/** The page status a session state reports to the background and the popup (lib/messages.ts PageStatus). */
export function pageStatusOf(state: SessionState): PageStatus {
  switch (state.kind) {
    case 'checking':
      return { state: 'checking' };
    case 'analyzing':
      return { state: 'analyzing' };
    case 'ready': {
      const marked = state.paint?.painted.marksByClaim.size ?? 0;
      return { state: 'ready', marked, unanchored: state.paint?.painted.unanchored.length ?? 0, marksShown: state.shown };
    }
    case 'skipped':
      if (state.reason === 'too-large') return { state: 'too-large', elements: state.elements ?? 0 };
      return state.reason === 'no-story' && state.mentions ? { state: 'no-story', mentions: state.mentions } : { state: state.reason };
    case 'error':
      return { state: 'error', message: state.message };
  }
}
