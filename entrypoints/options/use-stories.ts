import { useEffect, useRef, useState } from 'preact/hooks';
import { slugOf } from '../../core/corpus/ids.ts';
import { MAX_PACK_BYTES, unzipPack, zipPack } from '../../lib/stories/pack.ts';
import type { Send } from '../../lib/send.ts';
import { storyElementId, type PackFiles, type StoryListing } from '../../shared/stories.ts';
import { t, tn } from '../../components/i18n.ts';
import type { RenameDraft, StoriesController, StoriesNotice } from '../../components/stories-controller.ts';

/** How long "Undo" stays offered after a story is deleted. */
export const UNDO_MS = 10_000;

/** The file name a story's pack is saved under: its title as it is now, as a file name. */
export function packFileName(story: Pick<StoryListing, 'id' | 'title'>): string {
  return `${slugOf(story.title) || story.id}.zip`;
}


/** Room for the zip's own headers (a few hundred bytes an entry) over the unzipped limit. */
const HEADER_ALLOWANCE = 1024 * 1024;

/** A failure's message for the reader. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Stories page's state: the list from the background, each action's outcome as a notice, the rename form.
 * Every change goes through `send` (the background alone writes the store); a pack is zipped and unzipped here.
 */
export function useStories(send: Send, download: (name: string, data: Uint8Array) => void): StoriesController {
  const [stories, setStories] = useState<readonly StoryListing[] | null>(null);
  const [notice, setNotice] = useState<StoriesNotice | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState<RenameDraft | null>(null);
  const [dragging, setDragging] = useState(false);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fail = (error: unknown) => setNotice({ kind: 'error', text: messageOf(error) });
  const reload = () =>
    Promise.all([send({ type: 'list-stories' }), send({ type: 'story-problems' })]).then(([list, unreadable]) => {
      setStories(list);
      setProblems(unreadable);
    });
  useEffect(() => {
    reload().catch(fail);
    return () => clearTimeout(undoTimer.current);
  }, []);

  /** Shows an outcome: its refusal, or `success` and the list as it now is. True when it was done. */
  const after = async (outcome: { ok: boolean; message?: string }, success: StoriesNotice | null) => {
    if (!outcome.ok) {
      setNotice({ kind: 'error', text: outcome.message ?? t('noticeFailed') });
      return false;
    }
    setNotice(success);
    await reload();
    return true;
  };
  const importFiles = async (files: PackFiles, merge: boolean) => {
    const outcome = await send({ type: 'import-pack', files, merge });
    if (outcome.ok) {
      const text = outcome.merged
        ? `${tn(outcome.added, 'noticeAdded', outcome.story.title)} ${tn(outcome.story.sources.length, 'noticeNow')}`
        : tn(outcome.story.sources.length, 'noticeImported', outcome.story.title);
      return void (await after(outcome, { kind: 'info', text }));
    }
    if (outcome.exists && outcome.fresh === 0) return setNotice({ kind: 'already', id: outcome.id, text: outcome.message });
    if (outcome.exists) return setNotice({ kind: 'merge', title: outcome.title, files, fresh: outcome.fresh, total: outcome.total });
    setNotice({ kind: 'error', text: outcome.message });
  };

  return {
    stories,
    problems,
    notice,
    draft,
    dragging,
    startRename: (storyId) => {
      const story = stories?.find((s) => s.id === storyId);
      if (story) setDraft({ storyId, title: story.title, summary: story.summary });
    },
    editDraft: (change) => setDraft((d) => d && { ...d, ...change }),
    cancelRename: () => setDraft(null),
    saveRename: () => {
      if (!draft) return;
      send({ type: 'rename-story', storyId: draft.storyId, title: draft.title.trim(), summary: draft.summary.trim() })
        .then((outcome) => after(outcome, { kind: 'info', text: t('noticeSaved') }))
        // The form stays open on a refusal, with what the reader typed.
        .then((done) => done && setDraft(null), fail);
    },
    removeSource: (storyId, sourceId) => void send({ type: 'remove-source', storyId, sourceId }).then((o) => after(o, { kind: 'info', text: t('noticeSourceRemoved') })).catch(fail),
    remove: (storyId) =>
      void send({ type: 'delete-story', storyId })
        .then(async (outcome) => {
          if (!outcome.ok) return fail(new Error(outcome.message));
          clearTimeout(undoTimer.current);
          undoTimer.current = setTimeout(() => setNotice((n) => (n?.kind === 'deleted' ? null : n)), UNDO_MS);
          if (draft?.storyId === storyId) setDraft(null);
          await after(outcome, { kind: 'deleted', story: outcome.deleted });
        })
        .catch(fail),
    undo: () => {
      if (notice?.kind !== 'deleted') return;
      clearTimeout(undoTimer.current);
      void send({ type: 'restore-story', story: notice.story })
        .then((o) => after(o, { kind: 'info', text: t('noticeRestored', notice.story.title) }))
        .catch(fail);
    },
    exportPack: (storyId) =>
      void send({ type: 'export-story', storyId })
        .then((outcome) => {
          if (!outcome.ok) return fail(new Error(outcome.message));
          const story = stories?.find((s) => s.id === storyId) ?? { id: storyId, title: storyId, sources: [] };
          const name = packFileName(story);
          download(name, zipPack(outcome.files));
          setNotice({ kind: 'info', text: tn(story.sources.length, 'noticeExported', story.title, name) });
        })
        .catch(fail),
    importFile: (file) => {
      setDragging(false);
      // A zip is at most its files plus their headers, so a file this large cannot hold a pack within the limit:
      // refused before it is read into memory at all.
      if (file.size > MAX_PACK_BYTES + HEADER_ALLOWANCE) return fail(new Error(t('noticeTooLarge', MAX_PACK_BYTES / 1024 / 1024)));
      void file
        .arrayBuffer()
        .then((buffer) => importFiles(unzipPack(new Uint8Array(buffer)), false))
        .catch(fail);
    },
    setDragging,
    merge: () => {
      if (notice?.kind === 'merge') void importFiles(notice.files, true).catch(fail);
    },
    dismiss: () => setNotice(null),
    reveal: (storyId) => {
      const element = document.getElementById(storyElementId(storyId));
      element?.scrollIntoView({ block: 'start' });
      element?.focus({ preventScroll: true });
    },
  };
}
