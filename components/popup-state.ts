import type { Catalog } from '../core/corpus/types.ts';
import type { StoryMentions } from '../core/result.ts';
import type { TabRecord } from '../shared/tab-record.ts';

/** What the popup shows, decided by its entry point from the tab's stored result and the page's status. */
export type PopupState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'not-article' }
  | { readonly kind: 'other-language' }
  | { readonly kind: 'too-large'; readonly elements: number }
  /** `mentions`: the page mentions a story without reporting it (another event, or in passing). */
  | { readonly kind: 'no-story'; readonly catalog: Catalog; readonly mentions?: StoryMentions }
  | { readonly kind: 'analyzing' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly record: TabRecord; readonly catalog: Catalog };
