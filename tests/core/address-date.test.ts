// Covers core/detect/address-date.ts and the windows built on it (core/detect/event-date.ts): the day or month a
// news address dates its page to, in the ways outlets write it, and a story placed in time by its sources'
// addresses when they state no date. The addresses are invented, laid out like those of several outlets.
import { describe, expect, it } from 'vitest';
import { dayInAddress, daysInAddress } from '../../core/detect/address-date.ts';
import { daysFit, pageDay, publishedDays, sourcesWindow } from '../../core/detect/event-date.ts';

describe('daysInAddress', () => {
  it.each([
    ['https://news.example.com/2018/06/26/dock-workers-strike/', '2018-06-26'],
    ['https://www.example.co.uk/world/2018/nov/25/wildfire-contained', '2018-11-25'],
    ['https://www.example.com/local/la-me-fire-20181116-story.html', '2018-11-16'],
    ['https://reader.example.com/ireland/daily/20190116/282565904315134', '2019-01-16'],
    ['https://example.in/technology/story/fine-over-privacy-1573092-2019-07-24', '2019-07-24'],
    ['https://example.com/2019/7/7/final-report', '2019-07-07'],
  ])('%s is dated %s', (url, day) => {
    expect(dayInAddress(url)).toBe(day);
    expect(daysInAddress(url)).toEqual({ first: day, last: day });
  });

  it('reads a year and a month with no day as the whole month', () => {
    expect(daysInAddress('https://www.example.co.nz/home/world/2019/01/vote-of-no-confidence.html')).toEqual({ first: '2019-01-01', last: '2019-01-31' });
    expect(daysInAddress('https://example.com/2020/02/leap/')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(daysInAddress('https://www.example.com/staff-letter-protest-contract-2019-7')).toEqual({ first: '2019-07-01', last: '2019-07-31' });
    expect(dayInAddress('https://www.example.co.nz/home/world/2019/01/vote.html')).toBeNull();
  });

  it.each([
    'https://example.com/news/uk-politics-46885828',
    'https://example.com/article/12345678/',
    'https://example.com/2018/13/40/not-a-day',
    'https://example.com/story?date=2018-06-26',
    'not an address',
    null,
  ])('finds no date in %s', (url) => {
    expect(daysInAddress(url)).toBeNull();
  });
});

describe('a story placed in time by its sources', () => {
  it('takes a source\u2019s stated date first, and its address only when it states none', () => {
    const window = sourcesWindow([
      { date: null, url: 'https://www.example.co.nz/home/world/2019/01/vote.html' },
      { date: null, url: 'https://example.com/news/uk-politics-46885828' },
    ]);
    expect(daysFit(window, publishedDays({ date: '2019-01-16' }))).toBe(true);
    expect(daysFit(window, publishedDays({ date: '2019-03-29' }))).toBe(false);
    expect(sourcesWindow([{ date: '2018-06-19', url: 'https://example.com/2017/01/01/old-address/' }])).toEqual(sourcesWindow([{ date: '2018-06-19', url: null }]));
  });

  it('places nothing when no source has a date or a dated address', () => {
    expect(sourcesWindow([{ date: null, url: 'https://example.com/news/46885828' }])).toBeNull();
  });

  it('lets a page in whose address\u2019s month overlaps the story\u2019s days, and not one whose month is after them', () => {
    const window = sourcesWindow([{ date: '2018-06-19', url: null }]);
    expect(daysFit(window, publishedDays({ url: 'https://www.example.com/staff-letter-2018-6' }))).toBe(true);
    expect(daysFit(window, publishedDays({ url: 'https://www.example.com/staff-letter-2019-7' }))).toBe(false);
    expect(daysFit(window, publishedDays({ date: '2019-07-02', url: 'https://www.example.com/staff-letter-2018-6' }))).toBe(false);
    expect(daysFit(window, publishedDays({ url: 'https://www.example.com/staff-letter' }))).toBe(true);
  });

  it('dates an undated page by its address, a stated date first', () => {
    expect(pageDay({ date: null, url: 'https://news.example.com/2018/06/26/strike/' })).toBe('2018-06-26');
    expect(pageDay({ date: '2018-06-27', url: 'https://news.example.com/2018/06/26/strike/' })).toBe('2018-06-27');
    expect(pageDay({ url: 'https://www.example.co.nz/2019/01/vote.html' })).toBeNull();
  });
});
