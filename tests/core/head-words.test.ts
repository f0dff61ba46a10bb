// Head words: what a story's headlines share, so that a later report headlined in the same words reaches the first
// look. Headlines here are written for the test, in the manner of several kinds of story.
import { describe, expect, it } from 'vitest';
import { headWords } from '../../core/detect/head-words.ts';
import { STOPWORDS } from '../../core/text/lexicon.ts';
import { termOf } from '../../core/text/tokens.ts';

const terms = (...words: string[]) => new Set(words.map(termOf));

describe('headWords', () => {
  it('keeps the rarer words two headlines share, when the sources use them', () => {
    const heads = ['Quake and tsunami strike Palu', 'Tsunami death toll passes 800 after quake', 'Rescuers reach Donggala'];
    expect(headWords(heads, terms('quake', 'tsunami', 'palu', 'toll'), terms('death', 'strike'), STOPWORDS)).toEqual(['quake', 'tsunami']);
  });

  it('leaves out a shared word the sources never use, and everyday words alone', () => {
    const heads = ['Hotel chain admits data breach', 'Data breach hits hotel guests'];
    // "hotel" and "data" are everyday English; "breach" is not used by the sources here.
    expect(headWords(heads, terms('hotel', 'data', 'guests'), terms('hotel', 'data', 'guests'), STOPWORDS)).toEqual(['data breach']);
  });

  it('keeps a name of everyday words that headlines write together ("Camp Fire", "World Cup")', () => {
    const heads = ['Camp Fire toll rises to 63', 'Camp Fire fully contained', 'US retain World Cup', 'World Cup final goes to US'];
    const everyday = terms('camp', 'fire', 'world', 'cup', 'final');
    expect(headWords(heads, everyday, everyday, STOPWORDS)).toEqual(['camp fire', 'world cup']);
  });

  it('drops a pair when one of its words is a head word already, and numbers, stopwords and short words', () => {
    const heads = ['Brexit deal defeated by 230 votes', 'Brexit deal: MPs vote 432 to 202', 'The vote on the deal'];
    expect(headWords(heads, terms('brexit', 'deal', 'vote'), terms('deal', 'vote'), STOPWORDS)).toEqual(['brexit']);
  });

  it('keeps the figure two headlines give, in the forms a headline may write it', () => {
    const heads = ['Bank fined $2.5 billion over rate rigging', 'Regulator hits bank with record $2.5bn fine', 'Bank chief apologizes'];
    expect(headWords(heads, terms('bank', 'fine'), terms('bank', 'fine'), STOPWORDS)).toEqual(['2.5 billion', '2.5bn']);
    // A figure one headline gives is no head word.
    expect(headWords(['Quake kills 384', 'Toll passes 832 in quake'], terms('quake'), terms('quake'), STOPWORDS)).toEqual([]);
  });

  it('gives nothing for a story with one headline', () => {
    expect(headWords(['Council approves tram extension'], terms('council', 'tram', 'extension'), new Set(), STOPWORDS)).toEqual([]);
  });
});
