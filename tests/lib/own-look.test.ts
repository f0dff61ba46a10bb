// The quick look at the reader's own stories: a page is scored against them only when it contains one of their
// gate words, and a reader without own stories (or with a corrupt stored gate) pays one read and nothing else.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStories } from '../../core/corpus/compile-stories.ts';
import { detectionIndexOf } from '../../core/corpus/compile.ts';
import { commonTermSet } from '../../core/text/common-english.ts';
import { gateWords } from '../../lib/gate-words.ts';
import { loadOwnLook, OWN_GATE_KEY, OWN_INDEX_KEY } from '../../lib/own-look.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { judgedPage, settled } from './judged-page.ts';

// An invented story (a strike at a plant in Dayton), stored as if the reader had collected it.
const [folder] = readStoryFolders(join(import.meta.dirname, '..', 'fixtures', 'corpus-broken', 'duplicate-story'));
const index = detectionIndexOf({ stories: compileStories([folder!], commonTermSet()) });
const words = gateWords(index) ?? [];

const ABOUT_IT =
  'Acme workers strike in Dayton. The strike at the Acme plant in Dayton went into a third day as workers walked out again. ' +
  'Acme said the plant would close; workers said the strike would go on until the company dropped the plan.';
const ELSEWHERE = 'The city council approved a new budget for parks and libraries on Thursday after a long debate.';

/** Extension storage as the content script reads it, counting the reads of each key. */
function storageWith(values: Record<string, unknown>) {
  const reads: string[] = [];
  return {
    reads,
    get: async (key: string) => {
      reads.push(key);
      return key in values ? { [key]: structuredClone(values[key]) } : {};
    },
  };
}

describe('the look at own stories', () => {
  it('has gate words from the story\'s anchors', () => {
    expect(words.length).toBeGreaterThan(0);
    expect(words).toContain('acme');
  });

  it('is null without own stories, after reading only the gate', async () => {
    const storage = storageWith({});
    expect(await loadOwnLook(storage)).toBeNull();
    expect(storage.reads).toEqual([OWN_GATE_KEY]);
  });

  it.each([['a string', 'acme'], ['numbers', [1, 2]], ['an object', { acme: true }]])('is null when the stored gate is %s', async (_name, gate) => {
    expect(await loadOwnLook(storageWith({ [OWN_GATE_KEY]: gate }))).toBeNull();
  });

  it('passes a page about the story, reading the index only then', async () => {
    const storage = storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index });
    const look = (await loadOwnLook(storage))!;
    expect(await look(ELSEWHERE)).toBe(false);
    expect(storage.reads).toEqual([OWN_GATE_KEY]);
    expect(await look(ABOUT_IT)).toBe(true);
    expect(storage.reads).toEqual([OWN_GATE_KEY, OWN_INDEX_KEY]);
  });

  it('does not take a page that only names an actor in passing', async () => {
    const look = (await loadOwnLook(storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index })))!;
    expect(await look(`${ELSEWHERE} Acme, a toolmaker, sponsored the new reading room.`)).toBe(false);
  });

  it('passes nothing when the stored index is corrupt', async () => {
    const look = (await loadOwnLook(storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: { stories: 'x' } })))!;
    expect(await look(ABOUT_IT)).toBe(false);
  });

  it('makes the judge bring in the full script for a page about an own story only', async () => {
    const look = await loadOwnLook(storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index }));
    const loads: string[] = [];
    for (const [name, text] of [['own', ABOUT_IT], ['other', ELSEWHERE]] as const) {
      const title = name === 'own' ? 'Acme workers strike in Dayton' : 'Council approves budget';
      const doc = htmlDocument(`<html><head><title>${title}</title></head><body><article><p>${text}</p></article></body></html>`, `https://example.com/${name}`);
      const judged = await judgedPage(doc, async () => look);
      judged.look.again();
      await settled();
      if (judged.sessions.length > 0) loads.push(name);
    }
    expect(loads).toEqual(['own']);
  });

  it('does not read the text of a page whose title, headline and address name no actor of the story', async () => {
    const look = await loadOwnLook(storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index }));
    const loads: string[] = [];
    for (const [name, head] of [
      ['nothing in the head', '<title>News</title>'],
      ['the headline', '<title>News</title></head><body><h1>Acme workers strike in Dayton</h1>'],
      ['the address', '<title>News</title>'],
    ] as const) {
      const path = name === 'the address' ? '/2024/05/acme-workers-strike-in-dayton' : '/news/123';
      const doc = htmlDocument(`<html><head>${head}</head><body><article><p>${ABOUT_IT}</p></article></body></html>`, `https://example.com${path}`);
      const judged = await judgedPage(doc, async () => look);
      judged.look.again();
      await settled();
      if (judged.sessions.length > 0) loads.push(name);
    }
    expect(loads).toEqual(['the headline', 'the address']);
  });

  it('has the judge look again when told the stories changed, reading them afresh', async () => {
    const look = await loadOwnLook(storageWith({ [OWN_GATE_KEY]: words, [OWN_INDEX_KEY]: index }));
    let stored: typeof look = null;
    const doc = htmlDocument(`<html><head><title>Acme workers strike in Dayton</title></head><body><article><p>${ABOUT_IT}</p></article></body></html>`, 'https://example.com/again');
    const judged = await judgedPage(doc, async () => stored);
    judged.look.again();
    await settled();
    expect(judged.sessions).toEqual([]);
    stored = look;
    judged.judge.ownChanged();
    expect(judged.look.again()).toBe(true);
    await settled();
    expect(judged.sessions).toEqual([1]);
    judged.look.stop();
  });
});
