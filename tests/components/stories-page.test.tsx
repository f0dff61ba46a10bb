// The Stories page (options) with a fake background: bundled and own stories listed, rename, remove a source,
// delete with undo, import with a merge question, refusals shown, texts shown as text.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StoriesPage } from '../../components/StoriesPage.tsx';
import { useStories } from '../../entrypoints/options/use-stories.ts';
import type { Send } from '../../lib/send.ts';
import { unzipPack, zipPack } from '../../lib/pack-zip.ts';
import type { StoredStory, StoryListing } from '../../lib/stories.ts';

afterEach(cleanup);

const source = (id: string, outlet: string) => ({ id, outlet, title: `${outlet} report`, url: `https://${id}.example/`, date: '2025-04-08', words: 400 });
const BUNDLED: StoryListing = { id: 'bundled', title: 'A bundled story', summary: '', own: false, sources: [source('a', 'Outlet A')] };
const STORED: StoredStory = {
  id: 'ferry',
  title: 'Ferry <b>contract</b>',
  summary: 'The board and the union',
  created: '2025-05-01T00:00:00Z',
  updated: '2025-05-01T00:00:00Z',
  sources: [{ ...source('ledger', 'The Ledger'), text: 'Text.', added: '2025-05-01T00:00:00Z' }, { ...source('wire', 'The Wire'), text: 'Text.', added: '2025-05-01T00:00:00Z' }],
};
const listingOf = (s: StoredStory): StoryListing => ({ id: s.id, title: s.title, summary: s.summary, own: true, sources: s.sources.map(({ text: _t, added: _a, ...rest }) => ({ ...rest, words: 1 })) });

/** A fake background over an in-memory list of own stories. */
function fakeBackground(
  importAnswer: (merge: boolean) => unknown = () => ({ ok: false, message: 'bad-pack/sources.json: sources[1].date must be yyyy-mm-dd, a real date' }),
  unreadable: string[] = [],
) {
  let own: StoredStory[] = [STORED];
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
function Harness({ send }: { send: Send }) {
  return <StoriesPage controller={useStories(send, (name, data) => downloads.push([name, data]))} />;
}

const zipFile = () => new Blob([zipPack({ 'ferry/sources.json': '{}' }) as BlobPart]);

describe('the Stories page', () => {
  it('lists own and bundled stories with their sources, titles as text', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    const item = await screen.findByTestId('story-ferry');
    expect(within(item).getByRole('heading').textContent).toBe('Ferry <b>contract</b>');
    expect(within(item).getByText('The Ledger report').getAttribute('href')).toBe('https://ledger.example/');
    expect(within(screen.getByTestId('story-bundled')).queryByText('Delete story')).toBeNull();
    expect(screen.getByText(/Where your stories live/)).toBeTruthy();
  });

  it('renames a story and removes a source, but never the last', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    const item = await screen.findByTestId('story-ferry');
    fireEvent.click(within(item).getByText('Rename'));
    fireEvent.input(within(item).getByLabelText('Title'), { target: { value: 'Ferry deal' } });
    fireEvent.click(within(item).getByText('Save'));
    await waitFor(() => expect(within(screen.getByTestId('story-ferry')).getByRole('heading').textContent).toBe('Ferry deal'));
    fireEvent.click(within(screen.getByTestId('story-ferry')).getAllByText(/Remove source/)[1]!);
    await waitFor(() => expect(within(screen.getByTestId('story-ferry')).getAllByText(/Remove source/)).toHaveLength(1));
    expect((within(screen.getByTestId('story-ferry')).getByText(/Remove source/).closest('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('deletes a story with undo', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(within(await screen.findByTestId('story-ferry')).getByText('Delete story'));
    await waitFor(() => expect(screen.queryByTestId('story-ferry')).toBeNull());
    fireEvent.click(screen.getByTestId('undo'));
    expect(await screen.findByTestId('story-ferry')).toBeTruthy();
  });

  it('exports a story as a zip download', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    fireEvent.click(within(await screen.findByTestId('story-bundled')).getByText('Export as .zip'));
    await waitFor(() => expect(downloads.at(-1)?.[0]).toBe('bundled.zip'));
    expect(unzipPack(downloads.at(-1)![1])).toEqual({ 'ferry/sources.json': '{}' });
  });

  it('shows an import refusal naming the file and field', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    expect((await screen.findByTestId('import-error')).textContent).toBe('bad-pack/sources.json: sources[1].date must be yyyy-mm-dd, a real date');
  });

  it('asks before merging a pack into a story that exists', async () => {
    const { send, sent } = fakeBackground((merge) =>
      merge ? { ok: true, merged: true, story: listingOf(STORED) } : { ok: false, exists: true, id: 'ferry', title: 'Ferry', message: 'exists' },
    );
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [zipFile()] } });
    const confirm = await screen.findByTestId('merge-confirm');
    expect(confirm.textContent).toContain('A story “Ferry” exists.');
    fireEvent.click(within(confirm).getByText('Add the sources'));
    await screen.findByText('Added the pack’s sources to “Ferry <b>contract</b>”.');
    expect(sent.filter((m) => m['type'] === 'import-pack').map((m) => m['merge'])).toEqual([false, true]);
  });

  it('names the stored stories that cannot be read, and says nothing was deleted', async () => {
    const { send } = fakeBackground(undefined, ['Record "old-story": sources[0].date is not a yyyy-mm-dd date or null']);
    render(<Harness send={send} />);
    const problems = await screen.findByTestId('story-problems');
    expect(problems.textContent).toContain('Record "old-story": sources[0].date');
    expect(problems.textContent).toContain('nothing was deleted');
  });

  it('says when a file is not a pack', async () => {
    const { send } = fakeBackground();
    render(<Harness send={send} />);
    await screen.findByTestId('story-ferry');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new Blob(['hello'])] } });
    expect((await screen.findByTestId('import-error')).textContent).toContain('not a story pack');
  });
});
