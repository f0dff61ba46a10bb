// Covers core/claims/numbers.ts: reading figures with their value, counted unit and hedge from a sentence.
import { describe, expect, it } from 'vitest';
import { readNumbers, type NumberQualifier } from '../../core/claims/numbers.ts';
import { termOf } from '../../core/text/tokens.ts';

/** One expected figure: the phrase as written, its value, the unit key and the hedge. */
type Expected = [text: string, value: number, unit: string | null, qualifier: NumberQualifier];

/** The figures of a sentence in the shape of `Expected`. */
function figures(sentence: string): Expected[] {
  return readNumbers(sentence).map((n) => [n.text, n.value, n.unit, n.qualifier]);
}

const employee = termOf('employees');

describe('readNumbers', () => {
  it.each<[string, Expected[]]>([
    ['A petition signed by more than 150 employees started circulating.', [['more than 150 employees', 150, employee, 'more-than']]],
    [
      "More than 100 of the company's staff have signed an open letter.",
      [["More than 100 of the company's staff", 100, employee, 'more-than']],
    ],
    ['Fewer than 50 workers showed up.', [['Fewer than 50 workers', 50, employee, 'less-than']]],
    ['Nearly 3,000 employees signed it.', [['Nearly 3,000 employees', 3000, employee, 'about']]],
    ['At least 2,300 children were separated.', [['At least 2,300 children', 2300, termOf('children'), 'at-least']]],
    ['Some 500 staffers walked out.', [['Some 500 staffers', 500, employee, 'about']]],
    ['Three employees quit.', [['Three employees', 3, employee, 'exactly']]],
    ['A dozen workers quit.', [['dozen workers', 12, employee, 'exactly']]],
    ['It gained more signatures in about five hours.', [['about five hours', 5, termOf('hours'), 'about']]],
    ['It has worked for over 20 years with the agency.', [['over 20 years', 20, termOf('years'), 'more-than']]],
    ['It has worked for over twenty years with the agency.', [['over twenty years', 20, termOf('years'), 'more-than']]],
    ['They are more upset than I have seen in 15 years in the workplace.', [['15 years', 15, termOf('years'), 'exactly']]],
    ['ICE has a $19.4 million contract with the company.', [['$19.4 million', 19_400_000, 'usd', 'exactly']]],
    ['Microsoft bought GitHub for $7.5 billion in stock.', [['$7.5 billion', 7_500_000_000, 'usd', 'exactly']]],
    ['The deal is worth up to $10 billion.', [['up to $10 billion', 10_000_000_000, 'usd', 'up-to']]],
    ['It is a US$2 billion fund.', [['US$2 billion', 2_000_000_000, 'usd', 'exactly']]],
    ['The product has 5 million users.', [['5 million users', 5_000_000, termOf('users'), 'exactly']]],
    ['Shares rose 20% after the news.', [['20%', 20, 'percent', 'exactly']]],
    ['Revenue fell 3.5 percent.', [['3.5 percent', 3.5, 'percent', 'exactly']]],
    ['Almost 20% of staff signed.', [['Almost 20%', 20, 'percent', 'about']]],
    ['In 2018 the company signed a contract.', []],
    ['The policy dates from 1998 and was revived in 2018.', []],
    ['"Employees are upset," one worker said.', []],
    ['One employee who signed the letter spoke to reporters.', []],
    ['The company did not say how many people signed.', []],
    // Vague plural numbers of a scale are one figure, not a count of tens or hundreds.
    ['Tens of thousands of residents remain in shelters.', [['Tens of thousands of residents', 10_000, termOf('residents'), 'many']]],
    ['Hundreds of thousands of homes lost power.', [['Hundreds of thousands of homes', 100_000, termOf('homes'), 'many']]],
    ['Hundreds of millions of accounts were exposed.', [['Hundreds of millions of accounts', 100_000_000, termOf('accounts'), 'many']]],
    ['Hundreds of nurses walked out.', [['Hundreds of nurses', 100, termOf('nurses'), 'many']]],
    // A part of a scale word is a number, not a share of a group.
    ['The flood covered a quarter of a million acres.', [['a quarter of a million acres', 250_000, termOf('acres'), 'exactly']]],
    ['Nearly three quarters of a million voters stayed home.', [['Nearly three quarters of a million voters', 750_000, termOf('voters'), 'about']]],
    ['A third of the council voted against.', [['A third', 100 / 3, 'percent', 'exactly']]],
    // A plural possessive is the counted noun: the guests whose data was taken.
    ["As many as 500 million guests' records were taken.", [['As many as 500 million guests', 500_000_000, termOf('guests'), 'up-to']]],
    ["It ended 30 years' work.", [['30 years', 30, termOf('years'), 'exactly']]],
    // "per cent" as British, Irish and Commonwealth outlets write it; "and a half" as part of the number.
    ["The airline's shares fell 6.5 per cent in early trading.", [['6.5 per cent', 6.5, 'percent', 'exactly']]],
    ['Talks dragged on for two-and-a-half years.', [['two-and-a-half years', 2.5, termOf('years'), 'exactly']]],
    ['Some two and a half million people voted.', [['Some two and a half million people', 2_500_000, termOf('people'), 'about']]],
    // One unit, however an outlet spells it.
    ['The wave was six metres high.', [['six metres', 6, termOf('meters'), 'exactly']]],
    ['It struck 136 kilometres off the coast.', [['136 kilometres', 136, termOf('kilometers'), 'exactly']]],
    // A metric unit written on the figure is its unit; a code or an ordinal is no figure.
    ['The epicentre was 56km north of the city.', [['56km', 56, 'km', 'exactly']]],
    ['Only the 80mg tablets are recalled.', [['80mg', 80, 'mg', 'exactly']]],
    ['The 5G network and the 19th floor.', []],
    // A fraction written with a hyphen is a share whatever follows; "per" and "now" are never what is counted.
    ['The motion fell short of the two-thirds majority it needed.', [['two-thirds', 200 / 3, 'percent', 'exactly']]],
    ['Entry costs 12 per head for adults.', [['12', 12, null, 'exactly']]],
    // A number word between a figure and its noun is part of the phrase, never the unit.
    ['Two of the five commissioners voted against.', [['Two of the five commissioners', 2, termOf('commissioners'), 'exactly'], ['five commissioners', 5, termOf('commissioners'), 'exactly']]],
    ['', []],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('counts a year-like figure when it is money or has a scale', () => {
    expect(figures('It paid $2018 for the license.')).toEqual([['$2018', 2018, 'usd', 'exactly']]);
    expect(figures('It has 2000 million users.')).toEqual([['2000 million users', 2_000_000_000, termOf('users'), 'exactly']]);
  });

  it('does not take a capitalized name or a preposition as the counted unit, but looks past a name to its noun', () => {
    expect(readNumbers('They paid 150 Microsoft.')[0]?.unit).toBeNull();
    expect(readNumbers('They met 150 Microsoft managers.')[0]?.unit).toBe(termOf('managers'));
    expect(readNumbers('It started at five in the morning.')[0]?.unit).toBeNull();
  });

  it('does not take a function word after a figure as what it counts', () => {
    expect(readNumbers('The bank said on Oct. 3 that thieves had copied card numbers.')[0]?.unit).toBeNull();
    expect(readNumbers('The count rose to 41 when two more were found.')[0]?.unit).toBeNull();
    expect(readNumbers('Some 2,300 were evacuated but more than 600 still refuse to leave.').map((n) => n.unit)).toEqual([null, null]);
    // A pronoun that counts a group named before is still read as that group.
    expect(readNumbers('Its own employees walked out, more than a hundred of them.')[0]?.unit).toBe(termOf('employees'));
  });

  it('reads several figures of one sentence in order, with their offsets in the sentence', () => {
    const sentence = 'More than 150 employees signed in about five hours, against a $19.4 million contract.';
    const found = readNumbers(sentence);
    expect(found.map((n) => n.value)).toEqual([150, 5, 19_400_000]);
    for (const n of found) expect(sentence.slice(n.start, n.end)).toBe(n.text);
  });

  it('gives the unit as written alongside its comparison key', () => {
    const [staff] = readNumbers("more than 100 of the company's staff");
    expect(staff?.unitText).toBe('staff');
    const [money] = readNumbers('a $19.4 million contract');
    expect(money?.unitText).toBe('$');
  });

  it('reads a currency named in words after the figure as that currency, but not "pounds", as often a weight', () => {
    expect(readNumbers('She announced a 40-million-euro relief fund.')[0]).toMatchObject({ value: 40_000_000, unit: 'eur' });
    expect(readNumbers('The city set aside 40 million euros.')[0]).toMatchObject({ value: 40_000_000, unit: 'eur' });
    expect(readNumbers('It is worth 19.4 million dollars.')[0]).toMatchObject({ value: 19_400_000, unit: 'usd' });
    expect(readNumbers('The calf weighed 200 pounds.')[0]?.unit).not.toBe('gbp');
  });

  it('folds the words for people who work somewhere onto one unit', () => {
    const units = ['employees', 'staff', 'staffers', 'workers', 'workforce', 'personnel'].map((w) => readNumbers(`150 ${w}`)[0]?.unit);
    expect(new Set(units)).toEqual(new Set([employee]));
    const signed = ['signatures', 'signatories', 'signers'].map((w) => readNumbers(`150 ${w}`)[0]?.unit);
    expect(new Set(signed)).toEqual(new Set([termOf('signature')]));
  });
});

describe('readNumbers on forms that once read wrong', () => {
  it.each<[string, Expected[]]>([
    ['The company won a $19.4-million contract.', [['$19.4-million', 19_400_000, 'usd', 'exactly']]],
    ['The fund holds €19.4 million.', [['€19.4 million', 19_400_000, 'eur', 'exactly']]],
    ['The bid was £3 billion.', [['£3 billion', 3e9, 'gbp', 'exactly']]],
    ['Twenty-five workers walked out.', [['Twenty-five workers', 25, employee, 'exactly']]],
    ['About two hundred employees signed.', [['About two hundred employees', 200, employee, 'about']]],
    ['The vote is at 5 p.m. on Monday.', []],
    ['It dates from the 19th century.', []],
    ['Section 230 says nothing about it.', [['230', 230, null, 'exactly']]],
    // A pronoun counts the people the sentence named before it.
    ['Its workers are angry: more than a hundred of them signed the letter.', [['more than a hundred of them', 100, employee, 'more-than']]],
    ['The union polled its members, and 300 of those backed a strike.', [['300 of those', 300, termOf('members'), 'exactly']]],
    // Wire and business copy abbreviate the scale, and write a lower bound with a plus.
    ['The carrier won a $19.4mn deal.', [['$19.4mn', 19_400_000, 'usd', 'exactly']]],
    ['The carrier won a $19.4 mln deal.', [['$19.4 mln', 19_400_000, 'usd', 'exactly']]],
    ['The fund lost $2bln.', [['$2bln', 2e9, 'usd', 'exactly']]],
    ['Some 100+ employees signed.', [['Some 100+ employees', 100, employee, 'about']]],
    ['The letter has 100+ signatures.', [['100+ signatures', 100, termOf('signatures'), 'more-than']]],
    ['A 300-plus crew walked out.', [['300-plus crew', 300, termOf('crew'), 'more-than']]],
    ['A hundred-plus pilots signed.', [['A hundred-plus pilots', 100, termOf('pilots'), 'more-than']]],
    ['Upward of 300 pilots signed.', [['Upward of 300 pilots', 300, termOf('pilots'), 'more-than']]],
    ['North of 400 pilots signed.', [['North of 400 pilots', 400, termOf('pilots'), 'more-than']]],
    // A count that has passed a mark is past it: a toll, a petition, a sale.
    ['The toll from the floods has crossed 800 people.', [['crossed 800 people', 800, termOf('people'), 'more-than']]],
    ['Signatures topped 1,000 pilots by Friday.', [['topped 1,000 pilots', 1_000, termOf('pilots'), 'more-than']]],
    ['Sales of the album surpassed 2 million copies.', [['surpassed 2 million copies', 2e6, termOf('copies'), 'more-than']]],
    ['The motion passed 311 votes to 287.', [['311 votes', 311, termOf('votes'), 'exactly'], ['287', 287, null, 'exactly']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('readNumbers with names before the counted noun', () => {
  it.each<[string, Expected[]]>([
    ['More than 300 Microsoft employees signed.', [['More than 300 Microsoft employees', 300, employee, 'more-than']]],
    ['Roughly 4,000 Google engineers protested.', [['Roughly 4,000 Google engineers', 4000, termOf('engineers'), 'about']]],
    ['It costs 150 Microsoft.', [['150', 150, null, 'exactly']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('readNumbers reads the counted noun within the figure\'s phrase', () => {
  // A score line, a tally and a toll followed by punctuation: the word after the comma, colon or bracket is the
  // next phrase's, not what the figure counts.
  it.each<[string, Expected[]]>([
    ['USA 2-0 Netherlands: Second half goals sealed it.', [['2', 2, null, 'exactly'], ['0', 0, null, 'exactly']]],
    ['MPs voted 432 to 202, a margin of 230.', [['432', 432, null, 'exactly'], ['202', 202, null, 'exactly'], ['230', 230, null, 'exactly']]],
    ['The toll rose to 23, dozens still missing.', [['23', 23, null, 'exactly']]],
    ['Officials counted 85 (the highest yet), with 249 missing.', [['85', 85, null, 'exactly'], ['249 missing', 249, termOf('missing'), 'exactly']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('readNumbers and conversions', () => {
  it.each<[string, Expected[]]>([
    // A figure given again in another unit, in brackets, is the same quantity: only the first is read.
    ['Waves as high as six meters (20 feet) hit the bay.', [['six meters', 6, termOf('meters'), 'exactly']]],
    ['The fund holds \u20ac19.4 million ($22 million).', [['\u20ac19.4 million', 19_400_000, 'eur', 'exactly']]],
    // Brackets that say more than a figure, or a figure that is not right after another, are read.
    ['It killed 85 people (and 3 more later).', [['85 people', 85, termOf('people'), 'exactly'], ['3 more later', 3, termOf('later'), 'exactly']]],
    ['The strike (the 12th this year) shut 40 depots.', [['40 depots', 40, termOf('depots'), 'exactly']]],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });
});

describe('readNumbers reads a share of a group as a percentage', () => {
  const percent = (sentence: string) => readNumbers(sentence).map((n) => [n.text, Math.round(n.value * 10) / 10, n.unit, n.qualifier]);

  it('reads "N in M" and "N out of M"', () => {
    expect(percent('Nearly nine in ten drivers voted to walk out.')).toEqual([['Nearly nine in ten', 90, 'percent', 'about']]);
    expect(percent('Fewer than one in ten of the usual passengers travelled.')).toEqual([['Fewer than one in ten', 10, 'percent', 'less-than']]);
    expect(percent('Three out of 4 pharmacies had run out of the tablets.')).toEqual([['Three out of 4', 75, 'percent', 'exactly']]);
  });

  it('reads a fraction of a group', () => {
    expect(percent('Shares have lost about a sixth of their value this week.')).toEqual([['about a sixth', 16.7, 'percent', 'about']]);
    expect(percent('Two-thirds of the members backed the offer.')).toEqual([['Two-thirds', 66.7, 'percent', 'exactly']]);
  });

  it('reads a count in a span of time as a count, not a share', () => {
    expect(percent('Rescuers pulled 12 in 24 hours from the water.').map(([text]) => text)).toEqual(['12', '24 hours']);
  });
});
