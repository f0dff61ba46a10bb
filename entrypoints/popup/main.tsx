import catalog from 'virtual:triangulate/catalog';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup.tsx';
import type { PopupState } from '../../components/popup-state.ts';
import '../../components/shared.css';
import '../../components/popup.css';
import type { PageStatus, TabRecord } from '../../lib/messages.ts';
import { sendToBackground, sendToTab } from '../../lib/send.ts';
import { DEFAULT_SETTINGS, marksShownOn, withMarksOn, type Settings } from '../../lib/settings.ts';
import { loadSettings, saveSettings } from '../../lib/settings-store.ts';

/** How often, and how many times, to ask again while the page is still being analyzed. */
const POLL_MS = 400;
const POLL_LIMIT = 30;
/** Time for the page to repaint after a setting changed, before the popup reads the result again. */
const REPAINT_MS = 300;

const params = new URLSearchParams(location.search);
const tabParam = Number(params.get('tabId'));
const openedAsPage = Number.isInteger(tabParam) && tabParam > 0;
const claimFromHash = Number(/^#claim-(\d+)$/.exec(location.hash)?.[1] ?? NaN);

async function targetTab(): Promise<number | null> {
  if (openedAsPage) return tabParam;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readState(tabId: number | null): Promise<{ state: PopupState; record: TabRecord | null }> {
  if (tabId === null) return { state: { kind: 'unsupported' }, record: null };
  const record = await sendToBackground({ type: 'get-tab-record', tabId });
  if (record) return { state: { kind: 'ready', record, catalog }, record };
  let status: PageStatus;
  try {
    status = await sendToTab(tabId, { type: 'get-page-status' });
  } catch {
    // No content script answers: a browser page, a store, or a tab opened before install.
    return { state: { kind: 'unsupported' }, record: null };
  }
  switch (status?.state) {
    case 'no-story':
      return { state: { kind: 'no-story', catalog }, record: null };
    case 'not-article':
      return { state: { kind: 'not-article' }, record: null };
    case 'other-language':
      return { state: { kind: 'other-language' }, record: null };
    case 'too-large':
      return { state: { kind: 'too-large', elements: status.elements }, record: null };
    case 'ready':
      // The page is marked but its result is gone from the background (a restart lost it): ask the page to
      // look again, which stores a new one; the popup keeps polling meanwhile.
      await sendToTab(tabId, { type: 'refresh-page' }).catch(() => undefined);
      return { state: { kind: 'analyzing' }, record: null };
    case 'error':
      return { state: { kind: 'error', message: status.message }, record: null };
    default:
      return { state: { kind: 'analyzing' }, record: null };
  }
}

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [selected, setSelected] = useState<number | null>(Number.isNaN(claimFromHash) ? null : claimFromHash);
  // Bumped after a setting changes, to read the tab's record again once the page has repainted.
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const id = await targetTab();
      setTabId(id);
      const next = await readState(id);
      setState(next.state);
      const painting = next.record !== null && next.record.marksShown && next.record.unanchored === null;
      const stillWorking = next.state.kind === 'analyzing' || painting;
      if (stillWorking && ++polls < POLL_LIMIT) timer = setTimeout(refresh, POLL_MS);
    };
    void refresh();
    return () => clearTimeout(timer);
  }, [reads]);

  useEffect(() => void loadSettings().then(setSettings), []);

  useEffect(() => {
    if (state.kind === 'ready' && selected !== null) document.getElementById(`claim-${selected}`)?.scrollIntoView({ block: 'start' });
  }, [state.kind]);

  const host = state.kind === 'ready' ? state.record.host : '';
  const marksShown = settings ? marksShownOn(settings, host) : true;
  return (
    <Popup
      state={state}
      selected={selected}
      onReveal={(index) => {
        setSelected(index);
        if (tabId !== null) void sendToTab(tabId, { type: 'reveal-claim', claim: index }).catch(() => undefined);
      }}
      marksShown={marksShown}
      onMarksShown={async (shown) => {
        if (!settings) return;
        const next = withMarksOn(settings, host, shown);
        setSettings(next);
        await saveSettings(next);
        setTimeout(() => setReads((n) => n + 1), REPAINT_MS);
      }}
      marking={settings ?? DEFAULT_SETTINGS}
      onMarking={async (change) => {
        if (!settings) return;
        const next = { ...settings, ...change };
        setSettings(next);
        await saveSettings(next);
        setTimeout(() => setReads((n) => n + 1), REPAINT_MS);
      }}
    />
  );
}

if (openedAsPage) document.body.classList.add('tri-page');
render(<App />, document.getElementById('app')!);
