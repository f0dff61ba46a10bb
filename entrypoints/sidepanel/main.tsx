import { render } from 'preact';
import { setTranslate } from '../../components/i18n.ts';
import { translateWithBrowser } from '../../lib/i18n.ts';
import '../../components/shared.css';
import '../../components/popup.css';
import { TabView } from '../popup/tab-view.tsx';
import { useActiveTab } from './active-tab.ts';

// The side panel (Chrome's side panel, Firefox's sidebar): everything the popup would say about the active tab of
// its window, kept beside the article while the reader reads, following tab switches and navigations.
function Panel() {
  const tabId = useActiveTab();
  if (tabId === undefined) return null;
  // A new tab is a new view: its selection, scroll and forms start afresh.
  return <TabView key={tabId ?? 'none'} tabId={tabId} layout="full" />;
}

setTranslate(translateWithBrowser);
render(<Panel />, document.getElementById('app')!);
