import { h, render } from 'preact';
import type { AnalyzedClaim, SourceSummary } from '../core/result.ts';
import { HoverCard } from '../components/HoverCard.tsx';
import cardStyles from '../components/card.css?inline';
import sharedStyles from '../components/shared.css?inline';
import { MARK_TAG } from './highlighter.ts';
import { placeCard } from './card-position.ts';

/** The element that hosts the card's shadow root. A custom element name, so page CSS selectors miss it. */
export const CARD_HOST_TAG = 'triangulate-card';
const CARD_ID = 'triangulate-card';
/** Grace time to move the pointer from a mark to its card. */
const HIDE_DELAY_MS = 250;

/** What the card needs from its owner. */
export interface CardOptions {
  readonly claimAt: (index: number) => AnalyzedClaim | undefined;
  readonly onOpen: (index: number) => void;
  /** The sources the page was compared with and the page's own day, for who gives which value, and when. */
  readonly context?: () => { readonly sources: readonly SourceSummary[]; readonly pageDate: string | null };
}

/**
 * Shows the hover card for marks: on pointer hover or keyboard focus, in an open shadow root so page styles
 * cannot reach it; closes on Escape, on leaving the mark and card, or on focus moving away.
 */
export class CardController {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private refocusing: HTMLElement | null = null;
  private current: { mark: HTMLElement; claim: number } | null = null;
  /** Which line of a wrapping mark the pointer entered on (the first when opened from the keyboard); kept as an
   *  index so the card follows that line when the page scrolls. */
  private line = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: Array<[EventTarget, string, EventListener, boolean]> = [];

  constructor(
    private readonly doc: Document,
    private readonly options: CardOptions,
  ) {}

  /** Starts listening for hover and focus on marks. */
  attach(): void {
    const win = this.doc.defaultView;
    this.listen(this.doc, 'mouseover', (e) => this.onOver(e), true);
    this.listen(this.doc, 'mouseout', (e) => this.onOut(e), true);
    this.listen(this.doc, 'focusin', (e) => this.onOver(e), true);
    this.listen(this.doc, 'focusout', (e) => this.onFocusOut(e as FocusEvent), true);
    this.listen(this.doc, 'keydown', (e) => this.onKey(e as KeyboardEvent), true);
    if (win) {
      this.listen(win, 'scroll', () => this.position(), true);
      this.listen(win, 'resize', () => this.position(), false);
    }
  }

  /** Stops listening and removes the card from the page. */
  detach(): void {
    for (const [target, type, listener, capture] of this.listeners) target.removeEventListener(type, listener, capture);
    this.listeners.length = 0;
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  /** Opens the card of a claim next to one of its marks. */
  show(mark: HTMLElement, claim: number): void {
    clearTimeout(this.hideTimer);
    const data = this.options.claimAt(claim);
    if (!data) return;
    if (this.current?.mark === mark) return;
    this.current = { mark, claim };
    const mount = this.ensureMount();
    // Next to the mark in the DOM, so Tab from the mark goes into the card and on out of it to the page (the
    // host is fixed-positioned: where it sits in the tree moves nothing). After the mark's inline ancestors, not
    // inside them: a click in the card must not also follow a link the mark is in.
    const anchor = outermostInline(mark);
    if (this.host!.previousSibling !== anchor) anchor.after(this.host!);
    render(
      h(HoverCard, { claim: data, id: CARD_ID, onOpen: () => this.options.onOpen(claim), onClose: () => this.close(), ...this.options.context?.() }),
      mount,
    );
    this.position();
  }

  /** Closes the card and returns focus to its mark when the card had it. */
  close(): void {
    const mark = this.current?.mark;
    const hadFocus = this.host?.matches(':focus-within') ?? false;
    this.hide();
    if (hadFocus && mark) {
      // Focusing the mark again must not reopen the card it just closed.
      this.refocusing = mark;
      mark.focus();
      this.refocusing = null;
    }
  }

  private hide(): void {
    clearTimeout(this.hideTimer);
    this.current = null;
    if (this.mount) render(null, this.mount);
  }

  private ensureMount(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('z-index', '2147483647');
    host.style.setProperty('top', '0');
    host.style.setProperty('left', '0');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = sharedStyles + cardStyles;
    shadow.appendChild(style);
    // Preact renders into its own element so the style element stays.
    const mount = this.doc.createElement('div');
    shadow.appendChild(mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private position(): void {
    const view = this.doc.defaultView;
    if (!this.current || !this.host || !view) return;
    const card = this.mount?.firstElementChild as HTMLElement | null;
    if (!card) return;
    const { mark, claim } = this.current;
    // The card's natural size, before it is limited to the room it gets.
    card.style.maxHeight = 'none';
    const size = card.getBoundingClientRect();
    const lines = [...this.doc.querySelectorAll(`${MARK_TAG}[data-claim="${claim}"]`)].flatMap((m) => [...m.getClientRects()]);
    const target = {
      claim: lines,
      anchor: mark.getClientRects()[this.line] ?? mark.getBoundingClientRect(),
      column: (outermostInline(mark).parentElement ?? mark).getBoundingClientRect(),
    };
    const place = placeCard(target, { width: size.width, height: size.height }, { width: view.innerWidth, height: view.innerHeight });
    // Rounded up: a card cut short by a fraction of a pixel would scroll, and its body become a Tab stop.
    card.style.maxHeight = `${Math.ceil(place.maxHeight)}px`;
    this.host.style.setProperty('transform', `translate(${Math.round(place.left)}px, ${Math.round(place.top)}px)`);
  }

  private onOver(event: Event): void {
    const mark = markOf(event.target);
    if (mark && mark === this.refocusing) return;
    if (mark && mark !== this.current?.mark) this.line = lineUnder(mark, event.type === 'mouseover' ? (event as MouseEvent).clientY : null);
    if (mark) return this.show(mark, Number(mark.dataset['claim']));
    if (this.host && event.target === this.host) clearTimeout(this.hideTimer);
  }

  private onOut(event: Event): void {
    if (!this.current) return;
    const to = (event as MouseEvent).relatedTarget;
    if (to === this.host || markOf(to)?.dataset['claim'] === String(this.current.claim)) return;
    if (markOf(event.target) || event.target === this.host) this.scheduleHide();
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.current) return;
    const to = event.relatedTarget;
    if (to === this.host || markOf(to)) return;
    if (to === null && this.host?.matches(':focus-within')) return;
    this.scheduleHide();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.current) {
      event.stopPropagation();
      this.close();
    }
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture: boolean): void {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }
}

/**
 * The line of a mark (it may wrap over several) being read: the one under the pointer, or for keyboard focus the
 * first line in view (focus may scroll only part of a long mark into view).
 */
function lineUnder(mark: HTMLElement, y: number | null): number {
  const rects = [...mark.getClientRects()];
  const height = mark.ownerDocument.defaultView?.innerHeight ?? Infinity;
  const index = rects.findIndex((r) => (y === null ? r.bottom > 0 && r.top < height : y >= r.top && y <= r.bottom));
  return Math.max(0, index);
}

const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', MARK_TAG.toUpperCase()]);

/** The mark, or its highest ancestor that is still inline (inside its paragraph). */
function outermostInline(mark: HTMLElement): HTMLElement {
  let node = mark;
  while (node.parentElement && INLINE.has(node.parentElement.tagName.toUpperCase()) && node.parentElement !== node.ownerDocument.body) {
    node = node.parentElement;
  }
  return node;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  return el.closest(MARK_TAG) as HTMLElement | null;
}
