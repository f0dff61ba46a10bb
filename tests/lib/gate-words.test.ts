// The gate before the quick look's scoring lets through every page the scoring could take for a story, and stops
// pages that name no main key name of any story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { buildDetectionIndex, detectStory, PREFILTER_THRESHOLD } from '../../core/detect/detect.ts';
import bundledGateWords from 'virtual:triangulate/gate';
import { gateOf, gateWords } from '../../lib/gate-words.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { quickText } from '../../page/quick-text.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const gate = gateOf(gateWords(index)!);

const texts: Array<[string, string]> = [
  ...corpus.stories.flatMap((story) => story.sources.map((s) => [`source ${s.outlet}`, s.text] as [string, string])),
  ...['positives', 'negatives'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).map((f) => [`${dir}/${f}`, readFileSync(join(FIXTURES, dir, f), 'utf8')] as [string, string]),
  ),
  ...readdirSync(join(FIXTURES, 'pages')).map((slug) => {
    const doc = htmlDocument(readFileSync(join(FIXTURES, 'pages', slug, 'source.html'), 'utf8'));
    return [`page ${slug}`, quickText(doc).text] as [string, string];
  }),
];

describe('the anchor gate', () => {
  it('is built into the extension as the bundled stories\' gate words', () => {
    expect(bundledGateWords).toEqual(gateWords(index));
    expect(bundledGateWords!.length).toBeGreaterThan(0);
  });

  it.each(texts)('never stops what the scoring would pass on to the analysis: %s', (_name, text) => {
    // A page naming only a further key name scores at most a quarter (detect.ts ANCHORS_NEEDED): below the bar.
    if (detectStory(index, text, PREFILTER_THRESHOLD)) expect(gate(text)).toBe(true);
  });

  it.each([
    ['a recipe', 'Whisk the eggs with sugar, fold in the flour and bake for twenty minutes.'],
    ['a football report', 'The visitors scored twice in the second half to win the cup final.'],
  ])('stops a page that uses no anchor word: %s', (_name, text) => {
    expect(gate(text)).toBe(false);
  });

  it.each([
    ['an anchor as written', 'Microsoft said nothing.'],
    ['an anchor in the possessive', "ICE's contract was renewed."],
    ['an anchor with a curly apostrophe', 'Microsoft\u2019s cloud'],
    ['the name an acronym anchor stands for', 'Immigration and Customs Enforcement said'],
  ])('lets through %s', (_name, text) => {
    expect(gate(text)).toBe(true);
  });
});

describe('gate words of a story with a further key name', () => {
  // Three outlets on a wildfire: the town and the county are its main actors; the governor, named by all three,
  // is a further key name, and no report's sole subject.
  const fire = [
    'A wildfire swept through Pinehollow on Thursday and destroyed most of Pinehollow. Crews from Marlow fought the blaze near Pinehollow, Marlow officials said, and Governor Reyes declared an emergency.',
    'The wildfire destroyed most of Pinehollow. Officials in Marlow counted 41 dead in Pinehollow and Marlow asked for help; Governor Reyes visited.',
    'The wildfire reached Pinehollow within hours and left Pinehollow in ashes. Marlow officials called it the deadliest fire in Marlow history. Reyes asked for federal help.',
  ];
  const own = buildDetectionIndex([{ id: 'fire', title: 'Pinehollow wildfire', fingerprint: buildFingerprint(fire) }]);
  const words = gateWords(own)!;

  it('gates on the main key names, not on the further one', () => {
    expect(words).toEqual(expect.arrayContaining(['pinehollow', 'marlow']));
    expect(words).not.toContain('reyes');
  });

  it('gates on the surnames of quoted people, but not on one that is also a function word ("May", "Will")', () => {
    const quoted = { ...own, stories: own.stories.map((story) => ({ ...story, persons: ['May', 'Corbyn', 'Will'] })) };
    const personGate = gateOf(gateWords(quoted)!);
    expect(personGate('Corbyn calls the vote a catastrophe')).toBe(true);
    expect(personGate('Stocks may fall as rates will rise')).toBe(false);
  });
});
