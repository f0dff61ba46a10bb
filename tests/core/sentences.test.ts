// Covers core/text/sentences.ts: sentence boundaries around abbreviations, initials and quotes, and the length cap.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../core/text/sentences.ts';

/** The sentences of `text` as strings. */
function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain sentences', 'The letter went out. Employees signed it.', ['The letter went out.', 'Employees signed it.']],
    ['question and exclamation', 'Was it worth it? Nobody knows! Maybe.', ['Was it worth it?', 'Nobody knows!', 'Maybe.']],
    [
      '"U.S." before a lower-case word',
      'Microsoft is not working with the U.S. government on any projects. It said so.',
      ['Microsoft is not working with the U.S. government on any projects.', 'It said so.'],
    ],
    [
      '"U.S." before a name',
      'The U.S. Army said it would help. Nobody believed it.',
      ['The U.S. Army said it would help.', 'Nobody believed it.'],
    ],
    [
      '"U.S." inside a longer name',
      'They work at U.S. Immigration and Customs Enforcement. It is big.',
      ['They work at U.S. Immigration and Customs Enforcement.', 'It is big.'],
    ],
    [
      '"U.S." ending a sentence',
      'Young people came to the U.S. The policy protects them.',
      ['Young people came to the U.S.', 'The policy protects them.'],
    ],
    ['"U.N." ending a sentence', 'The letter went to the U.N. It said nothing.', ['The letter went to the U.N.', 'It said nothing.']],
    ['Mr.', 'Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
    [
      'several titles',
      'Dr. Jane Roe and Sen. John Doe met Gov. Ann Lee on Monday. They talked.',
      ['Dr. Jane Roe and Sen. John Doe met Gov. Ann Lee on Monday.', 'They talked.'],
    ],
    ['a middle initial', 'John F. Kennedy was president. He died in 1963.', ['John F. Kennedy was president.', 'He died in 1963.']],
    ['several initials', 'J. R. R. Tolkien wrote books. They sold well.', ['J. R. R. Tolkien wrote books.', 'They sold well.']],
    ['Inc. mid-sentence', 'Apple Inc. said it would comply. Others did not.', ['Apple Inc. said it would comply.', 'Others did not.']],
    ['No. before a figure', 'It was item No. 5 on the list. Fine.', ['It was item No. 5 on the list.', 'Fine.']],
    ['decimal figures', 'It cost $19.4 million. That was a lot.', ['It cost $19.4 million.', 'That was a lot.']],
    [
      'a quote closing after the full stop',
      'She said, "We are leaving." The room went quiet.',
      ['She said, "We are leaving."', 'The room went quiet.'],
    ],
    [
      'a sentence that is all quotation',
      '"We refuse to be complicit." That was the headline.',
      ['"We refuse to be complicit."', 'That was the headline.'],
    ],
    [
      'a single-quoted phrase closing after the full stop',
      "He called it 'a mistake.' Then he left.",
      ["He called it 'a mistake.'", 'Then he left.'],
    ],
    ['a quoted question with its attribution', '"Why?" she asked. Nobody answered.', ['"Why?" she asked.', 'Nobody answered.']],
    [
      'a quoted exclamation with its attribution',
      '"Stop!" he shouted. "Now!" she said.',
      ['"Stop!" he shouted.', '"Now!" she said.'],
    ],
    [
      'a quotation of two sentences, then the attribution',
      '"We are proud. We will continue," it added. Then it stopped.',
      ['"We are proud.', 'We will continue," it added.', 'Then it stopped.'],
    ],
    ['one sentence without a full stop', 'Microsoft employees ask the company to cancel', ['Microsoft employees ask the company to cancel']],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('returns spans without surrounding spaces that stay in order', () => {
    const text = '  First one.   Second one.  Third one.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.', 'Third one.']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});

describe('splitSentences on run-on text', () => {
  it('cuts a long text without full stops into pieces of at most MAX_SENTENCE_LENGTH, at spaces', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(3 * MAX_SENTENCE_LENGTH);
    const pieces = sentences(text);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(piece).toBe(piece.trim());
    }
    // No word is cut in two and nothing is lost.
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts a long text with no spaces at all at exactly MAX_SENTENCE_LENGTH', () => {
    const text = 'x'.repeat(2 * MAX_SENTENCE_LENGTH + 7);
    expect(sentences(text).map((s) => s.length)).toEqual([MAX_SENTENCE_LENGTH, MAX_SENTENCE_LENGTH, 7]);
  });

  it('leaves normal sentences of a long text alone', () => {
    const sentence = 'The employees asked the company to cancel the contract.';
    const text = Array.from({ length: 100 }, () => sentence).join(' ');
    expect(sentences(text)).toEqual(Array.from({ length: 100 }, () => sentence));
  });
});

describe('splitSentences on blocks a page glued together', () => {
  // A page that sets an appeal or a caption beside a paragraph may join the two with no space between.
  it.each<[string, string[]]>([
    ['It made a difference.Call them arrogant, but they won.', ['It made a difference.', 'Call them arrogant, but they won.']],
    ['The crowd roared in London.The final began at noon.', ['The crowd roared in London.', 'The final began at noon.']],
    ['"We are so proud."Then the team left the pitch.', ['"We are so proud."', 'Then the team left the pitch.']],
    // Titles and dotted acronyms glued to the next word are no break.
    ['Mr.Smith met U.S.Army officers. They talked.', ['Mr.Smith met U.S.Army officers.', 'They talked.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
