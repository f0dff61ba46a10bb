import type { AnalysisResult, StoryMentions } from '../core/result.ts';
import type { ArticlePayload, PageArticle } from '../shared/article.ts';
import type { TabRecord } from '../shared/tab-record.ts';
import type { ImportOutcome, PackFiles, Refusal, StoredStory, StoryListing, StoryOutcome } from '../shared/stories.ts';

/**
 * The one message contract between the content scripts, the background and the popup. Each side's protocol maps
 * a message type to [the message's fields, the response]; handler tables, the senders and the message guards are
 * all derived from these two maps, so a handler's argument and return are checked against the contract.
 */

/** How long the content script's steps took on this page, in milliseconds (kept in memory, for the benchmark). */
export interface PageTimings {
  /** The first look in a page the background's gate let in: reading its head and text (the background judges them). */
  quickLook?: number;
  /** Of which reading the page's text. */
  quickRead?: number;
  /** Loading the full content script into the page once the first look passed. */
  load?: number;
  /** Readability on a clone of the page. */
  extract?: number;
  /** The round trip to the background's analysis. */
  analysis?: number;
  /** Anchoring and wrapping the marks. */
  paint?: number;
  /** From the start of the quick look (document idle) to the marks painted. */
  total?: number;
  /** How many times the page was looked at (the first look, late content, navigations). */
  checks?: number;
}

/** Why a page was left alone. */
export type SkipReason = 'no-story' | 'not-article' | 'other-language';

/** What the content script knows about its page. */
export type PageStatus = (
  | { readonly state: 'checking' }
  | { readonly state: Exclude<SkipReason, 'no-story'> }
  /** With `mentions` when the page mentions a story without reporting it. */
  | { readonly state: 'no-story'; readonly mentions?: StoryMentions }
  | { readonly state: 'too-large'; readonly elements: number }
  | { readonly state: 'analyzing' }
  | { readonly state: 'ready'; readonly marked: number; readonly unanchored: number; readonly marksShown: boolean }
  | { readonly state: 'error'; readonly message: string }
) & { readonly timings?: PageTimings; /** Errors the page's scripts noted and swallowed. */ readonly errors?: number };

/** What a page's first look shows the background: the page's head, and its text once asked for. */
export interface PageLook {
  /** The page's title, first heading (when the title is only a site's name) and address words (page/quick-text.ts headOf). */
  readonly head: string;
  /** The page's text as the quick look reads it (its title first): its lead, then all of it when asked; null for the head alone. */
  readonly text: string | null;
  /** Whether `text` is all the text the look reads (nothing more to ask for). */
  readonly complete: boolean;
  /** How long the look took in the page so far. */
  readonly timings: PageTimings;
}

/**
 * The background's answer to a first look: read the page's lead (`lead`) or all its text (`all`) and show it; the
 * page is about no story (`no`); or it may be, and the full content script is in (`pass`).
 */
export type LookAnswer = 'lead' | 'all' | 'no' | 'pass';

/** Messages the background answers: type → [fields, response]. */
export interface BackgroundProtocol {
  /**
   * The first look in a page (entrypoints/look/first-look.ts) shows what it read: the background judges it, and loads the full
   * content script into the sender's frame when the page may be about a story.
   */
  'look-at-page': [{ readonly look: PageLook }, LookAnswer];
  /** Analyze this page's article. */
  'analyze-article': [{ readonly article: ArticlePayload }, AnalysisResult];
  /** How painting went, so the popup can say which claims are not highlighted; stores the tab's record. */
  'marks-painted': [{ readonly unanchored: readonly number[] | null; readonly marksShown: boolean }, void];
  /** The page, past the quick look, was left alone or failed: the popup shows why. */
  'page-skipped': [{ readonly status: PageStatus }, void];
  /** The page is no longer the one analyzed (an in-site navigation): forget its result. */
  'page-cleared': [{}, void];
  /** From the hover card: show this claim's entry in the popup page. */
  'open-claim': [{ readonly claim: number }, void];
  /** Every story, bundled and own, with their sources (no texts): for the popup and the options page. */
  'list-stories': [{}, readonly StoryListing[]];
  /** Own stories that could not be read or compiled, each with why (they are kept untouched, never deleted). */
  'story-problems': [{}, readonly string[]];
  /** The article of the page in a tab, read by the full content script (loaded when needed); nothing is stored. */
  'read-article': [{ readonly tabId: number }, { readonly ok: true; readonly article: PageArticle } | Refusal];
  /** Starts a story of the reader's own from an article; the tab, when given, is looked at again. */
  'create-story': [{ readonly title: string; readonly summary: string; readonly article: PageArticle; readonly tabId?: number }, StoryOutcome];
  /** Adds an article to an own story as one more source. */
  'add-source': [{ readonly storyId: string; readonly article: PageArticle; readonly tabId?: number }, StoryOutcome];
  /** Renames an own story (title and summary). */
  'rename-story': [{ readonly storyId: string; readonly title: string; readonly summary: string }, StoryOutcome];
  /** Removes one source of an own story (the last one cannot be removed: delete the story). */
  'remove-source': [{ readonly storyId: string; readonly sourceId: string }, StoryOutcome];
  /** Deletes an own story; the answer holds it whole, for undo. */
  'delete-story': [{ readonly storyId: string }, { readonly ok: true; readonly deleted: StoredStory } | Refusal];
  /** Puts a deleted story back (undo). */
  'restore-story': [{ readonly story: StoredStory }, StoryOutcome];
  /** A story (bundled or own) as a story pack's files, to be zipped by the page that asked. */
  'export-story': [{ readonly storyId: string }, { readonly ok: true; readonly files: PackFiles } | Refusal];
  /** Imports a story pack's files; an existing own story is merged only when `merge` says so. */
  'import-pack': [{ readonly files: PackFiles; readonly merge: boolean }, ImportOutcome];
}

/** Messages a tab's content script answers: type → [fields, response]. */
export interface ContentProtocol {
  /** The page's status. */
  'get-page-status': [{}, PageStatus];
  /** Scroll to a claim and flash its mark (false when it is not marked). */
  'reveal-claim': [{ readonly claim: number }, boolean];
  /** Look at the page again, when its result went missing or the stories changed. */
  'refresh-page': [{}, boolean];
  /** The page's article, extracted (Readability), with its outlet; null when the page has none. */
  'extract-article': [{}, PageArticle | null];
  /** Scroll to the next (`step` 1) or previous (-1) difference marked on the page, after or before what is in
   *  view (a keyboard command); answers the claim shown, or null when the page marks no difference. */
  'step-difference': [{ readonly step: 1 | -1 }, number | null];
}

/** A message of a protocol: its type and fields. */
export type MessageOf<P, K extends keyof P> = K extends keyof P ? { readonly type: K } & (P[K] extends [infer Fields, unknown] ? Fields : never) : never;
/** The response to a message type. */
export type ResponseOf<P, K extends keyof P> = P[K] extends [unknown, infer R] ? R : never;
/** Any message of a protocol. */
export type AnyMessage<P> = { [K in keyof P]: MessageOf<P, K> }[keyof P];

/** One handler per message type, each checked against the protocol; `C` is what the caller knows (the sender). */
export type Handlers<P, C> = { readonly [K in keyof P]: (message: MessageOf<P, K>, context: C) => ResponseOf<P, K> | Promise<ResponseOf<P, K>> };

/** A type guard for a protocol's messages, from the list of its types (a Record, so none can be forgotten). */
export function messageGuard<P>(types: Readonly<Record<keyof P, true>>): (value: unknown) => value is AnyMessage<P> {
  return (value): value is AnyMessage<P> => {
    if (typeof value !== 'object' || value === null) return false;
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' && Object.hasOwn(types, type);
  };
}

/** The background's message guard. */
export const isBackgroundMessage = messageGuard<BackgroundProtocol>({
  'look-at-page': true, 'analyze-article': true, 'marks-painted': true, 'page-skipped': true, 'page-cleared': true, 'open-claim': true,
  'list-stories': true, 'story-problems': true, 'read-article': true, 'create-story': true, 'add-source': true, 'rename-story': true, 'remove-source': true,
  'delete-story': true, 'restore-story': true, 'export-story': true, 'import-pack': true,
});

/** The content scripts' message guard. */
export const isContentMessage = messageGuard<ContentProtocol>({ 'get-page-status': true, 'reveal-claim': true, 'refresh-page': true, 'extract-article': true, 'step-difference': true });

/**
 * Answers a message from a handler table, or returns undefined (not ours: another listener may answer). A
 * handler's exception becomes a rejected promise, which the sender sees as a failed request.
 */
export function dispatch<P, C>(handlers: Handlers<P, C>, isMessage: (v: unknown) => v is AnyMessage<P>, message: unknown, context: C): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  const type = (message as { type: keyof P }).type;
  const handler = handlers[type] as (m: unknown, c: C) => unknown;
  try {
    return Promise.resolve(handler(message, context));
  } catch (error) {
    return Promise.reject(error);
  }
}
