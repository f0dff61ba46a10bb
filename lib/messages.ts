import type { AnalysisResult } from '../core/result.ts';

/**
 * The one message contract between the content script, the background and the popup. Every message is a
 * member of a union discriminated on `type`, and every request names its response type.
 */

/** How long the content script's steps took on this page, in milliseconds (kept in memory, for the benchmark). */
export interface PageTimings {
  /** The quick look every page gets: reading some text and scoring it against the stories. */
  quickLook?: number;
  /** Readability on a clone of the page. */
  extract?: number;
  /** The round trip to the background's analysis. */
  analysis?: number;
  /** Anchoring and wrapping the marks. */
  paint?: number;
  /** From the start of the check to the marks painted. */
  total?: number;
  /** How many times the page was looked at (the first look, late content, navigations). */
  checks?: number;
}

/** What the content script knows about its page. */
export type PageStatus = (
  | { readonly state: 'checking' }
  | { readonly state: 'no-story' }
  | { readonly state: 'not-article' }
  | { readonly state: 'other-language' }
  | { readonly state: 'too-large'; readonly elements: number }
  | { readonly state: 'analyzing' }
  | { readonly state: 'ready'; readonly marked: number; readonly unanchored: number; readonly marksShown: boolean }
  | { readonly state: 'error'; readonly message: string }
) & { readonly timings?: PageTimings };

/** An article the content script extracted, sent for analysis. */
export interface ArticlePayload {
  readonly text: string;
  readonly title: string;
  readonly url: string;
  /** The page's publication day, when it states one: a page dated long after a story reports another event. */
  readonly date: string | null;
}

/** Content script → background: analyze this page's article (response: AnalysisResult). */
export interface AnalyzeRequest {
  readonly type: 'analyze-article';
  readonly article: ArticlePayload;
}

/** Content script → background: how painting went, so the popup can say which claims are not highlighted. */
export interface MarksReport {
  readonly type: 'marks-painted';
  /** Indexes of claims that could not be found in the page; null when the marks are switched off. */
  readonly unanchored: readonly number[] | null;
  readonly marksShown: boolean;
}

/** Content script → background: the page is not (or no longer) about a bundled story. */
export interface PageCleared {
  readonly type: 'page-cleared';
}

/** Content script (hover card) → background: show this claim's entry in the popup page. */
export interface OpenClaimRequest {
  readonly type: 'open-claim';
  readonly claim: number;
}

/** Popup → background: the stored result of a tab (response: TabRecord | null). */
export interface TabRecordRequest {
  readonly type: 'get-tab-record';
  readonly tabId: number;
}

/** Popup → content script: the page's status (response: PageStatus). */
export interface PageStatusRequest {
  readonly type: 'get-page-status';
}

/** Popup → content script: scroll to a claim and flash its mark (response: boolean, false when not marked). */
export interface RevealClaimRequest {
  readonly type: 'reveal-claim';
  readonly claim: number;
}

/** Messages the background receives. */
export type BackgroundMessage = AnalyzeRequest | MarksReport | PageCleared | OpenClaimRequest | TabRecordRequest;

/** Popup → content script: look at the page again, when its result went missing (response: boolean). */
export interface RefreshPageRequest {
  readonly type: 'refresh-page';
}

/** Messages the content script receives. */
export type ContentMessage = PageStatusRequest | RevealClaimRequest | RefreshPageRequest;

/** What the background keeps per tab. */
export interface TabRecord {
  readonly url: string;
  /** Host name of the page, for the per-site marks switch. */
  readonly host: string;
  readonly result: AnalysisResult;
  /** Claims that could not be anchored in the page, once the marks were painted. */
  readonly unanchored: readonly number[] | null;
  readonly marksShown: boolean;
}

/** Response types per request type. */
export interface Responses {
  'analyze-article': AnalysisResult;
  'marks-painted': void;
  'page-cleared': void;
  'open-claim': void;
  'get-tab-record': TabRecord | null;
  'get-page-status': PageStatus;
  'reveal-claim': boolean;
  'refresh-page': boolean;
}

const TYPES = new Set<string>([
  'analyze-article', 'marks-painted', 'page-cleared', 'open-claim', 'get-tab-record', 'get-page-status', 'reveal-claim', 'refresh-page',
]);

/** Whether an incoming value is one of our messages (anything else is ignored). */
export function isMessage(value: unknown): value is BackgroundMessage | ContentMessage {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}
