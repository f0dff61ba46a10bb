import { useEffect, useRef, useState } from 'preact/hooks';
import { unzipPack, zipPack } from '../../lib/pack-zip.ts';
import type { PackFiles, StoredStory, StoryListing } from '../../lib/stories.ts';
import type { Send } from '../../lib/send.ts';

/** How long "Undo" stays offered after a story is deleted. */
export const UNDO_MS = 10_000;

/** A line the Stories page shows after an action. */
export type Notice =
  | { readonly kind: 'info'; readonly text: string }
  | { readonly kind: 'deleted'; readonly story: StoredStory }
  /** An import of a story that exists: merge only when the reader says so. */
  | { readonly kind: 'merge'; readonly title: string; readonly files: PackFiles }
  | { readonly kind: 'error'; readonly text: string };

/** The Stories page's data and actions. */
export interface StoriesController {
  readonly stories: readonly StoryListing[] | null;
  /** Stored stories that could not be read, each with why. */
  readonly problems: readonly string[];
  readonly notice: Notice | null;
  rename(storyId: string, title: string, summary: string): Promise<boolean>;
  removeSource(storyId: string, sourceId: string): void;
  remove(storyId: string): void;
  undo(): void;
  exportPack(storyId: string): void;
  importFile(file: Blob): void;
  merge(): void;
  dismiss(): void;
}

/** The Stories page's state: the list from the background, and each action's outcome as a notice. */
export function useStories(send: Send, download: (name: string, data: Uint8Array) => void): StoriesController {
  const [stories, setStories] = useState<readonly StoryListing[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reload = () =>
    Promise.all([send({ type: 'list-stories' }), send({ type: 'story-problems' })]).then(([list, unreadable]) => {
      setStories(list);
      setProblems(unreadable);
    });
  useEffect(() => void reload().catch((error: unknown) => setNotice({ kind: 'error', text: String(error) })), []);
  const fail = (error: unknown) => setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  const after = async (outcome: { ok: boolean; message?: string }, success: Notice | null) => {
    if (!outcome.ok) return setNotice({ kind: 'error', text: outcome.message ?? 'That did not work.' });
    setNotice(success);
    await reload();
  };
  const importFiles = async (files: PackFiles, merge: boolean) => {
    const outcome = await send({ type: 'import-pack', files, merge });
    if (outcome.ok) return after(outcome, { kind: 'info', text: `${outcome.merged ? 'Added the pack’s sources to' : 'Imported'} “${outcome.story.title}”.` });
    if (outcome.exists) return setNotice({ kind: 'merge', title: outcome.title, files });
    setNotice({ kind: 'error', text: outcome.message });
  };

  return {
    stories,
    problems,
    notice,
    rename: async (storyId, title, summary) => {
      const outcome = await send({ type: 'rename-story', storyId, title, summary });
      await after(outcome, { kind: 'info', text: 'Saved.' });
      return outcome.ok;
    },
    removeSource: (storyId, sourceId) => void send({ type: 'remove-source', storyId, sourceId }).then((o) => after(o, { kind: 'info', text: 'Source removed.' }), fail),
    remove: (storyId) =>
      void send({ type: 'delete-story', storyId }).then(async (outcome) => {
        if (!outcome.ok) return fail(new Error(outcome.message));
        clearTimeout(undoTimer.current);
        undoTimer.current = setTimeout(() => setNotice((n) => (n?.kind === 'deleted' ? null : n)), UNDO_MS);
        await after(outcome, { kind: 'deleted', story: outcome.deleted });
      }, fail),
    undo: () => {
      if (notice?.kind !== 'deleted') return;
      clearTimeout(undoTimer.current);
      void send({ type: 'restore-story', story: notice.story }).then((o) => after(o, { kind: 'info', text: `Restored “${notice.story.title}”.` }), fail);
    },
    exportPack: (storyId) =>
      void send({ type: 'export-story', storyId }).then((outcome) => {
        if (!outcome.ok) return fail(new Error(outcome.message));
        download(`${storyId}.zip`, zipPack(outcome.files));
      }, fail),
    importFile: (file) =>
      void file
        .arrayBuffer()
        .then((buffer) => importFiles(unzipPack(new Uint8Array(buffer)), false))
        .catch(fail),
    merge: () => {
      if (notice?.kind === 'merge') void importFiles(notice.files, true).catch(fail);
    },
    dismiss: () => setNotice(null),
  };
}
