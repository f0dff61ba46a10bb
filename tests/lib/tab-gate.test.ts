// The background's gate on a tab's title and address: which pages get any script at all.
import { describe, expect, it } from 'vitest';
import { gateOf } from '../../lib/gate-words.ts';
import { tabVerdict } from '../../lib/tab-gate.ts';
import { HEADING_REREADS_MS, TabJudge } from '../../lib/tab-judge.ts';
import { judgeWith } from './judged-page.ts';

const gate = gateOf(['microsoft', 'nadella', 'ice', 'u.s']);

describe('tabVerdict', () => {
  it.each([
    ['a title naming a story\'s actor', 'https://news.example/world/1', 'Microsoft staff protest contract | The Ledger', 'look'],
    ['an address naming one', 'https://news.example/2018/06/19/microsoft-employees-protest', 'Weekend reads from our newsroom', 'look'],
    ['a word with inner punctuation, in any case', 'https://news.example/a', 'New U.S. rules for border agencies announced', 'look'],
    ['a name inside a longer word only', 'https://news.example/a', 'Microsofts and icebergs of the far north today', 'none'],
    ['a title and address naming nothing known', 'https://news.example/sport/cup-final', 'Late goal settles the cup final in extra time', 'none'],
    ['a title that is only the site\'s name', 'https://www.dailyledger.example/', 'The Daily Ledger', 'heading'],
    ['a site\'s name of initials', 'https://www.bbc.co.uk/news/articles/x1', 'BBC News', 'heading'],
    ['a one-word title (an app still loading)', 'https://app.example/feed', 'Loading…', 'heading'],
    ['no title yet', 'https://app.example/feed', '', 'heading'],
    ['a short headline at a site it does not name', 'https://news.example/a', 'Storm Test Results', 'none'],
    ['the browser\'s own page', 'chrome://newtab/', 'New Tab', 'none'],
    ['an extension page', 'moz-extension://x/popup.html', 'Microsoft', 'none'],
    ['a tab the background may not see', undefined, undefined, 'none'],
  ] as const)('%s → %s', (_what, url, title, verdict) => {
    expect(tabVerdict(gate, url, title)).toBe(verdict);
  });
});

describe('the judge on tabs', () => {
  it('puts the first look only into tabs whose head may name a bundled story, and reads the heading where the title is a site\'s name', async () => {
    const { judge, firstLooks } = judgeWith(undefined, ['Microsoft employees protest ICE contract']);
    expect(await judge.tab(1, 'https://news.example/a', 'Microsoft employees call on company to cancel ICE contract')).toBe('look');
    expect(await judge.tab(2, 'https://news.example/b', 'Late goal settles the cup final in extra time')).toBe('none');
    expect(await judge.tab(3, 'https://dailyledger.example/c', 'The Daily Ledger')).toBe('heading');
    expect(firstLooks).toEqual([1, 3]);
  });

  it.each([
    ['names a story: the first look goes in', 'Microsoft employees protest ICE contract', [1]],
    ['names nothing known: nothing goes in', 'Cup final goes to extra time', []],
  ])('reads the first heading of a page titled by its site, in the background, and when it %s', async (_what, heading, firstLooks) => {
    const judged = judgeWith(undefined, [heading]);
    expect(await judged.judge.tab(1, 'https://dailyledger.example/', 'The Daily Ledger')).toBe('heading');
    expect(judged.firstLooks).toEqual(firstLooks);
    expect(judged.later).toEqual([]);
  });

  it('reads the first heading again a few times while an app renders it, and lets the page in once it names a story', async () => {
    const judged = judgeWith(undefined, ['', '', 'Microsoft employees protest ICE contract']);
    await judged.judge.tab(1, 'https://news.example/', 'Loading…');
    expect(judged.firstLooks).toEqual([]);
    await judged.later.shift()!.step();
    expect(judged.firstLooks).toEqual([]);
    await judged.later.shift()!.step();
    expect(judged.firstLooks).toEqual([1]);
    expect(judged.later).toEqual([]);
  });

  it('gives up reading a heading that never comes', async () => {
    const judged = judgeWith(undefined, []);
    await judged.judge.tab(1, 'https://news.example/', 'Loading…');
    const delays: number[] = [];
    for (let next = judged.later.shift(); next; next = judged.later.shift()) {
      delays.push(next.ms);
      await next.step();
    }
    expect(delays).toEqual([...HEADING_REREADS_MS]);
    expect(judged.firstLooks).toEqual([]);
  });

  it('sweeps the loaded tabs that have no script of ours, and leaves the rest without running anything in them', async () => {
    const { judge, firstLooks, probed } = judgeWith();
    const tabs = [
      { id: 1, url: 'https://news.example/a', title: 'Microsoft employees protest', status: 'complete' },
      { id: 2, url: 'https://news.example/b', title: 'Microsoft employees protest', status: 'loading' },
      { id: 3, url: 'https://news.example/c', title: 'Late goal settles the cup final in extra time', status: 'complete' },
    ];
    expect(await judge.sweep(tabs)).toBe(1);
    expect(firstLooks).toEqual([1]);
    // The page about nothing known is not even asked what it holds: no script of any kind goes into it.
    expect(probed).toEqual([1]);
  });

  it('looks again at a tab that was still loading at the start, once it has loaded (its loaded event may be lost)', async () => {
    const states = ['loading', 'complete'];
    const judged = judgeWith(undefined, [], async (tabId) => ({ id: tabId, url: 'https://news.example/b', title: 'Microsoft employees protest', status: states.shift() ?? 'complete' }));
    await judged.judge.sweep([{ id: 2, url: 'https://news.example/b', title: 'Microsoft employees protest', status: 'loading' }]);
    expect(judged.firstLooks).toEqual([]);
    await judged.later.shift()!.step();
    expect(judged.firstLooks).toEqual([]);
    await judged.later.shift()!.step();
    expect(judged.firstLooks).toEqual([2]);
    expect(judged.later).toEqual([]);
  });

  it('at a start leaves pages that hold a script; after the stories grew, refreshes the full script and puts the looks in again', async () => {
    const held = new Map<number, 'session' | 'look' | null>([[1, 'session'], [2, 'look'], [3, null]]);
    const firstLooks: number[] = [];
    const judge = new TabJudge({
      bundled: { index: { stories: [], postings: {}, forms: {}, acronyms: [], aliases: [] } as never, words: ['microsoft'] },
      ownStories: async () => null,
      injectFirstLook: async (tabId) => void firstLooks.push(tabId),
      injectSession: async () => undefined,
      readHeading: async () => '',
      scriptsIn: async (tabId) => held.get(tabId) ?? null,
      later: () => undefined,
      tabNow: async () => null,
    });
    const tabs = [1, 2, 3].map((id) => ({ id, url: `https://news.example/${id}`, title: 'Microsoft employees protest', status: 'complete' }));
    await judge.sweep(tabs);
    expect(firstLooks).toEqual([3]);
    firstLooks.length = 0;
    const refreshed: number[] = [];
    await judge.sweep(tabs, async (tabId) => void refreshed.push(tabId));
    expect(refreshed).toEqual([1]);
    expect(firstLooks.sort()).toEqual([2, 3]);
  });
});
