// The popup's "Your stories" section, with a fake background: nothing is stored before Save, the reader sees what
// will be stored, and page text shows as text.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { YourStoriesPanel } from '../../components/YourStoriesPanel.tsx';
import { useYourStories, type Send } from '../../entrypoints/popup/use-your-stories.ts';
import type { PageArticle, StoryListing } from '../../lib/stories.ts';

afterEach(cleanup);

const ARTICLE: PageArticle = {
  text: 'The harbour board voted 5 to 2.',
  title: 'Harbour board <img src=x onerror=alert(1)> awards ferry contract',
  url: 'https://ledger.example/ferry',
  date: '2025-04-08',
  outlet: 'The Halden Ledger',
  words: 1234,
  description: 'The board voted 5 to 2.',
};
const OWN: StoryListing = { id: 'ferry', title: 'Ferry contract', summary: '', own: true, sources: [{ id: 'wire', outlet: 'Coastline Wire', title: 'Board backs deal', url: 'https://wire.example/ferry', date: null, words: 300 }] };

/** A fake background that records what it was sent. */
function fakeBackground(own: StoryListing[] = []) {
  const sent: Array<{ type: string }> = [];
  const send = (async (message: { type: string; title?: string }) => {
    sent.push(message);
    switch (message.type) {
      case 'list-stories':
        return own;
      case 'read-article':
        return { ok: true, article: ARTICLE };
      case 'create-story':
        return { ok: true, story: { ...OWN, id: 'new', title: message.title, sources: [OWN.sources[0]] } };
      case 'add-source':
        return { ok: true, story: { ...OWN, sources: [...OWN.sources, OWN.sources[0]] } };
      default:
        throw new Error(`unexpected ${message.type}`);
    }
  }) as unknown as Send;
  return { send, sent };
}

function Harness({ send }: { send: Send }) {
  return <YourStoriesPanel stories={useYourStories(send, 7)} onManage={() => undefined} />;
}

describe('your stories in the popup', () => {
  it('reads the article, says what will be stored, and stores only on Save', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(screen.getByTestId('start-story'));
    const title = (await screen.findByTestId('story-title')) as HTMLInputElement;
    expect(title.value).toBe(ARTICLE.title);
    expect(document.body.querySelector('img')).toBeNull();
    expect(screen.getByText(/Stored in this browser only/).textContent).toContain('1,234 words');
    expect(screen.getByText(/Stored in this browser only/).textContent).toContain('The Halden Ledger');
    expect(sent.map((m) => m.type)).toEqual(['list-stories', 'read-article']);
    fireEvent.input(title, { target: { value: 'Port Halden ferry contract' } });
    fireEvent.click(screen.getByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toBe('Started “Port Halden ferry contract”: 1 source.'));
    expect(sent.find((m) => m.type === 'create-story')).toMatchObject({ title: 'Port Halden ferry contract', article: ARTICLE, tabId: 7 });
  });

  it('stores nothing on Cancel', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(screen.getByTestId('start-story'));
    await screen.findByTestId('story-title');
    fireEvent.click(screen.getByText('Cancel'));
    expect(sent.map((m) => m.type)).toEqual(['list-stories', 'read-article']);
    expect(screen.getByTestId('start-story')).toBeTruthy();
  });

  it('adds the article to one of the reader\'s stories', async () => {
    const { send, sent } = fakeBackground([OWN]);
    render(<Harness send={send} />);
    fireEvent.click(await screen.findByTestId('add-to-story'));
    fireEvent.click(await screen.findByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toBe('Added to “Ferry contract”: 2 sources.'));
    expect(sent.find((m) => m.type === 'add-source')).toMatchObject({ storyId: 'ferry', tabId: 7 });
  });

  it('does not offer to add an article that is already a source', async () => {
    const { send } = fakeBackground([{ ...OWN, sources: [{ ...OWN.sources[0]!, url: ARTICLE.url }] }]);
    render(<Harness send={send} />);
    fireEvent.click(await screen.findByTestId('add-to-story'));
    expect((await screen.findByRole('alert')).textContent).toBe('This article is already a source of “Ferry contract”.');
  });

  it('shows a refusal', async () => {
    const send = (async (m: { type: string }) => (m.type === 'list-stories' ? [] : { ok: false, message: 'This page has no article Triangulate can read.' })) as unknown as Send;
    render(<Harness send={send} />);
    fireEvent.click(screen.getByTestId('start-story'));
    expect((await screen.findByRole('alert')).textContent).toBe('This page has no article Triangulate can read.');
  });
});
