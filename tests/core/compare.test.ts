// Covers rules of core/match/compare.ts and core/match/aliases.ts on a story written here (an airline grounding,
// not the bundled story): spelled-out names and their acronyms, whose figure a number is, and what makes two
// sentences related.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { foldAliases, storyAliases } from '../../core/match/aliases.ts';
import { withoutRecipients } from '../../core/match/recipients.ts';
import { numberOwners } from '../../core/match/figure-owners.ts';
import { compareClaims, MATCH_MODEL, prepareClaim } from '../../core/match/compare.ts';
import { DECISIONS, probabilitiesOf } from '../../core/match/decide.ts';
import { pairSignals } from '../../core/match/pair-signals.ts';
import { termWeights, type TermWeights } from '../../core/match/similarity.ts';
import { storyReferences } from '../../core/match/references.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { contentTerms, termOf } from '../../core/text/tokens.ts';

const SOURCES = [
  `The Federal Aviation Administration (FAA) grounded 40 Northwind Air jets on Tuesday after an engine fire in Denver.
More than 300 Northwind Air pilots signed a letter asking chief executive Dana Okafor to delay the new schedule.
The FAA said the inspections would take at least two weeks.
Northwind Air said it was "cooperating fully" with the FAA and apologized to passengers. The company said it would refund every ticket.`,
  `Northwind Air pulled 40 planes from service on Tuesday, a day after an engine caught fire on a flight out of Denver.
Hundreds of Northwind Air pilots have asked Okafor to delay the schedule, according to a letter seen by reporters.
The Federal Aviation Administration (FAA) ordered inspections of every engine of the type. The agency said the work would take two weeks.
Okafor told employees in a memo that safety came before the timetable.`,
  `The FAA ordered Northwind Air to inspect the engines of 40 jets after a fire in Denver. The company gave no date for the flights to resume.
Okafor wrote to staff that the airline would not cut corners on safety.
Shares of the airline fell 6 percent on Wednesday.
Okafor spoke after the letter, which was first reported by The Denver Evening Post, reached the board on Monday.`,
];

const claimSets = SOURCES.map((text) => extractClaims(text).claims);
const fingerprint = buildFingerprint(SOURCES);
const aliases = storyAliases(SOURCES, fingerprint.acronyms);
const weightsWith = (withAliases: boolean): TermWeights =>
  termWeights(claimSets, new Set(fingerprint.terms.map(([t]) => t)), new Set(), storyReferences(claimSets, fingerprint.anchors), withAliases ? aliases : []);
const WEIGHTS = weightsWith(true);

/** The comparison of two sentences, or null. */
function compare(a: string, b: string, weights = WEIGHTS) {
  const [x, y] = [extractClaims(a).claims[0]!, extractClaims(b).claims[0]!];
  return compareClaims(prepareClaim(x, weights), prepareClaim(y, weights));
}

/** The relation the comparison finds between two sentences, or null. */
function relation(a: string, b: string, weights = WEIGHTS): string | null {
  return compare(a, b, weights)?.relation ?? null;
}

/**
 * The probability the committed model gives two sentences of reporting the same fact (agree). The decision learns
 * its weights from other stories, so what these tests hold it to is an order: the pair that says the same thing
 * is more likely the same fact than the pair that only shares words.
 */
function agreement(a: string, b: string, weights = WEIGHTS): number {
  return probabilityOf('agree', a, b, weights);
}

/** The probability the committed model gives one outcome for two sentences. */
function probabilityOf(outcome: (typeof DECISIONS)[number], a: string, b: string, weights = WEIGHTS): number {
  const [x, y] = [extractClaims(a).claims[0]!, extractClaims(b).claims[0]!];
  return probabilitiesOf(pairSignals(prepareClaim(x, weights), prepareClaim(y, weights)), MATCH_MODEL)[DECISIONS.indexOf(outcome)]!;
}

describe('storyAliases and foldAliases', () => {
  it('finds the names the sources spell their acronyms out as', () => {
    expect(aliases).toEqual([expect.objectContaining({ acronym: 'FAA', names: ['Federal Aviation Administration'] })]);
  });

  it.each([
    ['the name with its acronym', 'The Federal Aviation Administration (FAA) grounded the jets.', 'The FAA grounded the jets.'],
    ['the name alone', 'Inspectors of the Federal Aviation Administration arrived.', 'Inspectors of the FAA arrived.'],
    ['a misspelled name with the same initials', 'The Federal Aviaton Administration spoke.', 'The FAA spoke.'],
    ['a sentence without the name', 'The airline grounded the jets.', 'The airline grounded the jets.'],
  ])('folds %s', (_what, sentence, folded) => {
    expect(foldAliases(sentence, aliases)).toBe(folded);
  });
});

describe('compareClaims: a name spelled out or abbreviated', () => {
  const long = 'The Federal Aviation Administration ordered the inspections of the engines.';
  const short = 'The FAA ordered engine inspections.';

  it('is the same claim either way, more surely than without the story\u2019s aliases', () => {
    expect(relation(long, short)).toBe('agree');
    // Without the story's aliases the three words of the name are three terms the other sentence lacks.
    expect(agreement(long, short, weightsWith(false))).toBeLessThan(agreement(long, short));
  });

  it('does not read "the FAA or the National Transportation Safety Board" as a list differing from the full name', () => {
    const a = 'Northwind Air is working with the Federal Aviation Administration or the National Transportation Safety Board on the Denver fire.';
    const b = 'Northwind Air is working with the FAA or the National Transportation Safety Board on the Denver fire, the airline said.';
    expect(relation(a, b)).toBe('agree');
  });
});

describe('compareClaims: whose figure a number is', () => {
  it('agrees on one count of one owner however differently worded', () => {
    expect(relation('More than 300 Northwind Air pilots reportedly sent a letter to Okafor.', 'Hundreds of Northwind Air pilots are asking the airline to delay its schedule.')).toBe('agree');
  });

  it('does not set a count of another company against the story\u2019s count', () => {
    const other = 'Hundreds of pilots at Contoso Airways signed a letter to Okafor asking her to delay the schedule.';
    const ours = 'More than 300 of the airline\u2019s pilots signed a letter asking Okafor to delay the schedule.';
    expect(relation(other, '40 pilots signed a letter asking Okafor to delay the schedule.')).not.toBe('conflict');
    expect(relation(other, ours)).not.toBe('conflict');
    expect(relation('More than 50 pilots signed a letter asking Okafor to delay the schedule.', ours)).toBe('conflict');
  });

  it('does not take who reports a figure for whose it is', () => {
    expect(relation('More than 200 pilots signed a letter to Okafor, according to Bloomberg.', 'More than 300 Northwind Air pilots signed a letter to Okafor.')).toBe('conflict');
  });
});

describe('compareClaims: related through the story\u2019s own terms', () => {
  it('takes two different claims about the same event for the same fact less surely than one fact in other words', () => {
    const a = 'Okafor wrote in January that Northwind Air would order new engines from the Denver plant.';
    const b = 'Northwind Air grounded its jets after the Denver fire, Okafor wrote to staff.';
    const same = 'Northwind Air pulled its jets from service after the fire in Denver, Okafor told staff.';
    expect(agreement(a, b)).toBeLessThan(agreement(same, b));
  });
});

describe('compareClaims: a shared name is not a shared fact', () => {
  it('takes a sentence that only names the same newspaper for the same fact less surely than one that says what it did', () => {
    const source = 'Okafor spoke after the letter, which was first reported by The Denver Evening Post, reached the board on Monday.';
    const named = agreement('Newsrooms in the city have long been filled with copies of The Denver Evening Post.', source);
    expect(named).toBeLessThan(agreement('The letter was first reported by The Denver Evening Post on Monday.', source));
    expect(relation('The letter was first reported by The Denver Evening Post on Monday.', source)).toBe('agree');
  });
});


describe('withoutRecipients', () => {
  it.each([
    ['in a statement to The Denver Post, the airline said', 'in a statement to, the airline said'],
    ['Okafor told Reuters the fleet was safe.', 'Okafor told the fleet was safe.'],
    ['the airline said in an email to Bloomberg News on Monday', 'the airline said in an email to on Monday'],
    // Not a recipient: people told something, a letter addressed to someone.
    ['Okafor told employees in a memo that safety came first.', 'Okafor told employees in a memo that safety came first.'],
    ['a letter to Okafor signed by 300 pilots', 'a letter to Okafor signed by 300 pilots'],
  ])('%s', (sentence, without) => {
    expect(withoutRecipients(sentence)).toBe(without);
  });
});

describe('compareClaims: the same statement given to two outlets', () => {
  it('is one claim whichever outlet received it', () => {
    const a = 'Northwind Air said in a statement to The Denver Evening Post that it was cooperating with inspectors.';
    const b = 'In a statement to Skyline Weekly, Northwind Air said it was cooperating with inspectors.';
    expect(compare(a, b)!.score).toBeGreaterThan(0.9);
  });
});

describe('compareClaims: disapproval reported in other words', () => {
  it('takes "condemned" and "said it was dismayed by" for the same statement of the same speaker', () => {
    const a = 'Northwind Air condemned the Denver grounding in a statement to Skyline Weekly.';
    const b = 'In a statement, Northwind Air said it was "dismayed" by the Denver grounding.';
    expect(relation(a, b)).toBe('agree');
  });

  it('does not take one speaker\u2019s disapproval for another\u2019s', () => {
    const a = 'Pilots said they were "dismayed" by the new schedule.';
    const b = 'Okafor condemned the Denver grounding in a memo to staff.';
    expect(relation(a, b)).not.toBe('agree');
  });
});

describe('termOf', () => {
  it('keeps "news" apart from "new" (the Porter stemmer folds them; "New York Times" is no news)', () => {
    expect(termOf('news')).not.toBe(termOf('new'));
    expect(termOf('newsroom')).not.toBe(termOf('new'));
  });
});

describe('prepareClaim: a noun that refers back to the story\u2019s actor', () => {
  it('counts "the company" as the airline\u2019s name, in place of the noun', () => {
    // The sources write "Northwind Air ..." and then "The company ...": the noun stands for the airline's anchor.
    const anchor = WEIGHTS.references.get('company');
    expect(['northwind', 'air'].map((w) => termOf(w))).toContain(anchor);
    const claim = extractClaims('Inspectors grounded the jets of the company in Denver.').claims[0]!;
    const terms = [...prepareClaim(claim, WEIGHTS).vector.weights.keys()];
    expect(terms).toContain(anchor);
    expect(terms).not.toContain(termOf('company'));
  });
});

describe('numberOwners', () => {
  const owners = (sentence: string) => {
    const claim = extractClaims(sentence).claims[0]!;
    return [...numberOwners(claim.normalized, claim.numbers[0]!)];
  };

  it.each<[string, string[]]>([
    ['Hundreds of employees at Contoso signed the letter.', ['contoso']],
    ['Sources said more than 300 Northwind Air pilots signed it.', ['northwind', 'air']],
    // Who reports a figure, a described company, a day and a dateline are not its owner.
    ['The contract is worth $19 million, according to Bloomberg.', []],
    ['As first reported by The Denver Post, more than 100 pilots signed.', []],
    ['More than 150 employees of the Redmond tech company signed the letter.', []],
    ['(NPW) -- More than 100 pilots signed on Tuesday.', []],
  ])('%s → %j', (sentence, terms) => {
    expect(owners(sentence)).toEqual(terms.map((w) => termOf(w)));
  });
});

describe('compareClaims: a claim carried inside a longer sentence', () => {
  const source = 'More than 300 Northwind Air pilots signed a letter asking chief executive Dana Okafor to delay the new schedule.';

  it('agrees when the shared words stand together and in order, with no comma setting them off', () => {
    expect(relation('Weeks of anger over cancelled flights and crowded cockpits across the Midwest led pilots of Northwind Air to ask Okafor to delay the new schedule until inspectors had seen every engine in every hangar of its fleet.', source)).toBe('agree');
  });

  it('is more likely no match when one sentence denies the shared words and the other asserts them', () => {
    // The denial covers several of the words both share ("involve grounding jets in Denver"), not one of them.
    const theirs = 'Northwind Air\u2019s work with the FAA involves grounding jets in Denver until engines are checked, Okafor wrote.';
    const noMatch = (a: string) => probabilityOf('none', a, theirs);
    expect(noMatch('Northwind Air insisted its work with the FAA does not involve grounding jets in Denver.')).toBeGreaterThan(noMatch('Northwind Air insisted its work with the FAA involves grounding jets in Denver.'));
  });

  it('agrees less surely when the same words are scattered through the sentence than when they stand together', () => {
    const together = agreement('Weeks of anger over cancelled flights and crowded cockpits across the Midwest led pilots of Northwind Air to ask Okafor to delay the new schedule until inspectors had seen every engine in every hangar of its fleet.', source);
    expect(agreement('The new schedule had been Okafor\u2019s idea, analysts said, and pilots at Northwind Air spent the winter arguing that the delay in inspections left every hangar short of engines and crowded cockpits in the Midwest.', source)).toBeLessThan(together);
  });
});

describe('compareClaims: what an engagement covers', () => {
  const covers = 'The FAA contract with Northwind Air covers engine inspections, cabin checks and pilot training.';

  it('agrees when both list the same things in other words', () => {
    expect(relation('Since the spring Northwind Air has hired mechanics in Denver and Dallas for its FAA partnership, which covers engine work, cabin refits and crew scheduling.', covers)).toBe('agree');
  });

  it('conflicts when the lists share nothing', () => {
    expect(relation('Northwind Air said its work with the FAA includes catering, baggage handling and ticket sales.', covers)).toBe('conflict');
  });
});

describe('compareClaims: a page taken down and put back, in other verbs', () => {
  it('agrees when one report says deleted and restored and the other removed and reinstated', () => {
    const here = 'A notice about the grounding was deleted from the Northwind Air website as anger grew, and was later restored.';
    const there = 'On Wednesday Northwind Air removed the notice from its website, before the airline reinstated it.';
    expect(relation(here, there)).toBe('agree');
  });
});

describe('compareClaims: two actors and what binds them, in order', () => {
  // Everyday words are common English here, as the build's word list makes them for a real story: only the names
  // (Okafor, the FAA) are the story's own.
  const here = 'Reporters learned that Okafor currently has a meeting with the FAA, though the details of those talks are not public.';
  const common = new Set(contentTerms(here).filter((t) => !['okafor', 'faa'].includes(t)));
  const weights = termWeights(claimSets, new Set(), common, storyReferences(claimSets, fingerprint.anchors), aliases);

  it('matches sentences that say the same two actors are bound by the same thing, however different the rest', () => {
    const there = 'As stated in the memo, Okafor has a long meeting with the FAA to discuss hangars, mechanics and the timetable for engine work.';
    expect(relation(here, there, weights)).not.toBeNull();
  });

  it('takes sentences that name the two actors apart for the same fact less surely than ones that bind them', () => {
    const apart = 'Okafor said on Monday that she had asked mechanics for a meeting about hangars, and the FAA later agreed.';
    const bound = 'As stated in the memo, Okafor has a long meeting with the FAA to discuss hangars, mechanics and the timetable for engine work.';
    // Since a match is what is more likely than no match (decide.ts), this pair is matched too, at a lower score.
    expect(agreement(here, apart, weights)).toBeLessThan(agreement(here, bound, weights));
    expect(compare(here, apart, weights)?.score ?? 0).toBeLessThan(compare(here, bound, weights)!.score);
  });
});

describe('compareClaims: sentences that open alike', () => {
  it('takes a shared opening setting for a shared claim less surely than the claim itself in other words', () => {
    const here = 'In a January memo to staff, Okafor said the airline would hire mechanics for its hangars in Denver and Dallas this year.';
    const there = 'In a January memo to staff, Okafor wrote that safety came before the timetable, every single time.';
    const same = 'Okafor told staff in a memo that safety came before the timetable.';
    expect(agreement(here, there)).toBeLessThan(agreement(same, there));
  });
});

describe('compareClaims: a question left unanswered, in other words', () => {
  it('relates two reports of the same silence told with different verbs', () => {
    const here = 'Northwind Air declined to specify which of its engines were inspected by the FAA in Denver.';
    const there = 'The airline did not answer a question on whether the FAA inspections would delay its new schedule.';
    expect(relation(here, there)).not.toBeNull();
  });
});

describe('compareClaims: the same quotation given to another person', () => {
  it('is a conflict over who said it, showing both names', () => {
    const here = 'Union leader Sam Reyes told pilots in an email that the new schedule was "reckless and unsafe."';
    const there = 'Dana Okafor told staff in an email that the new schedule was "reckless and unsafe."';
    const found = compare(here, there);
    expect(found?.relation).toBe('conflict');
    expect(found?.differences).toEqual([{ kind: 'speaker', here: 'Union leader Sam Reyes', there: 'Dana Okafor' }]);
  });

  it('is no conflict when one side names a role the other person may hold', () => {
    const here = 'The chief executive told staff in an email that the new schedule was "reckless and unsafe."';
    const there = 'Dana Okafor told staff in an email that the new schedule was "reckless and unsafe."';
    expect(compare(here, there)?.relation).not.toBe('conflict');
  });
});

describe('termOf: a demand in other verbs', () => {
  it('reads asked, urged and demands as one term', () => {
    expect(new Set(['asked', 'urged', 'demands', 'requesting'].map(termOf)).size).toBe(1);
  });
});
