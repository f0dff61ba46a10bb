// A page's first look wired to the background's judge in one process (no browser): what each side does for a page,
// and what the page was shown, for the unit tests of entrypoints/look/first-look.ts and lib/tab-judge.ts.
import detection from 'virtual:triangulate/detection';
import bundledWords from 'virtual:triangulate/gate';
import { FirstLook } from '../../entrypoints/look/first-look.ts';
import type { LookAnswer, PageLook } from '../../lib/messages.ts';
import type { OwnLook } from '../../lib/own-look.ts';
import { TabJudge, type JudgePorts } from '../../lib/tab-judge.ts';

/** A judge with the bundled stories, recording what it puts into tabs. */
export function judgeWith(own: () => Promise<OwnLook | null> = async () => null, headings: readonly string[] = [], tabNow?: JudgePorts['tabNow']) {
  const heading = [...headings];
  const firstLooks: number[] = [];
  const sessions: number[] = [];
  /** Tabs asked which of the extension's scripts they hold (a script run in the page). */
  const probed: number[] = [];
  /** Steps the judge put off (reading a heading again), with their delays, for the test to run. */
  const later: Array<{ ms: number; step: () => Promise<void> }> = [];
  const judge = new TabJudge({
    bundled: { index: detection, words: bundledWords },
    ownStories: own,
    injectFirstLook: async (tabId) => void firstLooks.push(tabId),
    injectSession: async (tabId) => void sessions.push(tabId),
    readHeading: async () => heading.shift() ?? '',
    scriptsIn: async (tabId) => (probed.push(tabId), null),
    later: (ms, step) => void later.push({ ms, step }),
    tabNow: tabNow ?? (async (tabId) => ({ id: tabId, url: 'https://dailyledger.example/', title: 'The Daily Ledger', status: 'complete' })),
  });
  return { judge, firstLooks, sessions, later, probed };
}

/** A page's first look talking to a judge; `sent` is every look the page showed, `answers` the judge's answers. */
export async function judgedPage(doc: Document, own?: () => Promise<OwnLook | null>) {
  const { judge, sessions } = judgeWith(own);
  const sent: PageLook[] = [];
  const answers: LookAnswer[] = [];
  const look = new FirstLook(doc, {
    send: async (shown) => {
      sent.push(shown);
      const answer = await judge.judge(shown, 1, 0);
      answers.push(answer);
      return answer;
    },
  });
  return { look, judge, sessions, sent, answers };
}

/** Lets the look's messages and the judge's answers run. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
