/**
 * An article as the extension passes it on: what the full content script extracted for analysis, and what the popup
 * offers to store as a source of the reader's own story. Shared by page/ (which reads it from the DOM), lib/ and the
 * components.
 */

/** An article the content script extracted, sent for analysis. */
export interface ArticlePayload {
  readonly text: string;
  readonly title: string;
  readonly url: string;
  /** The page's publication day, when it states one: a page dated long after a story reports another event. */
  readonly date: string | null;
  /** The page's headline in its other forms (document title, social title, first heading). */
  readonly headlines?: readonly string[];
}

/** The article of the page in a tab, as the popup offers to store it. */
export interface PageArticle extends ArticlePayload {
  /** The outlet: the page's `og:site_name`, else its host without `www.`. */
  readonly outlet: string;
  /** Words in `text`, so the popup can say how much will be stored. */
  readonly words: number;
  /** A first sentence or the page's description, to start a story's summary with. */
  readonly description: string;
}
