// Own stories in the benchmark (issue 13): what 100 stories of 10 sources cost the background to compile, and its
// judge's look at them for a page's text (in the background since issue 22: the page holds no word of them). The stories are generated: each has its own invented names (its key names) and sentences
// drawn from a shared vocabulary, so pages share their words but not their actors, as real stories do.
import { compileStories, type StoryFolder } from '../core/corpus/compile-stories.ts';
import { detectionIndexOf } from '../core/corpus/compile.ts';
import { commonTermSet } from '../core/text/common-english.ts';
import { gateWords } from '../lib/gate-words.ts';
import { loadOwnLook, OWN_GATE_KEY, OWN_INDEX_KEY } from '../lib/own-look.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 've', 'zo', 'qui', 'bex', 'dor', 'fen', 'gal', 'hul', 'jas', 'nor', 'pel'];

/** An invented name for story i, part k ("Kaloveth"): unique per story, like real actors' names. */
function nameOf(i: number, k: number): string {
  let n = i * 7 + k + 1;
  let name = '';
  do {
    name += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  const word = `${name}${['th', 'ria', 'ston', 'wick'][k % 4]}`;
  return word[0]!.toUpperCase() + word.slice(1);
}

/** `stories` generated story folders of `sources` sources each, their sentences drawn from `vocabulary`. */
export function generatedStories(stories: number, sources: number, vocabulary: readonly string[]): StoryFolder[] {
  return Array.from({ length: stories }, (_, i) => {
    const names = [0, 1, 2].map((k) => nameOf(i, k));
    const texts = Array.from({ length: sources }, (_, s) => {
      const sentences = Array.from({ length: 25 }, (_, k) => {
        const pick = (j: number) => vocabulary[(i * 7919 + s * 613 + k * 104_729 + j * 31) % vocabulary.length];
        const said = k % 3 === 0 ? `, ${names[k % 2]} said` : '';
        return `${names[(k + s) % 3]} ${pick(1)} the ${pick(2)} ${pick(3)} of ${Number(12 + k)} ${pick(4)} and ${pick(5)} ${names[(k + 1) % 3]} ${pick(6)}${said}.`;
      });
      return sentences.join(' ');
    });
    const manifest = {
      story: { id: `generated-${i}`, title: `${names[0]} and ${names[1]}` },
      sources: texts.map((_, s) => ({ file: `s${s}.txt`, outlet: `Outlet ${s}`, title: `Report ${s}`, date: '2025-03-0' + ((s % 9) + 1), url: null })),
    };
    return {
      manifestPath: `generated-${i}/sources.json`,
      manifest: JSON.stringify(manifest),
      readText: (file: string) => ({ path: `generated-${i}/${file}`, text: texts[Number(file.slice(1, -4))] ?? null }),
    };
  });
}

/** Rows of the own-stories benchmark: compile time, stored sizes, and the judge's look at them per page text. */
export async function ownStoriesBench(pages: readonly string[], vocabulary: readonly string[]): Promise<Array<[string, string, string]>> {
  const folders = generatedStories(100, 10, vocabulary);
  const start = performance.now();
  const stories = compileStories(folders, commonTermSet());
  const compileMs = performance.now() - start;
  const index = detectionIndexOf({ stories });
  const words = gateWords(index) ?? [];
  // What the browser's storage hands back is a structured clone: a JSON round trip stands in for it.
  const stored: Record<string, unknown> = { [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index };
  const storage = { get: async (key: string) => ({ [key]: JSON.parse(JSON.stringify(stored[key])) as unknown }) };
  const times: number[] = [];
  let passed = 0;
  for (let run = 0; run < 3; run++) {
    for (const text of pages) {
      const t = performance.now();
      const look = await loadOwnLook(storage);
      if (look && (await look(text))) passed += run === 0 ? 1 : 0;
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const f = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
  return [
    ['Compile 100 own stories of 10 sources (a first start; later starts read the kept copies)', f(compileMs), 'once'],
    ['Kept for the judge: gate words / index (JSON)', `${(JSON.stringify(words).length / 1024).toFixed(1)} KiB / ${(JSON.stringify(index).length / 1024).toFixed(0)} KiB`, 'gate read at each start; index only past the gate'],
    [`The judge's look at 100 own stories, per page text, in the background (${pages.length} pages; median / p90 / worst; ${passed} passed)`, `${f(at(0.5))} / ${f(at(0.9))} / ${f(times[times.length - 1]!)}`, ''],
  ];
}
