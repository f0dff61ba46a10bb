// Covers core/claims/quantity.ts: what a news figure counts, read from the words around it, in examples from
// several kinds of stories (a disaster, a vote, a breach, a settlement, a match) written here.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../core/claims/numbers.ts';
import { readQuantities, sameConcept } from '../../core/claims/quantity.ts';

const quantities = (sentence: string) => readQuantities(sentence, readNumbers(sentence)).map((q) => [q.concept, Math.round(q.value)]);

describe('readQuantities', () => {
  it.each<[string, Array<[string, number]>]>([
    ['The death toll from the Harlow floods rose to 71 on Friday.', [['deaths', 71]]],
    ['The storm swept through the valley and killed at least 85 people.', [['deaths', 85]]],
    // The second figure of a sentence about the killed counts the killed too.
    ['The nine people killed in the landslide included four children.', [['deaths', 9], ['deaths', 4]]],
    ['Rescuers said 130 people who are unaccounted for may be alive.', [['missing', 130]]],
    ['The number of missing jumped to more than 1,000.', [['missing', 1000]]],
    ['The blaze has burned 146,000 acres and destroyed 12,263 structures.', [['area', 59084], ['buildings', 12263]]],
    ['The fire was only about 5 percent contained.', [['contained', 5]]],
    ['A 6.1 magnitude earthquake struck the coast.', [['magnitude', 6]]],
    // The distance in brackets is the same distance in miles: one quantity (core/claims/numbers.ts).
    ['The quake, of magnitude 6.2, was felt 80 km (50 miles) away.', [['magnitude', 6], ['distance', 80000]]],
    ['Lawmakers voted 310 to 120 against the bill.', [['votes', 310], ['votes', 120], ['margin', 190]]],
    ['The bill was rejected by 190 votes.', [['margin', 190]]],
    ['The breach exposed the records of up to half a billion guests.', [['records', 500000000]]],
    ['The regulator imposed a $2 billion fine on the bank.', [['money:usd', 2000000000]]],
    // The day's increase and the running total are two quantities: "more" marks the increase.
    ['Officials reported six more fatalities, bringing the total to 41.', [['deaths:more', 6], ['deaths', 41]]],
    ['Another 12 deaths were reported in the north of the province.', [['deaths:more', 12]]],
    ['Rescuers recovered four more bodies overnight.', [['deaths:more', 4]]],
    // A part of the count ("five of the victims") is not the count; "100 of its staff" who signed count signers.
    ['Five of the victims were found in the old town, the agency said.', [['deaths:part', 5]]],
    ["More than 100 of the company's staff have signed the letter.", [['signers', 100]]],
    // The earlier value of a count the sentence gives the latest of is compared with earlier values only.
    ['It said 118 people were still missing, down from more than 200 on Sunday.', [['missing', 118], ['missing:was', 200]]],
    ['The union raised its pay claim on Thursday to 6% from 5.5%.', [['percent', 6], ['percent:was', 6]]],
    // A count moving from one value to the next is no tally: no margin between them.
    ['The toll rose from 384 to 832 on Sunday.', [['deaths:was', 384], ['deaths', 832]]],
    // A change and the level it reached, in two units: no tally, no margin.
    ['Shares of the airline fell 6 percent to $41.20 on Wednesday.', [['percent', 6], ['money:usd', 41]]],
  ])('%s', (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it('reads a day of the month as a date, not a count', () => {
    expect(quantities('The vote was held on March 12, officials said.')).toEqual([['date', 12]]);
  });

  it.each([
    ['The singer died 16 years later in a small flat in the city.'],
    ['He died 20 minutes after he reached the hospital.'],
    ['Two days after the quake killed hundreds, aid arrived.'],
  ])('reads a span of time as a duration, whatever died or was killed near it: %s', (sentence) => {
    expect(quantities(sentence).filter(([concept]) => concept === 'deaths')).toEqual([]);
    expect(quantities(sentence)[0]![0]).toBe('duration');
  });

  it.each<[string, Array<[string, number]>]>([
    // A match's score, whichever side is named first: the larger count first, one quantity.
    ['Harlow Town beat Eastleigh 3-1 in the cup final on Saturday.', [['tally', 3002]]],
    ['Eastleigh 1-3 Harlow Town: the visitors lift the cup', [['tally', 3002]]],
    ['The holders won the final 2–0 in front of a full stadium.', [['tally', 2001]]],
    // A tally before the noun it qualifies: the score, whatever the noun is read to count.
    ['Harlow Town sealed a 3-1 victory over Eastleigh.', [['victori', 3], ['victori', 1], ['tally', 3002]]],
    // A small body's vote written as a bare tally, beside the verb that names it as votes.
    ['The council approved the plan 7-4 on Tuesday.', [['tally', 7005]]],
    ['Councillors voted 7-4 to approve the plan.', [['votes', 7], ['votes', 4], ['margin', 3], ['tally', 7005]]],
  ])('reads a bare tally as one result: %s', (sentence, expected) => {
    expect(quantities(sentence)).toEqual(expected);
  });

  it.each([['The coach kept her 4-3-3 formation for the final.'], ['The 34-year-old scored twice.'], ['The score was 1-1-2 after three rounds.'], ['The 2018-19 season ended early.']])(
    'reads no tally in a formation, an age or a longer run of figures: %s',
    (sentence) => {
      expect(quantities(sentence).filter(([concept]) => concept === 'tally')).toEqual([]);
    },
  );

  it('leaves a figure nothing names out', () => {
    expect(quantities('The city of 350,000 is on the coast.')).toEqual([]);
  });
});

describe('sameConcept', () => {
  it('takes only the same concept for the same quantity: a bare count of people is not a death toll', () => {
    expect(sameConcept('deaths', 'deaths')).toBe(true);
    expect(sameConcept('people', 'deaths')).toBe(false);
    expect(sameConcept('missing', 'deaths')).toBe(false);
  });
});
