// A page's first look wired to the background's judge in one process (no browser): what each side does for a page,
// and what the page was shown, for the unit tests of lib/first-look.ts and lib/tab-judge.ts.
import detection from 'virtual:triangulate/detection';
import bundledGate from 'virtual:triangulate/gate-check';
import bundledWords from 'virtual:triangulate/gate';
import { compileGate, passesGate } from '../../lib/anchor-gate.ts';
import { FirstLook } from '../../lib/first-look.ts';
import type { LookAnswer, PageLook } from '../../lib/messages.ts';
import type { OwnLook } from '../../lib/own-look.ts';
import { TabJudge } from '../../lib/tab-judge.ts';

/** A judge with the bundled stories, recording what it puts into tabs. */
export function judgeWith(own: () => Promise<OwnLook | null> = async () => null, heading = '') {
  const firstLooks: number[] = [];
  const modes: string[] = [];
  const sessions: number[] = [];
  const judge = new TabJudge({
    bundled: { index: detection, words: bundledWords },
    ownStories: own,
    injectFirstLook: async (tabId, mode) => void (firstLooks.push(tabId), modes.push(mode)),
    injectSession: async (tabId) => void sessions.push(tabId),
    readHeading: async () => heading,
    scriptsIn: async () => null,
  });
  return { judge, firstLooks, modes, sessions };
}

/**
 * A page's first look talking to a judge; `sent` is every look the page showed, `answers` the judge's answers. The
 * own stories' words are handed to the look as the background hands them (`handOwnWords` again after a change).
 */
export async function judgedPage(doc: Document, own?: () => Promise<OwnLook | null>) {
  const { judge, sessions } = judgeWith(own);
  const sent: PageLook[] = [];
  const answers: LookAnswer[] = [];
  let ownWords: readonly string[] = [];
  const handOwnWords = async () => void (ownWords = (await own?.())?.words ?? []);
  await handOwnWords();
  const look = new FirstLook(doc, {
    passes: (head) => passesGate(bundledGate, head) || (ownWords.length > 0 && passesGate(compileGate(ownWords), head)),
    send: async (shown) => {
      sent.push(shown);
      const answer = await judge.judge(shown, 1, 0);
      answers.push(answer);
      return answer;
    },
  });
  return { look, judge, sessions, sent, answers, handOwnWords };
}

/** Lets the look's messages and the judge's answers run. */
export async function settled(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
