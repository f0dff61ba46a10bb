import { render } from 'preact';
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

function App() {
  return <StoriesPage controller={useStories(sendToBackground, download)} />;
}

render(<App />, document.getElementById('app')!);
