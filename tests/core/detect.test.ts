// Covers story detection (core/detect): threshold calibration on fixtures, ranking among many stories, non-English text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seeded } from '../seeded.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { buildDetectionIndex, detectStory, rankStories, STORY_THRESHOLD, termCounts } from '../../core/detect/detect.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { termOf, words } from '../../core/text/tokens.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const story = corpus.stories[0]!;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every .txt file of a fixture folder, as [name, text]. */
function fixtureTexts(folder: string): Array<[string, string]> {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** The score of the bundled story for a text (0 when it is not ranked at all). */
function scoreOf(text: string): number {
  return rankStories(index, termCounts(text)).find((s) => s.storyId === story.id)?.score ?? 0;
}

describe('STORY_THRESHOLD calibration', () => {
  const sources = story.sources.map((s): [string, string] => [s.id, s.text]);
  const positives = fixtureTexts('positives');
  const negatives = fixtureTexts('negatives');

  it('has fixtures to calibrate on', () => {
    expect(sources.length).toBe(3);
    expect(positives.length).toBeGreaterThanOrEqual(3);
    expect(negatives.length).toBeGreaterThanOrEqual(9);
  });

  it.each(sources)('recognizes the bundled source %s', (_name, text) => {
    expect(scoreOf(text)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(detectStory(index, text)?.storyId).toBe(story.id);
  });

  it.each(positives)('recognizes another outlet\u2019s report: %s', (_name, text) => {
    expect(scoreOf(text)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(detectStory(index, text)?.storyId).toBe(story.id);
  });

  it.each(negatives)('does not recognize the near miss %s', (_name, text) => {
    expect(scoreOf(text)).toBeLessThan(STORY_THRESHOLD);
    expect(detectStory(index, text)).toBeNull();
  });
});


describe('rankStories among many stories', () => {
  const random = seeded(2018);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const syllables = ['ka', 'lo', 'mir', 'ven', 'tas', 'dor', 'pel', 'qui', 'zan', 'rho', 'bex', 'sul'];
  const name = () => {
    const w = pick(syllables) + pick(syllables) + pick(syllables);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  // Lower-case vocabulary of the bundled story itself: the fake stories share its subject matter.
  const vocabulary = [...new Set(story.sources.flatMap((s) => words(s.text).map((w) => w.word)).filter((w) => /^[a-z]{4,}$/.test(w)))];
  const realNames = [...new Set(story.sources.flatMap((s) => words(s.text).map((w) => w.word)).filter((w) => /^[A-Z][a-z]{3,}$/.test(w)))];

  /** One generated report: the story's own names repeated among borrowed vocabulary. */
  const report = (names: readonly string[]) => {
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) {
      const body = Array.from({ length: 10 }, () => pick(vocabulary));
      body.splice(Math.floor(random() * body.length), 0, pick(names));
      sentences.push(`${pick(names)} ${body.join(' ')}.`);
    }
    return sentences.join(' ');
  };

  // Every fake story has names of its own; every third also borrows one of the bundled story's names.
  const fakes = Array.from({ length: 1000 }, (_, i) => {
    const names = [name(), name(), ...(i % 3 === 0 ? [pick(realNames)] : [])];
    const texts = [report(names), report(names), report(names)];
    return { id: `fake-${i}`, title: `Fake ${i}`, fingerprint: buildFingerprint(texts), probe: report(names) };
  });
  const big = buildDetectionIndex([...fakes, { id: story.id, title: story.title, fingerprint: story.fingerprint }]);

  it.each(story.sources.map((s) => [s.id, s.text]))('still ranks the bundled story first for %s', (_name, text) => {
    const ranking = rankStories(big, termCounts(text));
    expect(ranking[0]?.storyId).toBe(story.id);
    expect(ranking[0]!.score).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(ranking[1]?.score ?? 0).toBeLessThan(STORY_THRESHOLD);
  });

  it('ranks each generated story first for a new report of it (the fakes are real competitors)', () => {
    for (const fake of fakes.slice(0, 50)) expect(detectStory(big, fake.probe)?.storyId).toBe(fake.id);
  });

  it('returns the ranking best first, with scores in (0, 1]', () => {
    const ranking = rankStories(big, termCounts(story.sources[0]!.text));
    for (let i = 0; i < ranking.length; i++) {
      expect(ranking[i]!.score).toBeGreaterThan(0);
      expect(ranking[i]!.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(ranking[i]!.score).toBeLessThanOrEqual(ranking[i - 1]!.score);
    }
  });
});

describe('detectStory on text that is not an English report of the story', () => {
  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t '],
    [
      'German text on another subject',
      'Die Bundesregierung hat am Dienstag ein neues Gesetz zur F\u00F6rderung erneuerbarer Energien beschlossen. Der Wirtschaftsminister erkl\u00E4rte, das Gesetz werde den Ausbau von Wind- und Solaranlagen beschleunigen. Kritiker bem\u00E4ngeln die hohen Kosten f\u00FCr Verbraucher.',
    ],
    [
      'Chinese text on the same subject',
      '\u5FAE\u8F6F\u5458\u5DE5\u53D1\u8868\u516C\u5F00\u4FE1\uFF0C\u8981\u6C42\u9996\u5E2D\u6267\u884C\u5B98\u53D6\u6D88\u4E0E\u7F8E\u56FD\u79FB\u6C11\u548C\u6D77\u5173\u6267\u6CD5\u5C40\uFF08ICE\uFF09\u7B7E\u8BA2\u7684\u4EF7\u503C1940\u4E07\u7F8E\u5143\u7684Azure\u653F\u5E9C\u4E91\u5408\u540C\u3002\u4FE1\u4E2D\u8BF4\uFF0C\u5458\u5DE5\u4EEC\u5BF9\u5BB6\u5EAD\u5206\u79BB\u653F\u7B56\u611F\u5230\u9707\u60CA\u3002',
    ],
  ])('%s gets null', (_name, text) => {
    expect(detectStory(index, text)).toBeNull();
    expect(scoreOf(text)).toBeLessThan(STORY_THRESHOLD);
  });
});

describe('anchors: the key names every source writes, and how many a report must name', () => {
  // A wildfire told by three outlets, each naming the town (most of all), the county and the governor.
  const fire = [
    'A wildfire swept through Pinehollow on Thursday and destroyed most of Pinehollow, and Governor Ada Reyes declared an emergency. Crews from Marlow fought the blaze near Pinehollow overnight.',
    'Governor Reyes said the wildfire had destroyed most of Pinehollow. Officials in Marlow counted 41 dead in Pinehollow as the blaze burned on.',
    'The wildfire reached Pinehollow within hours and left Pinehollow in ashes. Reyes asked for federal help; Marlow officials called it the deadliest fire on record.',
  ];
  const fingerprint = buildFingerprint(fire);
  const fireIndex = buildDetectionIndex([{ id: 'fire', title: 'Pinehollow wildfire', fingerprint }]);
  const scoreFor = (text: string) => rankStories(fireIndex, termCounts(text))[0]?.score ?? 0;

  it('keeps up to three key names, the names every source writes', () => {
    expect([...fingerprint.anchors].sort()).toEqual(['marlow', 'pinehollow', 'reyes'].map((w) => termOf(w)).sort());
  });

  it('scores in full a report naming two of them twice, though not the weightiest, and hard down one naming one', () => {
    // A county paper's report: the county and the governor, never the town.
    const twoNames = 'Firefighters in Marlow held the wildfire at the river on Friday. Marlow officials said the blaze killed 41 people and Governor Reyes said Reyes would ask for help.';
    const oneName = 'Firefighters held a wildfire at the river on Friday. Officials said the blaze killed 41 people; Governor Reyes said Reyes would ask for help.';
    expect(scoreFor(twoNames)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(scoreFor(oneName)).toBeLessThan(scoreFor(twoNames) / 2);
  });

  it('fills a story of fewer names up to two anchors with its weightiest word, never a third everyday word', () => {
    const vote = [
      'Lawmakers in Velmora rejected the harbour budget by 61 votes to 40 on Monday after a long debate about the harbour.',
      'The harbour budget failed in Velmora on Monday, 61 votes to 40, and the debate is set to return next month.',
      'Velmora lawmakers voted down the harbour budget on Monday: 61 against, 40 for, after the debate ran late.',
    ];
    expect(buildFingerprint(vote).anchors).toHaveLength(2);
  });
});
