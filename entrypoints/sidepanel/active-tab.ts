import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { settle } from '../../lib/errors.ts';

/**
 * The active tab of the window the panel is in, kept current as the reader switches tabs (`tabs.onActivated`
 * needs no permission). Navigations within a tab keep its id: the tab's view follows them by watching its record.
 * undefined until known; null when the window has no active tab.
 */
export function useActiveTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    settle(
      'find the active tab',
      browser.windows.getCurrent().then(async (current) => {
        windowId = current.id;
        const [tab] = await browser.tabs.query({ active: true, windowId: current.id });
        setTabId(tab?.id ?? null);
      }),
    );
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
