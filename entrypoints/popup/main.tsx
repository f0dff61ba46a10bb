import { render } from 'preact';
import { setTranslate } from '../../components/i18n.ts';
import { translateWithBrowser } from '../../lib/i18n.ts';
import { useEffect, useState } from 'preact/hooks';
import '../../components/shared.css';
import '../../components/popup.css';
import { settle } from '../../lib/errors.ts';
import { canOpenSidePanel, openSidePanel } from '../../lib/side-panel.ts';
import { targetTab } from './tab-state.ts';
import { TabView } from './tab-view.tsx';

// The toolbar popup: a short summary of the active tab, differences first, and a button that opens the side panel
// with everything. Opened as a page (`?tabId=`, from a hover card's "Open in Triangulate") it shows everything
// itself; `view=summary` shows the summary there too.
const params = new URLSearchParams(location.search);
const tabParam = Number(params.get('tabId'));
const openedAsPage = Number.isInteger(tabParam) && tabParam > 0;
const layout = !openedAsPage || params.get('view') === 'summary' ? 'summary' : 'full';
const claimFromHash = Number(/^#claim-(\d+)$/.exec(location.hash)?.[1] ?? NaN);

function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => void targetTab(openedAsPage ? tabParam : null).then(setTabId), []);
  if (tabId === undefined) return null;
  const openPanel = () => {
    // Called at once, in the click: both browsers open a panel only in answer to the reader's gesture.
    settle('open the side panel', openSidePanel(tabId).then(() => !openedAsPage && window.close()));
  };
  return (
    <TabView
      tabId={tabId}
      layout={layout}
      claim={Number.isNaN(claimFromHash) ? null : claimFromHash}
      onOpenPanel={layout === 'summary' && canOpenSidePanel() ? openPanel : undefined}
    />
  );
}

if (openedAsPage) document.body.classList.add('tri-page');
setTranslate(translateWithBrowser);
render(<App />, document.getElementById('app')!);
