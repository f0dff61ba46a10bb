import { Window } from 'happy-dom';
import { articleCandidate, extractArticle, type ExtractedArticle } from '../page/extract.ts';

/**
 * Builds a DOM Document from HTML in Node (happy-dom), with scripts, styles and resources disabled: the page
 * is only read, never run.
 */
export function htmlDocument(html: string, url = 'https://localhost/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/**
 * The article of an HTML page, found the way the content script finds it (the same size guard, Readability's
 * guess, then extraction), or null when the page has none.
 */
export function articleFromHtml(html: string, url?: string): { article: ExtractedArticle | null; title: string; closed: Promise<void> } {
  const doc = htmlDocument(html, url);
  try {
    const article = articleCandidate(doc).ok ? extractArticle(doc) : null;
    return { article: typeof article === 'string' ? null : article, title: doc.title, closed: closeWindow(doc) };
  } catch (error) {
    void closeWindow(doc);
    throw error;
  }
}

/**
 * Closes a document's window: one left open keeps its whole page alive. The close completes asynchronously, so a
 * command reading a hundred pages awaits it between pages (`closed`) or the heap fills.
 */
function closeWindow(doc: Document): Promise<void> {
  return (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close() ?? Promise.resolve();
}
