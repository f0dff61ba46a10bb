import { browser } from 'wxt/browser';
import { noteError } from './errors.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';

/** Loads the settings from extension storage (defaults when missing or corrupt). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    noteError('load settings', error);
    return parseSettings(undefined);
  }
}

/** Saves the settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change. Returns a function that stops listening. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
