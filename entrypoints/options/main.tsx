import { render } from 'preact';
import { setTranslate } from '../../components/i18n.ts';
import { translateWithBrowser } from '../../lib/i18n.ts';
import { useEffect } from 'preact/hooks';
import { StoriesPage } from '../../components/StoriesPage.tsx';
import '../../components/shared.css';
import './options.css';
import { sendToBackground } from '../../lib/send.ts';
import { useStories } from './use-stories.ts';

/** Saves a file through an ordinary download link: no `downloads` permission needed. */
function download(name: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: 'application/zip' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The story `#story-<id>` names (the popup's "Open" on a page a story holds already), once the list is shown. */
const wanted = /^#story-([a-z0-9-]+)$/.exec(location.hash)?.[1] ?? null;

function App() {
  const controller = useStories(sendToBackground, download);
  const listed = controller.stories !== null;
  useEffect(() => {
    if (listed && wanted) controller.reveal(wanted);
  }, [listed]);
  return <StoriesPage controller={controller} />;
}

setTranslate(translateWithBrowser);
render(<App />, document.getElementById('app')!);
