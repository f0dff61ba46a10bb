// `evaluate`'s figures for the background's head gate: a report is let through on its headline or address naming
// the story's key names, and real pages are counted by what the gate does with their titles.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../core/corpus/compile.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { measureGate } from '../../scripts/evaluation/gate.ts';
import type { LabeledArticle } from '../../scripts/evaluation/labeled.ts';
import type { RealPage } from '../../scripts/training/dataset.ts';

const corpus = compileCorpus(readStoryFolders());
const STORY = corpus.stories[0]!.id;
const report = (file: string, title: string, url: string | null): LabeledArticle =>
  ({ file, url, title, date: null, outlet: null, label: 'same-story', story: STORY, body: '' });
const page = (name: string, title: string): RealPage => ({ name, title, text: '' });

describe('measureGate', () => {
  const figures = measureGate(
    [
      report('named.txt', 'Microsoft staff protest ICE deal', null),
      report('in-address.txt', 'Staff revolt over border work', 'https://news.example/2018/06/19/microsoft-ice-letter'),
      report('unnamed.txt', 'Tech workers revolt over border work', 'https://news.example/2018/06/19/tech-revolt'),
      { ...report('other.txt', 'Microsoft ships a new Surface', null), label: 'other-story' },
    ],
    corpus,
    (a) => a.story,
    [page('recipe', 'A loaf in an hour'), page('site', 'The Daily Example'), page('named', 'Microsoft earnings beat forecasts')],
  );

  it('lets through the reports whose headline or address names the story, and lists the one it stops', () => {
    const tally = figures.reports.get(STORY)!;
    expect(tally.total).toBe(3);
    expect(tally.right).toBe(2);
    expect(tally.misses).toHaveLength(1);
    expect(tally.misses[0]).toMatch(/^unnamed\.txt/);
  });

  it('counts the real pages by what the gate does with their titles', () => {
    expect(figures.realPages).toEqual({ look: 1, heading: 1, none: 1 });
  });
});
