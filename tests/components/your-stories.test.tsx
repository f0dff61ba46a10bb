// The popup's "Your stories" section, with a fake background: nothing is stored before Save, the reader sees what
// will be stored, and page text shows as text.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { YourStoriesPanel } from '../../components/YourStoriesPanel.tsx';
import { useYourStories } from '../../entrypoints/popup/use-your-stories.ts';
import type { Send } from '../../lib/send.ts';
import type { StoryListing } from '../../shared/stories.ts';
import type { PageArticle } from '../../shared/article.ts';

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
/** Stories the reader opened from the panel ("Open “X”"). */
const opened: string[] = [];

/** A fake background that records what it was sent. */
function fakeBackground(own: StoryListing[] = [], article: PageArticle = ARTICLE) {
  const sent: Array<{ type: string; storyId?: string }> = [];
  const send = (async (message: { type: string; title?: string; storyId?: string }) => {
    sent.push(message);
    switch (message.type) {
      case 'list-stories':
        return own;
      case 'read-article':
        return { ok: true, article };
      case 'create-story':
        return { ok: true, story: { ...OWN, id: 'new', title: message.title, sources: [OWN.sources[0]] } };
      case 'add-source':
        const story = own.find((s) => s.id === message.storyId)!;
        return { ok: true, story: { ...story, sources: [...story.sources, OWN.sources[0]] } };
      default:
        throw new Error(`unexpected ${message.type}`);
    }
  }) as unknown as Send;
  return { send, sent };
}

function Harness({ send, pageUrl = null }: { send: Send; pageUrl?: string | null }) {
  return <YourStoriesPanel stories={useYourStories(send, 7, pageUrl)} onManage={() => undefined} onOpen={(id) => opened.push(id)} />;
}

describe('your stories in the popup', () => {
  it('reads the article, says what will be stored, and stores only on Save', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(screen.getByTestId('start-story'));
    const title = (await screen.findByTestId('story-title')) as HTMLInputElement;
    expect(title.value).toBe(ARTICLE.title);
    expect(document.activeElement).toBe(title);
    expect(document.body.querySelector('img')).toBeNull();
    expect(screen.getByText(/Stored in this browser only/).textContent).toContain('1,234 words');
    expect(screen.getByTestId('story-stored').textContent).toBe(
      "Stored in this browser only: the article's text (1,234 words), title, outlet (The Halden Ledger), date (2025-04-08) and address. Nothing is sent anywhere.",
    );
    expect(sent.map((m) => m.type)).toEqual(['list-stories', 'read-article']);
    fireEvent.input(title, { target: { value: 'Port Halden ferry contract' } });
    fireEvent.click(screen.getByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toMatch(/^Started “Port Halden ferry contract”: 1 source\. Next, open another outlet’s report of the same event and add it here/));
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

  it('adds the article to the reader\'s one story, named on the button', async () => {
    const { send, sent } = fakeBackground([OWN]);
    render(<Harness send={send} />);
    const add = await screen.findByTestId('add-to-story');
    expect(add.textContent).toBe('Add this article to “Ferry contract”');
    fireEvent.click(add);
    expect((await screen.findByTestId('story-form')).textContent).toContain('to “Ferry contract”?');
    expect(screen.queryByTestId('story-title')).toBeNull();
    fireEvent.click(await screen.findByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toBe('Added to “Ferry contract”: 2 sources.'));
    expect(sent.find((m) => m.type === 'add-source')).toMatchObject({ storyId: 'ferry', tabId: 7 });
  });

  it('offers a choice of story when there are several, and adds to the one chosen', async () => {
    const second: StoryListing = { ...OWN, id: 'strike', title: 'Dock strike' };
    const { send, sent } = fakeBackground([OWN, second]);
    render(<Harness send={send} />);
    const select = (await screen.findByLabelText('Add this article to')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ferry contract', 'Dock strike']);
    fireEvent.change(select, { target: { value: 'strike' } });
    fireEvent.click(screen.getByTestId('add-to-story'));
    fireEvent.click(await screen.findByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toBe('Added to “Dock strike”: 2 sources.'));
    expect(sent.find((m) => m.type === 'add-source')).toMatchObject({ storyId: 'strike' });
  });

  it('starts no second story from a page a story holds: says where it is and offers to open it', async () => {
    const holding: StoryListing = { ...OWN, sources: [{ ...OWN.sources[0]!, url: ARTICLE.url }] };
    const { send } = fakeBackground([holding]);
    render(<Harness send={send} pageUrl={`${ARTICLE.url}#comments`} />);
    expect((await screen.findByTestId('story-holding')).textContent).toBe('This page is already a source of “Ferry contract”. Open “Ferry contract”');
    expect(screen.queryByTestId('add-to-story')).toBeNull();
    expect(screen.queryByTestId('start-story')).toBeNull();
    fireEvent.click(screen.getByTestId('open-story'));
    expect(opened.at(-1)).toBe('ferry');
  });

  it('says so when the background refuses a second story of the same page (started in another popup meanwhile)', async () => {
    const { send } = fakeBackground();
    const refusing = (async (m: { type: string }) =>
      m.type === 'create-story' ? { ok: false, message: 'This article is already a source of “Ferry contract”.', existing: { id: 'ferry', title: 'Ferry contract' } } : send(m as never)) as unknown as Send;
    render(<Harness send={refusing} />);
    fireEvent.click(screen.getByTestId('start-story'));
    await screen.findByTestId('story-title');
    fireEvent.click(screen.getByTestId('save-story'));
    expect((await screen.findByTestId('story-refused')).textContent).toBe('This article is already a source of “Ferry contract”. Open “Ferry contract”');
    fireEvent.click(screen.getByTestId('open-story'));
    expect(opened.at(-1)).toBe('ferry');
  });

  it('shows titles from pages and stories as text', async () => {
    const { send } = fakeBackground([{ ...OWN, title: 'Ferry <img src=x onerror=alert(1)>' }], { ...ARTICLE, date: null });
    render(<Harness send={send} />);
    fireEvent.click(await screen.findByTestId('add-to-story'));
    const form = await screen.findByTestId('story-form');
    expect(form.textContent).toContain('Add Harbour board <img src=x onerror=alert(1)> awards ferry contract (The Halden Ledger) to “Ferry <img src=x onerror=alert(1)>”?');
    expect(screen.getByTestId('story-stored').textContent).toContain('date (none found)');
    expect(document.activeElement).toBe(screen.getByTestId('save-story'));
    fireEvent.click(screen.getByTestId('save-story'));
    await waitFor(() => expect(screen.getByTestId('story-status').textContent).toBe('Added to “Ferry <img src=x onerror=alert(1)>”: 2 sources.'));
    expect(document.body.querySelector('img')).toBeNull();
  });

  it('refuses, once read, an article that is already a source when the tab\'s address was unknown', async () => {
    const { send } = fakeBackground([{ ...OWN, sources: [{ ...OWN.sources[0]!, url: ARTICLE.url }] }]);
    render(<Harness send={send} />);
    fireEvent.click(await screen.findByTestId('add-to-story'));
    expect((await screen.findByRole('alert')).textContent).toBe('This article is already a source of “Ferry contract”. Open “Ferry contract”');
  });

  it('shows a refusal', async () => {
    const send = (async (m: { type: string }) => (m.type === 'list-stories' ? [] : { ok: false, message: 'This page has no article Triangulate can read.' })) as unknown as Send;
    render(<Harness send={send} />);
    fireEvent.click(screen.getByTestId('start-story'));
    expect((await screen.findByRole('alert')).textContent).toBe('This page has no article Triangulate can read.');
  });
});
