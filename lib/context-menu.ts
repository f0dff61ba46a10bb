import { browser, type Browser } from 'wxt/browser';
import { settle } from './errors.ts';
import { t } from './i18n.ts';
import { pendingStory } from './stories/pending.ts';
import { openSidePanel } from './side-panel.ts';
import type { StoryRef } from '../shared/stories.ts';

/**
 * The page's context menu: "Start a story from this page", and "Add to “X”" for each of the reader's own stories
 * (under "Add to …" when there are several). A click opens the side panel on the story form (lib/stories/pending.ts),
 * which says what will be stored; nothing is stored from the menu itself.
 */

/** One item of the menu, as created. */
export interface MenuItem {
  readonly id: string;
  readonly title: string;
  readonly parentId?: string;
}

const START = 'triangulate-start-story';
const ADD = 'triangulate-add-to';
const ADD_PREFIX = 'triangulate-add-to:';

/** The items for the reader's own stories (pure: the menu itself is made by `showMenu`). */
export function menuItems(own: readonly StoryRef[]): MenuItem[] {
  const start = { id: START, title: t('menuStartStory') };
  if (own.length === 0) return [start];
  const [only] = own;
  if (own.length === 1 && only) return [start, { id: `${ADD_PREFIX}${only.id}`, title: t('menuAddToStory', [only.title]) }];
  return [start, { id: ADD, title: t('menuAddTo') }, ...own.map((s) => ({ id: `${ADD_PREFIX}${s.id}`, title: s.title, parentId: ADD }))];
}

/** The items shown now, for the browser's developer tools and the end-to-end tests (a native menu cannot be opened by a script). */
let shown: readonly MenuItem[] = [];

/** Makes the menu anew for these stories (on web pages only, where a story can be read). */
export async function showMenu(own: readonly StoryRef[]): Promise<void> {
  const menus = browser.contextMenus;
  await menus.removeAll();
  shown = menuItems(own);
  for (const item of shown) {
    menus.create({ ...item, contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }, () => void browser.runtime.lastError);
  }
}

/** What a click on one of the items asks for: the story action for the tab, or nothing (not ours). */
export function actionOf(menuItemId: string | number): Parameters<ReturnType<typeof pendingStory>['setValue']>[0] | null {
  const id = String(menuItemId);
  if (id === START) return { action: 'start' };
  if (id.startsWith(ADD_PREFIX)) return { action: 'add', storyId: id.slice(ADD_PREFIX.length) };
  return null;
}

/**
 * A click on an item: the side panel opens on the tab (at once: the browser opens a panel only in answer to the
 * click) and shows the story form for its page.
 */
export function onMenuClicked(info: { menuItemId: string | number }, tab: Browser.tabs.Tab | undefined): void {
  const action = actionOf(info.menuItemId);
  if (!action || tab?.id === undefined) return;
  settle('open the side panel from the menu', openSidePanel(tab.id));
  settle('hand the story form its action', pendingStory(tab.id).setValue(action));
}

/** The items shown now (see `shown`). */
export function shownMenu(): readonly MenuItem[] {
  return shown;
}
