import { SKIPPED_ELEMENTS } from './block-text.ts';

/**
 * Wraps Ranges of page text in <triangulate-mark> elements and removes them again, restoring the page's DOM
 * exactly: the text nodes that were split are joined back, and the page's own nodes keep their identity.
 */

/** The element name of a mark. A custom element name: it cannot clash with the page's own tags. */
export const MARK_TAG = 'triangulate-mark';

/** What a mark carries. */
export interface MarkAttributes {
  readonly relation: string;
  readonly claim: number;
  /** Accessible description of the mark ("Also reported by Mashable; numbers differ"). */
  readonly label: string;
  /** Drawn faintly (agreement, unless the reader shows it fully): `data-quiet`. */
  readonly quiet?: boolean;
}

/** Marks made by one highlighting pass, and how to undo them. */
export interface Highlights {
  readonly marks: HTMLElement[];
  /** Each original text node that was split, with the pieces it was split into (itself first). */
  readonly splits: Map<Text, Text[]>;
}

/** Creates an empty set of highlights. */
export function createHighlights(): Highlights {
  return { marks: [], splits: new Map() };
}

/** Wraps the text of `range` in marks (one per text node it covers); returns the new marks. */
export function highlightRange(range: Range, attributes: MarkAttributes, into: Highlights): HTMLElement[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const made: HTMLElement[] = [];
  // Wrapping moves nodes, which moves live Range boundaries: read them once, before any change.
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (const node of textNodesIn(range)) {
    const start = node === startContainer ? startOffset : 0;
    const end = node === endContainer ? endOffset : node.data.length;
    // Whitespace between blocks (inside <tr>, <ul>) must stay bare or the layout breaks.
    if (end <= start || node.data.slice(start, end).trim() === '') continue;
    const target = isolate(node, start, end, into.splits);
    const mark = doc.createElement(MARK_TAG);
    mark.dataset['relation'] = attributes.relation;
    mark.dataset['claim'] = String(attributes.claim);
    if (attributes.quiet) mark.dataset['quiet'] = '';
    if (made.length === 0) {
      // One stop per claim for keyboard users: its first piece.
      mark.tabIndex = 0;
      mark.setAttribute('role', 'mark');
      mark.setAttribute('aria-label', attributes.label);
    }
    target.parentNode!.replaceChild(mark, target);
    mark.appendChild(target);
    made.push(mark);
  }
  into.marks.push(...made);
  return made;
}

/** Removes every mark and joins the split text nodes back, leaving the DOM as it was. */
export function removeHighlights(highlights: Highlights): void {
  for (const mark of highlights.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (const [original, pieces] of highlights.splits) {
    let data = '';
    for (const piece of pieces) data += piece.data;
    for (const piece of pieces) if (piece !== original) piece.parentNode?.removeChild(piece);
    original.data = data;
  }
  highlights.marks.length = 0;
  highlights.splits.clear();
}

/** The text node covering [start, end) of `node`, splitting it as needed and recording the split. */
function isolate(node: Text, start: number, end: number, splits: Map<Text, Text[]>): Text {
  const original = originalOf(node, splits);
  const pieces = splits.get(original) ?? [original];
  let target = node;
  if (end < target.data.length) insertAfter(pieces, target, target.splitText(end));
  if (start > 0) {
    const tail = target.splitText(start);
    insertAfter(pieces, target, tail);
    target = tail;
  }
  if (pieces.length > 1) splits.set(original, pieces);
  return target;
}

function originalOf(node: Text, splits: Map<Text, Text[]>): Text {
  for (const [original, pieces] of splits) if (pieces.includes(node)) return original;
  return node;
}

function insertAfter(pieces: Text[], after: Text, piece: Text): void {
  pieces.splice(pieces.indexOf(after) + 1, 0, piece);
}

/** The text nodes a range covers, leaving out those inside elements whose text is not page text (a <style>
 *  would stop applying its rules with a mark inside it). */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1
        ? SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())
          ? 2 /* FILTER_REJECT: skip the subtree */
          : 3 /* FILTER_SKIP: look inside */
        : 1 /* FILTER_ACCEPT */,
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
  }
  return out;
}
