// The background's start with 0 and 100 own stories of 10 sources (issue 22), in Node over fake-indexeddb (the
// same store code, the same structured clones as the browser's IndexedDB): how long until the first page can be
// judged (the judge's gate words and own index read from storage), and until the own stories are ready for the
// analysis, at a first start (every story compiled, its copy kept) and at every later one (the kept copies read).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { compileCorpus } from '../core/corpus/compile.ts';
import { storyOfPack } from '../core/corpus/pack.ts';
import { commonTermSet } from '../core/text/common-english.ts';
import { gateWords } from '../lib/gate-words.ts';
import { detectionIndexOf } from '../core/corpus/compile.ts';
import { loadOwnLook, OWN_GATE_KEY, OWN_INDEX_KEY } from '../lib/own-look.ts';
import type { OwnGate } from '../lib/stories/library.ts';
import { StoryLibrary } from '../lib/stories/library.ts';
import { openStoryStore } from '../lib/stories/store.ts';
import { TabJudge } from '../lib/tab-judge.ts';
import { generatedStories } from './bench-own-stories.ts';
import { readStoryFolders } from './corpus-files.ts';

const NOW = '2025-05-01T10:00:00.000Z';
const f = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;

/** The median of `runs` timings of an async step. */
async function medianOf(runs: number, step: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await step();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Rows: background start with 0 and with 100 own stories. */
export async function backgroundStartBench(vocabulary: readonly string[]): Promise<Array<[string, string, string]>> {
  const bundled = compileCorpus(readStoryFolders());
  const bundledIndex = detectionIndexOf(bundled);
  const bundledWords = gateWords(bundledIndex);
  const common = commonTermSet();
  const rows: Array<[string, string, string]> = [];
  for (const count of [0, 100]) {
    const factory = new IDBFactory();
    const store = openStoryStore({ factory });
    for (const folder of generatedStories(count, 10, vocabulary)) {
      const files: Record<string, string> = { [folder.manifestPath]: folder.manifest };
      for (let s = 0; s < 10; s++) {
        const source = folder.readText(`s${s}.txt`);
        files[source.path] = source.text ?? '';
      }
      await store.put(storyOfPack(files, NOW));
    }
    // What the library leaves in extension storage for the judge (lib/own-look.ts), as storage hands it back.
    let published: OwnGate = { words: [], index: null };
    const publish = async (gate: OwnGate) => void (published = structuredClone(gate));
    const first = performance.now();
    await new StoryLibrary(bundled, store, common, publish, () => NOW).current();
    const firstMs = performance.now() - first;
    // The copies are kept after the first start has served: let them be written.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const storage = {
      get: async (key: string) => {
        const value = key === OWN_GATE_KEY ? (published.index ? published.words : undefined) : key === OWN_INDEX_KEY ? published.index : undefined;
        return value === undefined ? {} : { [key]: structuredClone(value) };
      },
    };
    const judgeReady = await medianOf(5, async () => {
      const judge = new TabJudge({ bundled: { index: bundledIndex, words: bundledWords }, ownStories: () => loadOwnLook(storage), injectFirstLook: async () => undefined, injectSession: async () => undefined, readHeading: async () => '', scriptsIn: async () => null, later: () => undefined, tabNow: async () => null });
      // Judged: a head that passes the gate, and a lead scored against the own stories' index (read for it).
      const word = published.words[0] ?? 'microsoft';
      await judge.judge({ head: word, text: `${word} said`, complete: true, timings: {} }, 1, 0);
    });
    const nextStart = await medianOf(3, () => new StoryLibrary(bundled, openStoryStore({ factory }), common, async () => undefined, () => NOW).current());
    const label = `${count} own stories${count ? ' of 10 sources' : ''}`;
    rows.push([`Background start, ${label}: until the first page can be judged`, f(judgeReady), '≤ 50 ms with 100']);
    rows.push([`Background start, ${label}: own stories ready for analysis (kept compiled copies read)`, f(nextStart), '']);
    if (count > 0) rows.push([`Background start, ${label}: the first start ever (every story compiled, its copy kept)`, f(firstMs), 'once']);
  }
  return rows;
}
