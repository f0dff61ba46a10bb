/**
 * Turns a DOM subtree into plain text the way a reader sees it: text nodes in order, a line break between
 * blocks, nothing from scripts, styles or hidden templates. Used both for the extracted article (Readability's
 * output) and for the live page that marks are anchored in, so both texts break lines in the same places.
 */

/** Elements whose text is never article text. */
export const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'CANVAS', 'IFRAME',
  'OBJECT', 'EMBED', 'HEAD', 'TRIANGULATE-CARD',
]);

/** Elements that start a new line of text. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML', 'DETAILS', 'SUMMARY',
]);

/** A text node's place in the text built from its subtree. */
export interface TextPiece {
  readonly node: Text;
  /** Offset of the node's first character in the built text. */
  readonly start: number;
}

/** Text of a subtree with the position of every text node in it. */
export interface BlockText {
  readonly text: string;
  readonly pieces: readonly TextPiece[];
}

/** Limits the walk so a page with millions of nodes cannot stall the tab. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Builds the reader's text of `root`, with a line break at every block boundary. */
export function blockText(root: Node, maxLength = MAX_TEXT_LENGTH): BlockText {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let pendingBreak = false;
  // An explicit stack, not recursion: pages nest elements deeper than the call stack allows.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0 && length < maxLength) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      pendingBreak = true;
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      pieces.push({ node: node as Text, start: length });
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_ELEMENTS.has(name)) continue;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      pendingBreak = true;
      stack.push({ node, leaving: true });
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  return { text: parts.join(''), pieces };
}
