// Covers the signals of core/match/pair-signals.ts and the standing of a pair among alternatives
// (core/match/source-pairs.ts), on a story written here: a harbour strike, not the bundled story.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { pairSignals } from '../../core/match/pair-signals.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { storyReferences } from '../../core/match/references.ts';
import { termWeights } from '../../core/match/similarity.ts';
import { sourcePairs } from '../../core/match/source-pairs.ts';
import { prepareSource } from '../../core/match/prepared-story.ts';

const SOURCES = [
  `Dock workers at the port of Varna walked out on Monday, halting 40 ships, the Harbour Workers Union said.
Union leader Ilse Marek said the strike was "about safety, not pay."
The port authority said 1,200 workers had joined the strike.`,
  `About 1,200 dock workers in Varna stopped work on Monday, leaving 40 vessels idle.
Marek told reporters the walkout was "about safety, not pay."
Port director Tomas Brandt called the strike "unlawful and reckless."`,
];
const claimSets = SOURCES.map((text) => extractClaims(text).claims);
const fingerprint = buildFingerprint(SOURCES);
const WEIGHTS = termWeights(claimSets, new Set(fingerprint.terms.map(([t]) => t)), new Set(), storyReferences(claimSets, fingerprint.anchors));
const prepared = (sentence: string) => prepareClaim(extractClaims(sentence).claims[0]!, WEIGHTS);
const signals = (a: string, b: string) => pairSignals(prepared(a), prepared(b));

describe('pairSignals: figures', () => {
  it('finds two values for one quantity, and none when one pair of values agrees', () => {
    expect(signals('More than 2,000 workers had joined the strike, the union said.', 'The port authority said 1,200 workers had joined the strike.').contextFigureDifferences).not.toEqual([]);
    const toll = signals('The death toll in Varna rose to 12 on Tuesday.', 'Officials said 9 people were killed in Varna.');
    expect(toll.quantityDifferences).toEqual([{ kind: 'number', here: '12', there: '9 people' }]);
    expect(signals('Some 1,200 workers struck, among them 300 crane drivers.', 'About 1,200 dock workers in Varna stopped work.').quantityDifferences).toEqual([]);
  });

  it('agrees on a score whichever side each names first, and sets no two scores against each other', () => {
    const result = signals('Varna beat Marlow 2-0 in the harbour cup final on Sunday.', 'Marlow 0-2 Varna: the harbour cup goes to the dockers');
    expect(result).toMatchObject({ quantitiesAgree: true, sharedQuantity: true, quantityDifferences: [] });
    // A score in play ("made it 1-0") is not another report's result: no conflict is read from it.
    expect(signals('Varna made it 1-0 in the harbour cup final before the break.', 'Varna beat Marlow 2-0 in the harbour cup final on Sunday.')).toMatchObject({ quantitiesAgree: false, quantityDifferences: [] });
  });

  it('sets the latest values of a count against each other, and an earlier value against an earlier one only', () => {
    const update = signals('The death toll in Varna stood at 12, up from 9 on Monday.', 'Officials said 9 people were killed in Varna.');
    expect(update.quantityDifferences.map((d) => d.here)).toEqual(['12']);
    expect(update.quantitiesAgree).toBe(false);
  });

  it('finds no difference between a total and a day\'s increase or a part of it', () => {
    const increase = signals('Rescuers in Varna recovered four more bodies from the harbour.', 'Two bodies were recovered from the harbour in Varna.');
    expect([...increase.quantityDifferences, ...increase.contextFigureDifferences]).toEqual([]);
    const part = signals('Five of the victims were dock workers, the port said.', 'Fourteen people were killed in the blast at the port of Varna.');
    expect(part.quantityDifferences).toEqual([]);
  });

  it('finds two readings of one share however far apart, and none for two shares in agreement', () => {
    // A fire's containment, an evacuation's progress: a share of a whole moves across its whole scale.
    expect(signals('The blaze near Varna was only about 5 percent contained on Monday.', 'Crews said the fire near Varna was 100% contained on Sunday.').quantityDifferences).toEqual([{ kind: 'number', here: 'about 5 percent', there: '100%' }]);
    expect(signals('The blaze near Varna was 35 percent contained.', 'The fire near Varna was about 35% contained.').quantityDifferences).toEqual([]);
  });

  it('reads a toll that has crossed a mark as past it: in agreement with a higher count, not with a lower one', () => {
    const crossed = 'The death toll in Varna has crossed 800.';
    expect(signals(crossed, 'The number of people killed in Varna has soared to 832.')).toMatchObject({ quantitiesAgree: true, quantityDifferences: [] });
    expect(signals(crossed, 'The number of people killed in Varna stood at 700.').quantityDifferences).toEqual([{ kind: 'number', here: 'crossed 800', there: '700' }]);
  });

  it('finds no second figure in a conversion two reports round their own ways', () => {
    const converted = signals('Waves as high as six meters (20 feet) hit Varna harbour.', 'In Varna harbour, waves as high as six meters (18 feet) were seen.');
    expect(converted).toMatchObject({ contextFigureDifferences: [], quantityDifferences: [], quantitiesAgree: true });
  });

  it('finds a consistent value for one quantity however it is hedged', () => {
    expect(signals('Nearly 1,200 workers had joined the strike, the port authority said.', 'The port authority said 1,200 workers had joined the strike.').contextFiguresAgree).toBe(true);
  });
});

describe('pairSignals: quotations', () => {
  it('reads the same words from the same speaker as verbatim, and from another as another voice', () => {
    const same = signals('Marek said the strike was "about safety, not pay."', 'Union leader Ilse Marek said the strike was "about safety, not pay."');
    expect(same.quote).toMatchObject({ verbatim: true, share: 1 });
    const other = signals('Port director Tomas Brandt said the strike was "about safety, not pay."', 'Union leader Ilse Marek said the strike was "about safety, not pay."');
    expect(other.quote?.speakers).toBe('different-persons');
  });

  it('tells two statements apart when both quote several words and none overlap', () => {
    expect(signals('Marek said the walkout "will last as long as it takes."', 'Marek said the strike was "about safety, not pay."').differentQuotes).toBe(true);
    expect(signals('Marek said the strike was "about safety, not pay."', 'Marek told reporters it was "about safety, not pay."').differentQuotes).toBe(false);
  });
});

describe('pairSignals: who and when', () => {
  it('counts the names of the page sentence the story never writes', () => {
    expect(signals('Workers at Rotterdam and Antwerp joined the strike in Varna.', 'Dock workers at the port of Varna walked out on Monday.').foreignNames).toBe(2);
    expect(signals('Marek led the dock workers of Varna out on Monday.', 'Dock workers at the port of Varna walked out on Monday.').foreignNames).toBe(0);
  });

  it('counts no capitalized function word as a name, but an acronym written like one', () => {
    expect(signals('Marek said: "This strike is about safety," The Harbour Gazette wrote.', 'Marek told reporters the walkout was "about safety, not pay."').foreignNames).toBe(1);
    expect(signals('However, Marek said the strike in Varna would go on.', 'Union leader Ilse Marek said the strike was "about safety, not pay."').foreignNames).toBe(1);
    expect(signals('Dock workers in the US port of Baltimore joined the strike.', 'Dock workers at the port of Varna walked out on Monday.').foreignNames).toBe(2);
  });

  it('counts no name the sentence credits for its news', () => {
    expect(signals('About 1,200 workers joined the strike in Varna, according to Harbour Radio Bulgaria.', 'The port authority said 1,200 workers had joined the strike.').foreignNames).toBe(0);
    expect(signals('About 1,200 workers joined the strike in Varna, Radio Bulgaria said.', 'The port authority said 1,200 workers had joined the strike.').foreignNames).toBe(2);
  });

  it('marks a pair where one side tells its figure as a count that moves', () => {
    expect(signals('The number of workers on strike in Varna rose to 1,500 on Tuesday.', 'The port authority said 1,200 workers had joined the strike.').movingCount).toBe(true);
    expect(signals('The port authority said 1,500 workers had joined the strike.', 'The port authority said 1,200 workers had joined the strike.').movingCount).toBe(false);
  });

  it('marks sentences dated to different weekdays', () => {
    expect(signals('Dock workers in Varna walked out on Friday.', 'Dock workers at the port of Varna walked out on Monday.').differentDays).toBe(true);
    expect(signals('Dock workers in Varna walked out on Monday.', 'Dock workers at the port of Varna walked out on Monday.').differentDays).toBe(false);
    expect(signals('Dock workers in Varna walked out.', 'Dock workers at the port of Varna walked out on Monday.').differentDays).toBe(false);
  });

  it('gives the dates two sentences write when they write none alike', () => {
    expect(signals('The union first warned the port of the strike on May 21.', 'The union first warned the port authority on May 19.').momentDifference).toEqual({ kind: 'number', here: 'May 21', there: 'May 19' });
    expect(signals('The ship was cleared to sail at 7pm on Monday.', 'The ship was finally cleared to sail at 9 p.m. on Monday.').momentDifference).toEqual({ kind: 'number', here: '7pm', there: '9 p.m.' });
    // One date in other words, a date beside a time, a sentence with no date: nothing given differently.
    expect(signals('The union first warned the port on Sept. 8.', 'The union first warned the port authority on 8 September.').momentDifference).toBeNull();
    expect(signals('The union first warned the port on May 21.', 'The union warned the port at 7pm.').momentDifference).toBeNull();
    expect(signals('The union first warned the port on May 21.', 'The union first warned the port authority on Monday.').momentDifference).toBeNull();
  });

  it('marks a denial of what the other sentence asserts', () => {
    expect(signals('The union said the strike was not about pay or hours.', 'The union said the strike was about pay and hours.').oppositePolarity).toBe(true);
  });
});

describe('sourcePairs: a pair among the alternatives', () => {
  it('ranks the closest sentence of a source first, both ways', () => {
    const page = extractClaims('About 1,200 dock workers at the port of Varna walked out on Monday. Marek spoke to reporters later.').claims.map((c) => prepareClaim(c, WEIGHTS));
    const source = prepareSource(claimSets[0]!.map((c) => prepareClaim(c, WEIGHTS)));
    const pairs = sourcePairs(page, source);
    const first = pairs.filter((p) => p.here === 0).sort((a, b) => a.context.hereRank - b.context.hereRank);
    expect(first[0]!.there.claim.text).toContain('walked out on Monday');
    expect(first[0]!.context).toMatchObject({ hereRank: 0, thereRank: 0 });
    expect(first[0]!.context.margin).toBeGreaterThan(0);
    expect(first.slice(1).every((p) => p.context.hereRank > 0 && p.context.margin < 0)).toBe(true);
  });
});
