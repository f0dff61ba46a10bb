import { mayReportStory, type DetectionIndex } from '../core/detect/detect.ts';
import { gateOf, type WordGate } from './gate-words.ts';

/**
 * The look at the reader's own stories, read from extension storage, where the background's library leaves them:
 * a short list of gate words (the stories' key names, as written) and the stories' detection index, read only for a
 * text that contains a gate word. The background's judge (lib/tab-judge.ts) reads it at its start instead of
 * compiling the stories, and the full content script for its own looks after an in-site navigation.
 */

/** Storage key of the gate words of the reader's own stories (an array of lower-case words; absent when none). */
export const OWN_GATE_KEY = 'own-gate';
/** Storage key of the detection index of the reader's own stories. */
export const OWN_INDEX_KEY = 'own-detection';

/** The part of extension storage the look reads. */
export interface StorageReader {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * Decides whether a page's text may be about one of the reader's own stories, given the page's head (title and
 * address) when asked for; `gate` is its first, cheap test.
 */
export type OwnLook = ((text: string, head?: () => string) => Promise<boolean>) & { readonly gate: WordGate; readonly words: readonly string[] };

/** The look at own stories, or null when the reader has none (or the stored gate is unreadable: nothing to look for). */
export async function loadOwnLook(storage: StorageReader): Promise<OwnLook | null> {
  const words = (await storage.get(OWN_GATE_KEY))[OWN_GATE_KEY];
  if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string')) return null;
  const gate = gateOf(words as string[]);
  let index: Promise<DetectionIndex | null> | null = null;
  const look = async (text: string, head: () => string = () => '') => {
    if (!gate(text)) return false;
    index ??= storage.get(OWN_INDEX_KEY).then((stored) => asIndex(stored[OWN_INDEX_KEY]));
    const own = await index;
    return own !== null && mayReportStory(own, text, head());
  };
  return Object.assign(look, { gate, words: words as string[] });
}

/** A stored index, if it has the shape of one (a corrupt entry means no own story can be recognized here). */
function asIndex(value: unknown): DetectionIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const index = value as Partial<DetectionIndex>;
  const ok = Array.isArray(index.stories) && typeof index.postings === 'object' && typeof index.forms === 'object' && Array.isArray(index.acronyms) && Array.isArray(index.aliases);
  return ok ? (index as DetectionIndex) : null;
}
