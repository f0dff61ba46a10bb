import type { Catalog } from '../core/corpus/types.ts';
import type { ClaimStatus } from '../core/result.ts';
import type { TabRecord } from '../lib/messages.ts';

/** What the popup shows, decided by its entry point from the tab's stored result and the page's status. */
export type PopupState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'not-article' }
  | { readonly kind: 'other-language' }
  | { readonly kind: 'too-large'; readonly elements: number }
  | { readonly kind: 'no-story'; readonly catalog: Catalog }
  | { readonly kind: 'analyzing' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly record: TabRecord; readonly catalog: Catalog };

/** The popup's claim filters. */
export type ClaimFilter = 'all' | 'conflict' | 'quote-variant' | 'unique';

/** Which statuses each filter shows. */
export const FILTERS: ReadonlyArray<{ readonly id: ClaimFilter; readonly label: string; readonly shows: (s: ClaimStatus) => boolean }> = [
  { id: 'all', label: 'All', shows: () => true },
  { id: 'conflict', label: 'Conflicts', shows: (s) => s === 'conflict' },
  { id: 'quote-variant', label: 'Quote differences', shows: (s) => s === 'quote-variant' },
  { id: 'unique', label: 'Only here', shows: (s) => s === 'unique' },
];
