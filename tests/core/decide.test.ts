// Covers core/match/decide.ts and the committed model (core/match/data/match-model.json): the model file loads
// and reads the signals the code computes, a relation needs its evidence, and clear cases come out as a reader
// expects on a story written here.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { compareClaims, MATCH_MODEL } from '../../core/match/compare.ts';
import { allowedDecisions, decide, DECISIONS, FEATURE_NAMES, featuresOf, type MatchModel } from '../../core/match/decide.ts';
import { pairSignals } from '../../core/match/pair-signals.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { storyReferences } from '../../core/match/references.ts';
import { termWeights } from '../../core/match/similarity.ts';

const SOURCES = [
  `Flood waters in the river town of Selby rose overnight, and the death toll climbed to 14 on Thursday, the county coroner said.
Mayor Anna Kowal said the town was "doing everything humanly possible" to reach stranded families.
About 3,000 residents were evacuated to schools and churches.`,
  `At least 14 people have died in the Selby floods, the coroner said on Thursday.
Kowal said rescuers were "doing everything humanly possible" for families still cut off.
Some 3,000 people left their homes for shelters in schools.`,
];
const claimSets = SOURCES.map((text) => extractClaims(text).claims);
const fingerprint = buildFingerprint(SOURCES);
const WEIGHTS = termWeights(claimSets, new Set(fingerprint.terms.map(([t]) => t)), new Set(), storyReferences(claimSets, fingerprint.anchors));
const prepared = (sentence: string) => prepareClaim(extractClaims(sentence).claims[0]!, WEIGHTS);
const relation = (a: string, b: string) => compareClaims(prepared(a), prepared(b))?.relation ?? null;

describe('the committed match model', () => {
  it('reads exactly the features the code computes, for every outcome', () => {
    expect(MATCH_MODEL.features).toEqual(FEATURE_NAMES);
    expect(MATCH_MODEL.classes).toEqual(DECISIONS);
    for (const weights of MATCH_MODEL.weights) {
      expect(weights).toHaveLength(FEATURE_NAMES.length + 1);
      expect(weights.every(Number.isFinite)).toBe(true);
    }
  });

  it('gives every feature a value in [0, 1]', () => {
    const s = pairSignals(prepared(SOURCES[0]!.split('\n')[0]!), prepared(SOURCES[1]!.split('\n')[0]!));
    for (const value of Object.values(featuresOf(s))) expect(value >= 0 && value <= 1).toBe(true);
  });
});

describe('allowedDecisions: a relation needs its evidence', () => {
  it('opens conflict only where a value differs, and never agree beside two values for one quantity', () => {
    const differ = pairSignals(prepared('The death toll in Selby climbed to 25 on Friday.'), prepared('At least 14 people have died in the Selby floods.'));
    expect(allowedDecisions(differ)).toContain('conflict');
    expect(allowedDecisions(differ)).not.toContain('agree');
    const same = pairSignals(prepared('At least 14 people have died in the Selby floods.'), prepared('The death toll in Selby climbed to 14 on Thursday.'));
    expect(allowedDecisions(same)).not.toContain('conflict');
  });

  it('opens conflict, and never agree, for one event dated to two different days of the month', () => {
    const dated = pairSignals(prepared('The levee at Selby gave way on March 3, the county said.'), prepared('The levee at Selby failed on March 4, county officials said.'));
    expect(allowedDecisions(dated)).toContain('conflict');
    expect(allowedDecisions(dated)).not.toContain('agree');
    const same = pairSignals(prepared('The levee at Selby gave way on March 3, the county said.'), prepared('The levee at Selby failed on 3 March, county officials said.'));
    expect(allowedDecisions(same)).toContain('agree');
  });

  it('opens quote-variant only for the same quotation in other words, from a speaker who may be the same', () => {
    const variant = pairSignals(prepared('Kowal said the town was "doing all that is humanly possible" to reach families.'), prepared('Mayor Anna Kowal said the town was "doing everything humanly possible" to reach stranded families.'));
    expect(allowedDecisions(variant)).toContain('quote-variant');
    const verbatim = pairSignals(prepared('Kowal said the town was "doing everything humanly possible" to reach families.'), prepared('Mayor Anna Kowal said the town was "doing everything humanly possible" to reach stranded families.'));
    expect(allowedDecisions(verbatim)).not.toContain('quote-variant');
  });
});

describe('decide: clear cases', () => {
  it('agrees on the same fact in other words', () => {
    expect(relation('Around 3,000 residents of Selby were evacuated to schools and churches.', 'About 3,000 residents were evacuated to schools and churches.')).toBe('agree');
  });

  it('finds a conflict in a death toll given differently', () => {
    expect(relation('The death toll from the Selby floods climbed to 19 on Friday, the coroner said.', 'Flood waters in the river town of Selby rose overnight, and the death toll climbed to 14 on Thursday, the county coroner said.')).toBe('conflict');
  });

  it('finds a quotation in other words', () => {
    expect(relation('Kowal said the town was "doing all that is humanly possible" to reach stranded families.', 'Mayor Anna Kowal said the town was "doing everything humanly possible" to reach stranded families.')).toBe('quote-variant');
  });

  it('does not match a sentence about something else', () => {
    expect(relation('The bakery on the corner sells bread and cakes every morning.', 'About 3,000 residents were evacuated to schools and churches.')).toBeNull();
  });

  it('says which signals weighed most for a match', () => {
    const found = compareClaims(prepared('Around 3,000 residents of Selby were evacuated to schools and churches.'), prepared('About 3,000 residents were evacuated to schools and churches.'));
    expect(found?.why.length).toBeGreaterThan(0);
    for (const name of found!.why) expect(FEATURE_NAMES).toContain(name);
  });
});

describe('decide: a match is what is more likely than no match', () => {
  // A model that ignores every feature: its biases alone give each outcome's probability.
  const biased = (p: Partial<Record<(typeof DECISIONS)[number], number>>): MatchModel => ({
    features: FEATURE_NAMES,
    classes: DECISIONS,
    weights: DECISIONS.map((d) => [...FEATURE_NAMES.map(() => 0), Math.log(p[d] ?? 1e-9)]),
  });
  const differ = pairSignals(prepared('The death toll in Selby climbed to 25 on Friday.'), prepared('At least 14 people have died in the Selby floods.'));

  it('takes the likeliest relation when the relations together outweigh no match, though none alone does', () => {
    const decided = decide(differ, biased({ none: 0.4, related: 0.25, conflict: 0.35 }));
    expect(decided.decision).toBe('conflict');
    expect(decided.differences).not.toEqual([]);
  });

  it('finds no match when no match is at least as likely as every relation together', () => {
    expect(decide(differ, biased({ none: 0.5, related: 0.1, conflict: 0.4 })).decision).toBe('none');
  });
});

