// Covers recognizing a story by its event: core/detect/event-date.ts, headline-names.ts, recognize.ts and the
// acronyms in core/text/acronyms.ts. Examples are written here in the manner of several outlets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { daysFit, latestYear, publishedDays, sourcesWindow, speaksOfLaterYear, type StoryWindow } from '../../core/detect/event-date.ts';
import { foreignHeadlineNames, isNameInText, storyVocabulary } from '../../core/detect/headline-names.ts';
import { quickTermCounts, rankStories, STORY_THRESHOLD, termCounts } from '../../core/detect/detect.ts';
import { pageSignals, RECOGNITION_CLAIMS } from '../../core/detect/page-signals.ts';
import { MIN_CLAIM_TERMS } from '../../core/match/prepared-claim.ts';
import { REPORT_PROBABILITY, reportProbability } from '../../core/detect/detect-decision.ts';
import { MATCH_MODEL } from '../../core/match/compare.ts';
import { parseLabeled } from '../../scripts/evaluation/labeled.ts';
import { extractClaims } from '../../core/claims/extract.ts';
import { acronymsOf, expansionsOf } from '../../core/text/acronyms.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

/** The window of sources with these dates and no address. */
const windowOf = (dates: ReadonlyArray<string | null>) => sourcesWindow(dates.map((date) => ({ date, url: null })));
/** Whether a page dated `date`, with no address, fits a story's window. */
const dateFits = (window: StoryWindow | null, date: string | null) => daysFit(window, publishedDays({ date }));

describe('event dates', () => {
  const window = windowOf(['2018-06-18', null, '2018-06-19']);

  it.each([
    ['2018-06-18', true],
    ['2018-06-20T08:00:00-07:00', true],
    ['2018-07-05', true],
    ['2018-06-16', true],
    ['2018-07-25', false],
    ['2019-11-20', false],
    ['2017-12-01', false],
    [null, true],
    ['not a date', true],
  ])('a page dated %s fits the story: %s', (date, fits) => {
    expect(dateFits(window, date)).toBe(fits);
  });

  it('a story without dated sources lets every page through', () => {
    expect(dateFits(windowOf([null]), '1999-01-01')).toBe(true);
  });

  it.each([
    ['The contract was signed in 2017 and renewed in 2018.', 2018],
    ['In the six months leading up to January 2026, the agency tripled its data.', 2026],
    ['The company plans to stop by 2030; it said so in 2018.', 2018],
    ['It costs $2,500 a seat and 4,000 people work there.', null],
  ])('latest year of "%s"', (text, year) => {
    expect(latestYear(text)).toBe(year);
  });

  it('an undated page that speaks of a later year was written after the story', () => {
    expect(speaksOfLaterYear(window, 'Workers walked out again in 2019, a year after the first letter.')).toBe(true);
    expect(speaksOfLaterYear(window, 'The letter, sent in June 2018, asked for a new policy.')).toBe(false);
  });
});

describe('names in the headline', () => {
  const vocabulary = storyVocabulary(['Employees of Acme asked the company to drop its contract with the Border Agency.']);
  const body = 'Workers at Zenith walked out on Tuesday over the deal. Protesters from Zenith and Acme staff joined them.\nThe walkout lasted an hour.';

  it('finds a name the story never uses', () => {
    expect(foreignHeadlineNames('Zenith Workers Walk Out Over Border Deal', body, vocabulary)).toEqual(['Zenith']);
  });

  it('does not take title-case words for names', () => {
    expect(foreignHeadlineNames('Acme Staff Walk Out Over Deal', body, vocabulary)).toEqual([]);
    expect(isNameInText('Walk', body)).toBe(false);
  });

  it('reads names only from sentence-case lines, not from a repeated headline', () => {
    expect(isNameInText('Protest', 'Big Tech Workers Plan Protest Over Contract\nThe protest is on Friday.')).toBe(false);
  });
});

describe('acronyms', () => {
  const text = 'Staff asked to end work with Immigration and Customs Enforcement (ICE). ICE did not comment. The CEO said ICE work was small. Critics of ICE disagreed. Ice melted.';

  it('finds the words a text writes in capitals', () => {
    expect(acronymsOf(text)).toEqual(new Set(['ice', 'ceo']));
  });

  it('finds the name an acronym stands for', () => {
    expect(expansionsOf('ice', text)).toEqual(['Immigration and Customs Enforcement']);
    expect(expansionsOf('cbp', 'It works with U.S. Customs and Border Protection on hiring.')).toEqual(['Customs and Border Protection']);
  });
});

describe('recognition of the bundled story', () => {
  const corpus = compileCorpus(readStoryFolders());
  const index = detectionIndexOf(corpus);
  const report = [
    'Microsoft employees have written to chief executive Satya Nadella asking the company to cancel its cloud contract with ICE.',
    'The letter, signed by more than 100 employees, says the $19.4 million deal with Immigration and Customs Enforcement makes Microsoft complicit in separating children from their families at the border.',
    'Microsoft said it was dismayed by the forcible separation of children and that its work with ICE supports legacy email, calendar and document systems.',
    'A January blog post about Azure Government had said the company was proud to support the agency.',
  ].join('\n');

  it('takes a report dated in the story\u2019s days for the story', () => {
    expect(analyzeArticle(corpus, index, { text: report, date: '2018-06-19' }).story?.id).toBe(corpus.stories[0]!.id);
  });

  it('takes the same words a year later for another event, and says the page mentions the story', () => {
    const result = analyzeArticle(corpus, index, { text: report, date: '2019-06-19' });
    expect(result.story).toBeNull();
    expect(result.claims).toEqual([]);
    expect(result.mentions?.reason).toBe('date');
    expect(result.mentions?.sentences.length).toBeGreaterThan(0);
  });

  it('dates a report that states no date by its address', () => {
    expect(analyzeArticle(corpus, index, { text: report, url: 'https://news.example.com/2018/06/19/microsoft-staff-ice/' }).story?.id).toBe(corpus.stories[0]!.id);
    const later = analyzeArticle(corpus, index, { text: report, url: 'https://news.example.com/tech/microsoft-staff-ice-letter-2019-6' });
    expect(later.story).toBeNull();
    expect(later.mentions?.reason).toBe('date');
  });

  it('dates an undated report by the years its sentences speak of, not by a rights notice or a time stamp', () => {
    const furnished = `${report}\nLast modified on Tue 4 Jun 2019 14.00 EDT\n\u00a9 2020 The Daily Ledger. All rights reserved.`;
    expect(analyzeArticle(corpus, index, { text: furnished }).story?.id).toBe(corpus.stories[0]!.id);
    const later = `${report}\nWorkers walked out again in 2019, a year after the first letter.`;
    expect(analyzeArticle(corpus, index, { text: later }).mentions?.reason).toBe('later-year');
  });

  it('reads a headline that puts another company first as a sign of another event: less likely the story\u2019s report', () => {
    const text = `${report}\nNow workers at Globex, which owns a rival cloud, have signed a letter of their own.`;
    const story = corpus.stories[0]!;
    const probability = (title: string) => {
      const claims = extractClaims(text).claims;
      return reportProbability(pageSignals(story, rankStories(index, termCounts(text, index))[0]!.score, { text, title }, claims, MATCH_MODEL));
    };
    expect(probability('Globex workers follow Microsoft staff in ICE protest')).toBeLessThan(probability('Microsoft staff protest ICE contract'));
  });

  it('counts a figure another event would give, but not a count told as moving on', () => {
    const story = corpus.stories[0]!;
    const conflicts = (text: string) => pageSignals(story, 0.9, { text }, extractClaims(text).claims, MATCH_MODEL).conflictingFigures;
    expect(conflicts('A petition asking the company to cancel the contract was signed by 40 employees.')).toBe(1);
    expect(conflicts('The number of employees who signed the petition asking the company to cancel the contract rose to 400.')).toBe(0);
  });

  it('counts a copy of one of the sources as reported by the other sources only, and still takes it for the story', () => {
    const story = corpus.stories[0]!;
    const copy = story.sources[0]!.text;
    const claims = extractClaims(copy).claims;
    const signals = pageSignals(story, rankStories(index, termCounts(copy, index))[0]!.score, { text: copy }, claims, MATCH_MODEL);
    // Compared with itself, every sentence of the copy would agree with a source.
    const comparable = claims.slice(0, RECOGNITION_CLAIMS).filter((c) => c.terms.length >= MIN_CLAIM_TERMS).length;
    expect(signals.reportedClaims).toBeGreaterThan(0);
    expect(signals.reportedClaims).toBeLessThan(comparable);
    expect(analyzeArticle(corpus, index, { text: copy }).story).toMatchObject({ id: story.id, self: story.sources[0]!.id });
  });

  describe('a page whose words only just pass the bar: what else tells it is the story (core/detect/page-signals.ts)', () => {
    // A later petition to the same chief executive over the same contract, told in the story's words.
    const file = join(import.meta.dirname, '..', 'fixtures', 'reports', '09-other-event-second-petition.txt');
    const page = parseLabeled(file, readFileSync(file, 'utf8'), null)!;
    const quoting = `${page.body}\nIts authors wrote, as the first letter had, that "we refuse to be complicit" in the policy.`;
    const story = corpus.stories[0]!;
    const signalsOf = (text: string, date: string | null = null) => {
      const claims = extractClaims(text).claims;
      const termScore = rankStories(index, termCounts(text, index))[0]!.score;
      return pageSignals(story, termScore, { text, title: page.title ?? undefined, date }, claims, MATCH_MODEL);
    };

    it('reads whether it repeats a quotation of the sources, and whether its date falls in the story\u2019s days', () => {
      expect(signalsOf(page.body).quotesSources).toBe(false);
      expect(signalsOf(quoting).quotesSources).toBe(true);
      expect(signalsOf(page.body, '2018-06-20')).toMatchObject({ dated: true, dateOutside: false });
      expect(signalsOf(page.body, '2019-06-20')).toMatchObject({ dated: true, dateOutside: true });
    });

    it('reads an undated page that names only earlier years as earlier, unless its headline or address names the story\u2019s year', () => {
      const recalling = `${page.body}\nThe company had first won work from the agency in 2016.`;
      const signals = (title: string, url: string | null) =>
        pageSignals(story, rankStories(index, termCounts(recalling, index))[0]!.score, { text: recalling, title, url }, extractClaims(recalling).claims, MATCH_MODEL);
      expect(signals('Microsoft staff press on over ICE', null).earlierYear).toBe(true);
      // A sports page's "2015 winners" beside a final its address calls "world-cup-2019-final".
      expect(signals('Microsoft staff press on over ICE', 'https://news.example/tech/microsoft-ice-letter-2018-staff-a123').earlierYear).toBe(false);
      expect(signals('Microsoft staff in 2018 press on over ICE', null).earlierYear).toBe(false);
    });

    it('is more likely the story\u2019s report when it repeats the sources\u2019 quotation or is dated in its days, less when dated a year later', () => {
      const undated = reportProbability(signalsOf(page.body));
      expect(reportProbability(signalsOf(quoting))).toBeGreaterThan(undated);
      expect(reportProbability(signalsOf(page.body, '2018-06-20'))).toBeGreaterThan(undated);
      expect(reportProbability(signalsOf(page.body, '2019-06-20'))).toBeLessThan(REPORT_PROBABILITY);
    });
  });

  describe('a report of one quoted person\u2019s words (core/detect/partial-report.ts)', () => {
    // Names the company and its chief executive, not the agency: too little of the story's words on their own.
    const memo = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'partial', 'nadella-memo.txt'), 'utf8');
    const headline = 'Nadella calls border policy "cruel and abusive" in note to staff';
    const story = corpus.stories[0]!;
    const signals = (facts: { title?: string; headlines?: string[]; date?: string }) =>
      pageSignals(story, rankStories(index, termCounts(memo, index))[0]!.score, { text: memo, ...facts }, extractClaims(memo).claims, MATCH_MODEL);

    it('takes it for the story when it is dated in the story\u2019s days and headlines the person', () => {
      expect(analyzeArticle(corpus, index, { text: memo, title: headline, date: '2018-06-20' }).story?.id).toBe(corpus.stories[0]!.id);
    });

    it('finds the person in another form of the headline when the title kept drops them', () => {
      const facts = { title: 'Border policy is "cruel and abusive"', headlines: [`Nadella: Border policy is "cruel and abusive"`], date: '2018-06-20' };
      expect(signals(facts).partialReport).toBe(true);
      expect(signals({ ...facts, headlines: [] }).partialReport).toBe(false);
    });

    it('is less likely the story\u2019s report undated or headlined without the person, and never dated a year later', () => {
      const dated = reportProbability(signals({ title: headline, date: '2018-06-20' }));
      expect(reportProbability(signals({ title: headline }))).toBeLessThan(dated);
      expect(reportProbability(signals({ title: 'Tech chief calls border policy "cruel and abusive"', date: '2018-06-20' }))).toBeLessThan(dated);
      const later = analyzeArticle(corpus, index, { text: memo, title: headline, date: '2019-06-20' });
      expect(later.story).toBeNull();
      expect(later.mentions?.id).toBe(corpus.stories[0]!.id);
    });
  });

  it('counts "ice" in lower case as a word, not as the agency', () => {
    const counts = quickTermCounts('Ice on the road, ice on the lake: the ice storm hit Microsoft offices.', index);
    expect(counts.has([...counts.keys()].find((t) => t === 'ic') ?? 'none')).toBe(false);
    expect(quickTermCounts('Microsoft and ICE', index).size).toBe(2);
  });

  it('reads a page full of the names of built-in object members without failing', () => {
    const words = 'constructor toString valueOf hasOwnProperty __proto__ isPrototypeOf propertyIsEnumerable toLocaleString __defineGetter__';
    const text = Array.from({ length: 40 }, (_, i) => `${words} ${i} Microsoft ICE constructor.`).join('\n');
    expect(() => quickTermCounts(text, index)).not.toThrow();
    expect(() => analyzeArticle(corpus, index, { text, title: 'constructor' })).not.toThrow();
  });
});
