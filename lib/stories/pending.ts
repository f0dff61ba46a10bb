import { storage } from 'wxt/utils/storage';

/**
 * What the context menu asked for a tab's page ("Start a story from this page", "Add to “X”"), until the side
 * panel it opened shows the story form: the form still says what will be stored, and nothing is stored before
 * Save. Kept in `storage.session` (key `pending-story:<tab id>`), which the panel watches.
 */
export type PendingStory = { readonly action: 'start' } | { readonly action: 'add'; readonly storyId: string };

/** The pending story action of a tab. */
export function pendingStory(tabId: number) {
  return storage.defineItem<PendingStory>(`session:pending-story:${tabId}`);
}
