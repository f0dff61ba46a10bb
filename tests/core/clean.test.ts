// Covers core/text/clean.ts: which lines of article text are page debris, and what the kept blocks are.
import { describe, expect, it } from 'vitest';
import { parseStoryManifest } from '../../core/corpus/schema.ts';
import { cleanArticle } from '../../core/text/clean.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

/** The kept blocks of `raw` as text. */
function kept(raw: string): string[] {
  return cleanArticle(raw).map((span) => raw.slice(span.start, span.end));
}

const BEFORE = 'The company signed the contract in January.';
const AFTER = 'Employees asked the company to cancel it.';

describe('cleanArticle: debris lines between paragraphs are dropped', () => {
  it.each([
    ['share button label', 'Share story'],
    ['share button label, other wording', 'Share this article'],
    ['embedded tweet placeholder', 'This Tweet is currently unavailable. It might be loading or has been removed.'],
    ['unavailable embed', 'This video is not available in your region'],
    ['tip line', 'Got a tip? You can contact this reporter securely on Signal on +44 20 8133 5190, or email'],
    ['news tip line', 'Got a news tip? Email us.'],
    ['age banner', 'This story is over 5 years old.'],
    ['age banner, other wording', 'This article is more than two years old'],
    ['image credit', 'Image: US Department of Homeland Security'],
    ['photo credit', 'Photo: Jane Roe/Getty Images'],
    ['photo credit with "credit"', 'Photo credit: Staff photographer'],
    ['advertisement label', 'Advertisement'],
    ['newsletter box', 'Sign up for our daily newsletter to get the top stories'],
    ['read-more link', 'Click here to read more'],
    ['"see also" teaser alone on its line', "SEE ALSO: Pundit compares detention centers to 'summer camps' as the show goes off the rails"],
    ['"related" teaser alone on its line', 'Related: Workers at another firm walk out'],
    ['update note about the page', "Update: This piece has been updated to include more information regarding the company's response."],
    ["editor's note about the page", "Editor's note: This story has been updated with a correction."],
  ])('%s', (_name, debris) => {
    expect(kept(`${BEFORE}\n${debris}\n${AFTER}`)).toEqual([BEFORE, AFTER]);
  });

  it('keeps the sentence glued onto a "SEE ALSO" headline, starting where the headline ends', () => {
    const raw = `${BEFORE}\nSEE ALSO: Host goes totally off the railsThe letter demands the company "cancel its contracts."\n${AFTER}`;
    expect(kept(raw)).toEqual([BEFORE, 'The letter demands the company "cancel its contracts."', AFTER]);
  });

  it('keeps the sentence glued onto a teaser headline that ends in a closing quote', () => {
    const raw = `${BEFORE}\nRead more: Why the deal is "a mistake"The union says more strikes are coming.`;
    expect(kept(raw)).toEqual([BEFORE, 'The union says more strikes are coming.']);
  });

  it.each([
    ['"Topics" tag line', 'Topics Microsoft Politics Immigration'],
    ['"Topics:" tag line', 'Topics: Politics, Technology'],
    ['"Tags:" tag line', 'Tags: cloud, contracts'],
    ['"Filed under" line', 'Filed under Business'],
  ])('drops a closing %s and everything after it', (_name, tagLine) => {
    const raw = `${BEFORE}\n${AFTER}\n${tagLine}\nUnrelated headline one\nHow to watch a movie: release date, streaming deals, and more.\n`;
    expect(kept(raw)).toEqual([BEFORE, AFTER]);
  });
});

describe('cleanArticle: article paragraphs are kept', () => {
  it.each([
    ['a paragraph starting with "Related" as a word', 'Related issues came up at the meeting.'],
    ['a paragraph starting with "Topics" as a word', 'Topics of discussion included pay, hours and the contract.'],
    ['a paragraph starting with "Share"', 'Share prices fell by 3% after the announcement.'],
    ['a paragraph starting with "Update"', 'Update cycles for the software were slowed down.'],
    ['a paragraph mentioning an image', 'The image of children in cages spread widely online.'],
    ['an update that is about the story, not the page', 'Update: The company responded on Tuesday evening.'],
    ['a paragraph mentioning a tweet', 'The tweet is still online, and it has been shared thousands of times.'],
    ['a paragraph with a camel-case name', 'YouTube and McDonald said nothing, according to the report.'],
    ['a quotation paragraph', '"We refuse to be complicit," the employees wrote.'],
  ])('%s', (_name, paragraph) => {
    expect(kept(`${BEFORE}\n${paragraph}\n${AFTER}`)).toEqual([BEFORE, paragraph, AFTER]);
  });

  it('does not treat a "Topics" line as a footer before any paragraph was kept', () => {
    expect(kept(`Topics to watch this week\n${BEFORE}`)).toEqual(['Topics to watch this week', BEFORE]);
  });

  it('trims blocks, skips blank lines and handles CRLF and a missing final newline', () => {
    const raw = `\n\n   ${BEFORE}   \r\n\r\n\t${AFTER}`;
    const spans = cleanArticle(raw);
    expect(spans.map((s) => raw.slice(s.start, s.end))).toEqual([BEFORE, AFTER]);
    expect(spans[0]!.start).toBe(raw.indexOf(BEFORE));
  });

  it('returns nothing for empty or blank text', () => {
    expect(cleanArticle('')).toEqual([]);
    expect(cleanArticle(' \n\t\n ')).toEqual([]);
  });
});

describe('cleanArticle on the bundled sources', () => {
  // Debris that the bundled .txt files contain (see tests/fixtures/README.md).
  const DEBRIS_PHRASES = [
    'Share story',
    'This story is over 5 years old',
    'Image: US Department of Homeland Security',
    'Got a tip?',
    'This Tweet is currently unavailable',
    'SEE ALSO',
    'off the rails',
    'Topics Microsoft',
    'Reading Jacques Mesrine',
    'Update: This piece has been updated',
  ];
  const texts = readStoryFolders().flatMap((folder) =>
    parseStoryManifest(folder.manifestPath, folder.manifest).sources.map((s) => {
      const { path, text } = folder.readText(s.file);
      return { file: s.file, path, text: text ?? '' };
    }),
  );

  it('finds the bundled texts', () => {
    expect(texts.map((t) => t.file).sort()).toEqual(['mashable.txt', 'motherboard.txt', 'seattletimes.txt']);
  });

  it.each(texts)('keeps no debris in $file', ({ text }) => {
    const blocks = kept(text);
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) for (const phrase of DEBRIS_PHRASES) expect(block).not.toContain(phrase);
  });

  it.each(texts)('keeps every other line of $file whole', ({ text }) => {
    const blocks = new Set(kept(text));
    const end = text.search(/^Topics /m);
    const lines = (end < 0 ? text : text.slice(0, end)).split('\n').map((l) => l.trim());
    for (const line of lines) {
      if (line === '' || DEBRIS_PHRASES.some((p) => line.includes(p))) continue;
      expect(blocks, line).toContain(line);
    }
  });

  it('stops the Mashable text at its "Topics" line and keeps the sentence glued to the SEE ALSO headline', () => {
    const text = texts.find((t) => t.file === 'mashable.txt')!.text;
    const spans = cleanArticle(text);
    const junk = text.indexOf('Reading Jacques Mesrine');
    expect(junk).toBeGreaterThan(0);
    expect(spans.at(-1)!.end).toBeLessThan(text.indexOf('Topics Microsoft'));
    expect(spans.every((s) => s.end <= junk)).toBe(true);
    const letter = spans.map((s) => text.slice(s.start, s.end)).find((b) => b.startsWith('The letter demands'));
    expect(letter).toMatch(/^The letter demands Microsoft "cancel its contracts" with ICE, .*agency's work\.$/);
  });
});
