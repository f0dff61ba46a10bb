import detection from 'virtual:triangulate/detection';
import { detectStory, PREFILTER_THRESHOLD } from '../core/detect/detect.ts';
import type { AnalysisResult } from '../core/result.ts';
import { CardController } from '../page/card-host.ts';
import { articleCandidate, extractArticle } from '../page/extract.ts';
import { removeHighlights } from '../page/highlighter.ts';
import { watchLateContent } from '../page/late-content.ts';
import { paintClaims, type Painted } from '../page/paint.ts';
import { quickText, showsLittleText } from '../page/quick-text.ts';
import { isMessage, type ContentMessage, type PageStatus, type PageTimings } from './messages.ts';
import { sendToBackground } from './send.ts';
import { marksShownOn, type Settings } from './settings.ts';
import { loadSettings, watchSettings } from './settings-store.ts';

/** Pages with less text than this may still be rendering their article; they are watched for a while. */
const SMALL_PAGE_CHARS = 2_000;
/** Time given to a single-page site to render the new page after its URL changed. */
const NAVIGATION_SETTLE_MS = 500;

/**
 * The content script's work on one page: a cheap look at every page, and only on pages about a bundled story,
 * extraction, analysis (in the background), marks and hover cards. Changes nothing on any other page.
 */
export class ContentSession {
  private status: PageStatus = { state: 'checking' };
  private result: AnalysisResult | null = null;
  private painted: Painted | null = null;
  private card: CardController | null = null;
  private settings: Settings | null = null;
  private stopWatching: (() => void) | null = null;
  private stopSettings: (() => void) | null = null;
  private generation = 0;
  private timings: PageTimings = {};
  /** The page address (without #fragment) the current look is about. */
  private address: string;
  /** The previous page's article text after an in-site navigation: seeing it again means the site has not yet
   *  swapped in the new page. */
  private staleText: string | null = null;
  private lastText: string | null = null;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  /** Length of the body's text at the last quick look, so the page is not read twice. */
  private bodyLength: number | undefined;

  constructor(private readonly doc: Document) {
    this.address = addressOf(doc);
  }

  /** Answers the popup's questions. */
  handleMessage(message: unknown): Promise<unknown> | undefined {
    if (!isMessage(message)) return undefined;
    const m = message as ContentMessage;
    if (m.type === 'get-page-status') return Promise.resolve({ ...this.status, timings: this.timings });
    if (m.type === 'reveal-claim') return Promise.resolve(this.reveal(m.claim));
    if (m.type === 'refresh-page') {
      void this.run();
      return Promise.resolve(true);
    }
    return undefined;
  }

  /** Looks at the page and, if it is about a bundled story, analyzes and marks it. */
  async run(watch = false): Promise<void> {
    const generation = ++this.generation;
    const found = await this.check(generation);
    // A page that may still be rendering its article (little text yet, or just navigated to) is watched.
    if (!found && (watch || this.isSmallPage()) && !this.stopWatching) {
      this.stopWatching = watchLateContent(this.doc.body ?? this.doc, () => this.check(++this.generation));
    }
  }

  /**
   * The URL may have changed without a reload. The navigation event comes before the site swaps its content in,
   * and for link clicks that end in a download or a #fragment: so wait a moment, and act only if the page's
   * address really changed.
   */
  navigated(): void {
    clearTimeout(this.navigationTimer);
    this.navigationTimer = setTimeout(() => {
      const address = addressOf(this.doc);
      if (address === this.address) return;
      this.address = address;
      this.stopWatching?.();
      this.stopWatching = null;
      this.staleText = this.lastText;
      this.clear();
      // Always: an analysis still in flight when the URL changed may have left a result in the background.
      void sendToBackground({ type: 'page-cleared' }).catch(() => undefined);
      void this.run(true);
    }, NAVIGATION_SETTLE_MS);
  }

  /** Removes every trace of the extension from the page. */
  dispose(): void {
    this.generation++;
    clearTimeout(this.navigationTimer);
    this.stopWatching?.();
    this.stopSettings?.();
    this.clear();
  }

  private async check(generation: number): Promise<boolean> {
    try {
      const start = performance.now();
      this.timings = { checks: (this.timings.checks ?? 0) + 1 };
      const look = quickText(this.doc);
      this.bodyLength = look.bodyLength;
      const story = detectStory(detection, look.text, PREFILTER_THRESHOLD);
      this.timings.quickLook = performance.now() - start;
      if (!story) return this.setStatus({ state: 'no-story' }, false);
      const candidate = articleCandidate(this.doc);
      if (!candidate.ok) {
        const status: PageStatus = candidate.reason === 'too-large' ? { state: 'too-large', elements: candidate.elements } : { state: 'not-article' };
        return this.setStatus(status, false);
      }
      this.status = { state: 'analyzing' };
      const extracting = performance.now();
      const article = extractArticle(this.doc);
      this.timings.extract = performance.now() - extracting;
      if (typeof article === 'string') return this.setStatus({ state: 'not-article' }, false);
      // Still the previous page's article: the site has not rendered the new page yet.
      if (article.text === this.staleText) return this.setStatus({ state: 'checking' }, false);
      this.staleText = null;
      this.lastText = article.text;
      const analyzing = performance.now();
      const result = await sendToBackground({
        type: 'analyze-article',
        article: { text: article.text, title: article.title, url: this.doc.location?.href ?? '', date: article.date },
      });
      this.timings.analysis = performance.now() - analyzing;
      if (generation !== this.generation) {
        // A newer look superseded this one while the background worked: its result must not stay there.
        if (result.story) void sendToBackground({ type: 'page-cleared' }).catch(() => undefined);
        return true;
      }
      if (!result.story) return this.setStatus({ state: result.language === 'other' ? 'other-language' : 'no-story' }, false);
      this.stopWatching?.();
      this.stopWatching = null;
      this.result = result;
      this.settings = await loadSettings();
      this.stopSettings ??= watchSettings((settings) => this.applySettings(settings));
      const painting = performance.now();
      this.repaint();
      this.timings.paint = performance.now() - painting;
      this.timings.total = performance.now() - start;
      return true;
    } catch (error) {
      // Never let our failure become the page's: record it for the popup and stay silent.
      return this.setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) }, false);
    }
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    if (this.result) this.repaint();
  }

  private repaint(): void {
    const result = this.result;
    const settings = this.settings;
    if (!result || !settings || !this.doc.body) return;
    this.unpaint();
    const host = this.doc.location?.host ?? '';
    const shown = marksShownOn(settings, host);
    if (shown) {
      this.painted = paintClaims(this.doc.body, result.claims, settings);
      this.card = new CardController(this.doc, {
        claimAt: (i) => this.result?.claims[i],
        onOpen: (claim) => void sendToBackground({ type: 'open-claim', claim }).catch(() => undefined),
      });
      this.card.attach();
    }
    const marked = this.painted?.marksByClaim.size ?? 0;
    // With marks hidden nothing was anchored: "unknown", not "everything placed".
    const unanchored = this.painted ? this.painted.unanchored : null;
    this.status = { state: 'ready', marked, unanchored: unanchored?.length ?? 0, marksShown: shown };
    void sendToBackground({ type: 'marks-painted', unanchored, marksShown: shown }).catch(() => undefined);
  }

  private unpaint(): void {
    this.card?.detach();
    this.card = null;
    if (this.painted) removeHighlights(this.painted.highlights);
    this.painted = null;
  }

  private clear(): void {
    this.unpaint();
    this.result = null;
    this.status = { state: 'checking' };
  }

  private reveal(claim: number): boolean {
    const marks = this.painted?.marksByClaim.get(claim);
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

  private isSmallPage(): boolean {
    return showsLittleText(this.doc, SMALL_PAGE_CHARS, this.bodyLength);
  }

  private setStatus(status: PageStatus, value: boolean): boolean {
    this.status = status;
    return value;
  }
}


/** A page's address without its #fragment: what identifies the page. */
function addressOf(doc: Document): string {
  return (doc.location?.href ?? '').replace(/#.*$/, '');
}
