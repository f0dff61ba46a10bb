import { useEffect, useState } from 'preact/hooks';
import { Popup, type PopupLayout } from '../../components/Popup.tsx';
import type { PopupState } from '../../components/popup-state.ts';
import type { Catalog } from '../../core/corpus/types.ts';
import { errorCount, onError, settle } from '../../lib/errors.ts';
import { sendToBackground, sendToTab } from '../../lib/send.ts';
import { browser } from 'wxt/browser';
import { YourStoriesPanel } from '../../components/YourStoriesPanel.tsx';
import { useYourStories } from './use-your-stories.ts';
import { DEFAULT_SETTINGS, marksShownOn, withMarksOn, type Settings } from '../../shared/settings.ts';
import { loadSettings, saveSettings } from '../../lib/settings-store.ts';
import { backgroundErrors } from '../../lib/tab-records.ts';
import { storyElementId } from '../../shared/stories.ts';
import { tabAddress, watchTabState } from './tab-state.ts';

/** Errors noted anywhere (this popup, the background, the page's scripts), for the about panel. */
function useErrorCount(pageErrors: number): number {
  const [own, setOwn] = useState(errorCount());
  const [background, setBackground] = useState(0);
  useEffect(() => onError(setOwn), []);
  useEffect(() => {
    settle('read error count', backgroundErrors.getValue().then(setBackground));
    return backgroundErrors.watch((count) => setBackground(count ?? 0));
  }, []);
  return own + background + pageErrors;
}

/** Props of the view of one tab. */
export interface TabViewProps {
  /** The tab described; null when there is none the extension can see (a browser page). */
  readonly tabId: number | null;
  /** `summary` in the toolbar popup, `full` in the side panel and the popup opened as a page. */
  readonly layout: PopupLayout;
  /** A claim to show at once (opened from a hover card). */
  readonly claim?: number | null;
  /** Opens the side panel (the toolbar popup's button); absent where there is no panel to open. */
  readonly onOpenPanel?: () => void;
}

/**
 * What Triangulate says about one tab: the popup's and the side panel's content. Watches the tab's stored record,
 * so a setting change, a finished analysis or a navigation shows up without asking again; a new `tabId` (the side
 * panel following a tab switch) starts over with that tab.
 */
export function TabView({ tabId, layout, claim = null, onOpenPanel }: TabViewProps) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [pageErrors, setPageErrors] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [selected, setSelected] = useState<number | null>(claim);
  const errors = useErrorCount(pageErrors);
  const catalog = useLiveCatalog();

  useEffect(() => {
    setState({ kind: 'loading' });
    if (tabId === null) return setState({ kind: 'unsupported' });
    return watchTabState(tabId, (next, fromPage) => {
      setState(next);
      setPageErrors(fromPage);
    });
  }, [tabId]);

  useEffect(() => void loadSettings().then(setSettings), []);

  // The claim to show, once its entry is there (opened from a hover card), and each time one is chosen.
  useEffect(() => {
    if (state.kind === 'ready' && selected !== null) document.getElementById(`claim-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [state.kind, selected]);

  const host = state.kind === 'ready' ? state.record.host : '';
  const marksShown = settings ? marksShownOn(settings, host) : true;
  const save = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  };
  return (
    <>
    <Popup
      state={catalog && 'catalog' in state ? { ...state, catalog } : state}
      layout={layout}
      onOpenPanel={onOpenPanel}
      selected={selected}
      onReveal={(index) => {
        setSelected(index);
        if (tabId !== null) settle('reveal claim', sendToTab(tabId, { type: 'reveal-claim', claim: index }));
      }}
      marksShown={marksShown}
      onMarksShown={(shown) => settings && save(withMarksOn(settings, host, shown))}
      marking={settings ?? DEFAULT_SETTINGS}
      onMarking={(change) => settings && save({ ...settings, ...change })}
      errors={errors}
    />
    {tabId !== null && state.kind !== 'unsupported' && <YourStoriesSection tabId={tabId} state={state} />}
    </>
  );
}

/** The stories as the background knows them now, the reader's own included (null until it answers). */
function useLiveCatalog(): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useEffect(() => settle('list stories', sendToBackground({ type: 'list-stories' }).then((stories) => setCatalog({ stories }))), []);
  return catalog;
}

/** Start a story from the tab's article, or add it to one of the reader's own (not one it is already in). */
function YourStoriesSection({ tabId, state }: { tabId: number; state: PopupState }) {
  const [url, setUrl] = useState<string | null>(null);
  // Read again when the tab's state changes: a navigation changes both.
  useEffect(() => void tabAddress(tabId).then(setUrl), [tabId, state]);
  const stories = useYourStories(sendToBackground, tabId, state.kind === 'ready' ? state.record.url : url);
  return <YourStoriesPanel stories={stories} onManage={() => void browser.runtime.openOptionsPage()} onOpen={(id) => void openStory(id)} />;
}

/** Opens the Stories page at a story (in a tab: the options page opened by the browser cannot take an anchor). */
function openStory(storyId: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${storyElementId(storyId)}`) });
}
