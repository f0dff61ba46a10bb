// The background's head gate (lib/tab-gate.ts) on labelled articles and real pages, for `evaluate`: how many of a
// story's reports its gate words let through on their headline and address alone, and how many pages about other
// things get a script. A report the gate stops is never analyzed in the browser, whatever the analysis would say.
import { detectionIndexOf } from '../../core/corpus/compile.ts';
import type { Corpus } from '../../core/corpus/types.ts';
import { gateOf, gateWords } from '../../lib/gate-words.ts';
import { tabVerdict, type TabVerdict } from '../../lib/tab-gate.ts';
import type { RealPage } from '../training/dataset.ts';
import type { LabeledArticle } from './labeled.ts';
import type { Tally } from './measure.ts';

/** The gate's verdicts: per story, its reports let through; over the real pages, how many get each verdict. */
export interface GateFigures {
  readonly reports: Map<string, Tally>;
  readonly realPages: Readonly<Record<TabVerdict, number>>;
}

// A page without a known address is judged on its headline under a neutral one.
const NO_ADDRESS = 'https://news.example/';

/** Runs each story's own gate on its reports' headlines and addresses, and all stories' gate on the real pages. */
export function measureGate(articles: readonly LabeledArticle[], corpus: Corpus, storyOf: (a: LabeledArticle) => string | null, pages: readonly RealPage[]): GateFigures {
  const reports = new Map<string, Tally>();
  for (const story of corpus.stories) {
    const words = gateWords(detectionIndexOf({ stories: [story] }));
    const gate = words === null ? () => true : gateOf(words);
    let right = 0;
    let total = 0;
    const misses: string[] = [];
    for (const article of articles) {
      if (article.label !== 'same-story' || storyOf(article) !== story.id) continue;
      total++;
      if (tabVerdict(gate, article.url ?? NO_ADDRESS, article.title ?? '') === 'look') right++;
      else misses.push(`${article.file}: "${article.title ?? ''}" (${article.url ?? 'no address'})`);
    }
    if (total > 0) reports.set(story.id, { right, total, misses });
  }
  const all = gateWords(detectionIndexOf(corpus));
  const gate = all === null ? () => true : gateOf(all);
  const realPages: Record<TabVerdict, number> = { look: 0, heading: 0, none: 0 };
  for (const page of pages) realPages[tabVerdict(gate, NO_ADDRESS, page.title)]++;
  return { reports, realPages };
}
