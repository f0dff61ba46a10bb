/// <reference types="chrome" />
// The fixture pages of the own-story end-to-end tests (tests/fixtures/own-story/, own writing): three reports of
// one invented event, a page about something else, and a malformed story pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from './chromium.ts';
import type { ExtraRoutes } from './server.ts';

/** Where the own-story fixtures are. */
export const OWN_STORY_DIR = join(import.meta.dirname, '..', 'fixtures', 'own-story');
/** The title the reader gives the story in the tests. */
export const OWN_STORY_TITLE = 'Port Halden ferry contract';

/** The pages, served at /own-story/<name>/. */
export function ownStoryRoutes(): ExtraRoutes {
  const routes: Record<string, { body: string }> = {};
  for (const name of ['page-a', 'page-b', 'page-c', 'unrelated']) routes[`/own-story/${name}/`] = { body: readFileSync(join(OWN_STORY_DIR, `${name}.html`), 'utf8') };
  return routes;
}

/**
 * Starts a story of the reader's own in Chromium from pages (by address), through the background's messages as
 * the popup sends them: the first page starts it, the others are added. Returns the story's id.
 */
export async function startOwnStory(browser: ExtensionBrowser, urls: readonly string[], title: string = OWN_STORY_TITLE): Promise<string> {
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/options.html`);
  let storyId = '';
  for (const url of urls) {
    const page = await browser.open(url);
    const tabId = await browser.tabIdOf(page);
    storyId = await control.evaluate(
      async ([tab, id, name]) => {
        const read = await chrome.runtime.sendMessage({ type: 'read-article', tabId: tab });
        const outcome = id
          ? await chrome.runtime.sendMessage({ type: 'add-source', storyId: id, article: read.article })
          : await chrome.runtime.sendMessage({ type: 'create-story', title: name, summary: '', article: read.article });
        return outcome.story.id as string;
      },
      [tabId, storyId, title] as const,
    );
    await page.close();
  }
  await control.close();
  return storyId;
}
