import { Window } from 'happy-dom';

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
