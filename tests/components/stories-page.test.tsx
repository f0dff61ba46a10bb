// The Stories page (options) with a fake background: bundled and own stories listed, rename, remove a source,
// delete with undo, import with a merge question, refusals shown, texts shown as text.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoriesPage } from '../../components/StoriesPage.tsx';
import { UNDO_MS, useStories } from '../../entrypoints/options/use-stories.ts';
import type { Send } from '../../lib/send.ts';
import { unzipPack, zipPack } from '../../lib/stories/pack.ts';
import type { StoredStory, StoryListing } from '../../shared/stories.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const source = (id: string, outlet: string) => ({ id, outlet, title: `${outlet} report`, url: `https://${id}.example/`, date: '2025-04-08', words: 400 });
const BUNDLED: StoryListing = { id: 'bundled', title: 'A bundled story', summary: '', own: false, sources: [source('a', 'Outlet A')] };
const STORED: StoredStory = {
  id: 'ferry',
  title: 'Ferry <b>contract</b>',
  summary: 'The board and the union <img src=x onerror=alert(1)>',
  created: '2025-05-01T00:00:00Z',
  updated: '2025-05-01T00:00:00Z',
  sources: [{ ...source('ledger', 'The Ledger'), text: 'Text.', added: '2025-05-01T00:00:00Z' }, { ...source('wire', 'The Wire'), text: 'Text.', added: '2025-05-01T00:00:00Z' }],
};
const listingOf = (s: StoredStory): StoryListing => ({ id: s.id, title: s.title, summary: s.summary, own: true, sources: s.sources.map(({ text: _t, added: _a, ...rest }) => ({ ...rest, words: 1 })) });

/** A fake background over an in-memory list of own stories. */
function fakeBackground(
  importAnswer: (merge: boolean) => unknown = () => ({ ok: false, message: 'bad-pack/sources.json: sources[1].date must be yyyy-mm-dd, a real date' }),
  unreadable: string[] = [],
  stored: StoredStory[] = [STORED],
) {
  let own = stored;
  const problems = unreadable;
  const sent: Array<Record<string, unknown>> = [];
  const send = (async (m: Record<string, any>) => {
    sent.push(m);
    const ok = (story: StoredStory) => ({ ok: true, story: listingOf(story) });
    switch (m['type']) {
      case 'list-stories':
        return [BUNDLED, ...own.map(listingOf)];
      case 'story-problems':
        return problems;
      case 'rename-story':
        if (!m['title']) return { ok: false, message: 'A story needs a title.' };
        own = own.map((s) => (s.id === m['storyId'] ? { ...s, title: m['title'], summary: m['summary'] } : s));
        return ok(own[0]!);
      case 'remove-source':
        own = own.map((s) => ({ ...s, sources: s.sources.filter((x) => x.id !== m['sourceId']) }));
        return ok(own[0]!);
      case 'delete-story': {
        const deleted = own.find((s) => s.id === m['storyId'])!;
        own = own.filter((s) => s !== deleted);
        return { ok: true, deleted };
      }
      case 'restore-story':
        own = [...own, m['story']];
        return ok(m['story']);
      case 'export-story':
        return { ok: true, files: { 'ferry/sources.json': '{}' } };
      case 'import-pack':
        return importAnswer(m['merge']);
      default:
        throw new Error(`unexpected ${m['type']}`);
    }
  }) as unknown as Send;
  return { send, sent };
}

const downloads: Array<[string, Uint8Array]> = [];
const button = (within_: HTMLElement, name: RegExp) => within(within_).getByRole('button', { name });
function Harness({ send }: { send: Send }) {
  return <StoriesPage controller={useStories(send, (name, data) => downloads.push([name, data]))} />;
}

/** A drag event with files (testing-library's dragOver and drop do not reach Preact's handlers in happy-dom). */
function drag(target: Element, type: 'dragover' | 'drop', files: Blob[] = []) {
  const event = Object.assign(new Event(type, { bubbles: true, cancelable: true }), { dataTransfer: { files } });
  fireEvent(target, event);
}

const zipFile = () => new Blob([zipPack({ 'ferry/sources.json': '{}' }) as BlobPart]);

describe('the Stories page', () => {
  it('lists own and bundled stories with their sources, titles as text', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    const item = await screen.findByTestId('story-ferry');
    expect(within(item).getByRole('heading').textContent).toBe('Ferry <b>contract</b>');
    expect(within(item).getByText('The board and the union <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.body.querySelector('img, b')).toBeNull();
    expect(within(item).getByText('The Ledger report').getAttribute('href')).toBe('https://ledger.example/');
    expect(within(item).getByText('The Ledger report').getAttribute('target')).toBe('_blank');
    expect(within(item).getByText('The Ledger report').getAttribute('rel')).toContain('noreferrer');
    const bundled = screen.getByTestId('story-bundled');
    expect(within(bundled).getByText(/Comes with Triangulate: it can be exported, not changed/)).toBeTruthy();
    expect(within(bundled).queryByRole('button', { name: /Delete|Rename|Remove/ })).toBeNull();
    expect(button(bundled, /Export as \.zip/)).toBeTruthy();
    expect(screen.getByText(/Where your stories live/)).toBeTruthy();
    expect(screen.getByText(/IndexedDB\)\. They are never sent anywhere/)).toBeTruthy();
  });

  it('renames a story in an inline form, keeping the form open on a refusal', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /^Rename/));
    const item = screen.getByTestId('story-ferry');
    const title = within(item).getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe('Ferry <b>contract</b>');
    expect(document.activeElement).toBe(title);
    fireEvent.input(title, { target: { value: '' } });
    fireEvent.input(within(item).getByLabelText('Summary'), { target: { value: 'Board, union, ferry' } });
    fireEvent.submit(title.form!);
    expect((await screen.findByRole('alert')).textContent).toBe('A story needs a title.');
    fireEvent.input(title, { target: { value: '  Ferry deal ' } });
    fireEvent.click(button(item, /^Save/));
    await waitFor(() => expect(within(screen.getByTestId('story-ferry')).getByRole('heading').textContent).toBe('Ferry deal'));
    expect(within(screen.getByTestId('story-ferry')).getByText('Board, union, ferry')).toBeTruthy();
    expect(sent.filter((m) => m['type'] === 'rename-story').at(-1)).toMatchObject({ type: 'rename-story', storyId: 'ferry', title: 'Ferry deal', summary: 'Board, union, ferry' });
  });

  it('cancels a rename without sending anything', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /^Rename/));
    fireEvent.input(within(screen.getByTestId('story-ferry')).getByLabelText('Title'), { target: { value: 'Something else' } });
    fireEvent.click(button(screen.getByTestId('story-ferry'), /^Cancel/));
    expect(within(screen.getByTestId('story-ferry')).getByRole('heading').textContent).toBe('Ferry <b>contract</b>');
    fireEvent.click(button(screen.getByTestId('story-ferry'), /^Rename/));
    expect((within(screen.getByTestId('story-ferry')).getByLabelText('Title') as HTMLInputElement).value).toBe('Ferry <b>contract</b>');
    expect(sent.map((m) => m['type'])).toEqual(['list-stories', 'story-problems']);
  });

  it('removes a source, but never the last: it says to delete the story instead', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /Remove source The Wire/));
    await waitFor(() => expect(within(screen.getByTestId('story-ferry')).queryByText('The Wire report')).toBeNull());
    const item = screen.getByTestId('story-ferry');
    expect(within(item).queryByRole('button', { name: /Remove source/ })).toBeNull();
    const note = within(item).getByTestId('one-source').textContent!;
    expect(note).toContain('One source so far. Open another outlet\'s report of the same event');
    expect(note).toContain('(The only source cannot be removed: delete the story instead.)');
    expect(screen.getByRole('status').textContent).toBe('Source removed.');
  });

  it('deletes a story with an undo, focused, that restores it', async () => {
    const { send, sent } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /Delete story/));
    await waitFor(() => expect(screen.queryByTestId('story-ferry')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Deleted “Ferry <b>contract</b>”. Undo');
    expect(document.activeElement).toBe(screen.getByTestId('undo'));
    expect(screen.getByTestId('no-own-stories').textContent).toContain('Start a story from this article');
    fireEvent.click(screen.getByTestId('undo'));
    expect(await screen.findByTestId('story-ferry')).toBeTruthy();
    expect(sent.find((m) => m['type'] === 'restore-story')).toMatchObject({ story: STORED });
    expect(screen.getByRole('status').textContent).toBe('Restored “Ferry <b>contract</b>”.');
  });

  it('offers Undo for a while only', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /Delete story/));
    await screen.findByTestId('undo');
    vi.advanceTimersByTime(UNDO_MS + 1);
    await waitFor(() => expect(screen.queryByTestId('undo')).toBeNull());
  });

  it('explains how to start a story when there is none of ones own', async () => {
    const { send } = fakeBackground(undefined, [], []);
    render(<Harness send={send} />);
    expect((await screen.findByTestId('no-own-stories')).textContent).toContain('click the Triangulate button in the toolbar');
  });

  it('exports a story as a zip download named after its title, and says so', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-bundled'), /Export as \.zip/));
    await waitFor(() => expect(downloads.at(-1)?.[0]).toBe('a-bundled-story.zip'));
    expect(unzipPack(downloads.at(-1)![1])).toEqual({ 'ferry/sources.json': '{}' });
    expect(screen.getByRole('status').textContent).toBe('Exported “A bundled story” (1 source) as a-bundled-story.zip.');
  });

  it('names an export after the title as it is after a rename, and replaces the last notice', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(button(await screen.findByTestId('story-ferry'), /^Rename/));
    fireEvent.input(within(screen.getByTestId('story-ferry')).getByLabelText('Title'), { target: { value: 'Harbour ferry deal' } });
    fireEvent.click(within(screen.getByTestId('story-ferry')).getByText('Save'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    await screen.findByText('Harbour ferry deal');
    fireEvent.click(button(screen.getByTestId('story-ferry'), /Export as \.zip/));
    await waitFor(() => expect(downloads.at(-1)?.[0]).toBe('harbour-ferry-deal.zip'));
    expect(screen.getByRole('status').textContent).toBe('Exported “Harbour ferry deal” (2 sources) as harbour-ferry-deal.zip.');
  });

  it('shows an import refusal naming the file and field', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('bad-pack/sources.json: sources[1].date must be yyyy-mm-dd, a real date');
    expect(alert.getAttribute('data-testid')).toBe('import-error');
  });

  it('asks before merging a pack into a story that exists, and says what was added', async () => {
    const { send, sent } = fakeBackground((merge) =>
      merge ? { ok: true, merged: true, added: 1, story: listingOf(STORED) } : { ok: false, exists: true, id: 'ferry', title: 'Ferry', message: 'exists', fresh: 1, total: 2 },
    );
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    const confirm = await screen.findByTestId('merge-confirm');
    expect(confirm.getAttribute('role')).toBe('alert');
    expect(confirm.textContent).toContain("“Ferry” is already here, with 1 source of this pack's 2. Add the other 1 source to it?");
    fireEvent.click(within(confirm).getByText('Add 1 source'));
    await screen.findByText('Added 1 source to “Ferry <b>contract</b>”: it has 2 sources now.');
    expect(sent.filter((m) => m['type'] === 'import-pack').map((m) => m['merge'])).toEqual([false, true]);
  });

  it('says a pack with nothing new is already there, stores nothing, and shows the story', async () => {
    const message = 'Nothing new: all 2 sources of the pack are already in “Ferry <b>contract</b>”.';
    const { send, sent } = fakeBackground(() => ({ ok: false, exists: true, id: 'ferry', title: 'Ferry <b>contract</b>', message, fresh: 0, total: 2 }));
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    const already = await screen.findByTestId('already-there');
    expect(already.textContent).toBe(`${message} Show it OK`);
    expect(screen.queryByTestId('merge-confirm')).toBeNull();
    fireEvent.click(within(already).getByText('Show it'));
    expect(document.activeElement).toBe(screen.getByTestId('story-ferry'));
    expect(sent.filter((m) => m['type'] === 'import-pack').map((m) => m['merge'])).toEqual([false]);
  });

  it('names the stored stories that cannot be read, and says nothing was deleted', async () => {
    const { send } = fakeBackground(undefined, ['Record "old-story": sources[0].date is not a yyyy-mm-dd date or null']);
    render(<Harness send={send} />);
    const problems = await screen.findByTestId('story-problems');
    expect(problems.textContent).toContain('Record "old-story": sources[0].date');
    expect(problems.textContent).toContain('nothing was deleted');
  });

  it('stores nothing when the reader declines the merge', async () => {
    const { send, sent } = fakeBackground(() => ({ ok: false, exists: true, id: 'ferry', title: 'Ferry', message: 'exists', fresh: 1, total: 1 }));
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    fireEvent.click(button(await screen.findByTestId('merge-confirm'), /Cancel/));
    expect(screen.queryByTestId('merge-confirm')).toBeNull();
    expect(sent.filter((m) => m['type'] === 'import-pack').map((m) => m['merge'])).toEqual([false]);
  });

  it('imports a pack dropped on the page', async () => {
    const { send, sent } = fakeBackground(() => ({ ok: true, merged: false, added: 2, story: listingOf({ ...STORED, id: 'strike', title: 'Dock strike' }) }));
    render(<Harness send={send} />);
    const page = (await screen.findByTestId('story-ferry')).closest('main')!;
    drag(page, 'dragover');
    await waitFor(() => expect(page.classList.contains('tri-stories--drop')).toBe(true));
    drag(page, 'drop', [zipFile()]);
    expect(await screen.findByText('Imported “Dock strike” (2 sources).')).toBeTruthy();
    expect(page.classList.contains('tri-stories--drop')).toBe(false);
    expect(sent.find((m) => m['type'] === 'import-pack')).toMatchObject({ files: { 'ferry/sources.json': '{}' }, merge: false });
  });

  it('says when a file is not a pack', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new Blob(['hello'])] } });
    expect((await screen.findByTestId('import-error')).textContent).toContain('not a story pack');
  });
});
