// Covers core/claims/cited-names.ts: the names a sentence credits for its news, in sentences written here for
// stories of several kinds (a flood, a strike, a recall, a match).
import { describe, expect, it } from 'vitest';
import { citedNames } from '../../core/claims/cited-names.ts';
import { termOf } from '../../core/text/tokens.ts';

const terms = (...words: string[]) => new Set(words.map((w) => termOf(w.toLowerCase())));

describe('citedNames', () => {
  it.each([
    ['The river peaked at 6.4 metres, according to the Environment Agency.', ['Environment', 'Agency']],
    ['About 1.2 million packs are affected (via Pharma Times).', ['Pharma', 'Times']],
    ['As first reported by The Harlow Evening Post, drivers voted to strike.', ['Harlow', 'Evening', 'Post']],
    ['According to a report by Northline News, nine people are missing.', ['Northline', 'News']],
    ['Albion Newswire reports that the offer was raised to 4 percent.', ['Albion', 'Newswire']],
    ['Nine people are missing, according to a posting on the Valley Rescue website.', ['Valley', 'Rescue']],
    ['The Seismic Bureau put the magnitude of the quake at 6.1.', ['Seismic', 'Bureau']],
  ])('credits the source named in "%s"', (sentence, names) => {
    expect(citedNames(sentence)).toEqual(terms(...names));
  });

  it('credits nobody for a name that acts or speaks', () => {
    expect(citedNames('Halbrook Generics said on Tuesday it is recalling six batches.')).toEqual(new Set());
    expect(citedNames('The union told Harlow Transit that drivers would walk out.')).toEqual(new Set());
    expect(citedNames('Rapinoe scored from the penalty spot in the 61st minute.')).toEqual(new Set());
  });
});
