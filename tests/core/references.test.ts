// "The agency", "the company", "the union": which named organization a common noun stands for in a story, learned
// from the story's own sources (core/match/references.ts). Examples from stories other than the bundled one.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { MIN_REFERENCES, referredAnchors, referringNouns, storyReferences } from '../../core/match/references.ts';
import { termOf } from '../../core/text/tokens.ts';

/** The claims of one source text. */
const claimsOf = (text: string) => extractClaims(text).claims;
/** The anchor term of a name, as the story fingerprint holds it. */
const anchor = (name: string) => termOf(name.toLowerCase());

describe('referringNouns', () => {
  const cases: Array<[sentence: string, nouns: string[]]> = [
    ['Officials said the agency had not been told of the inspection.', ['agency']],
    ['Inspectors at the aviation agency found loose bolts on two jets.', ['agency']],
    ['Analysts expect the tech giant to report record sales.', ['giant']],
    ['Members said the union would strike if talks failed.', ['union']],
    ['Talks between the union and the company broke down on Friday.', ['union', 'company']],
    ["A lawyer for the department's inspector general declined to comment.", ['department']],
    ['Smith said the firm would appeal the fine.', ['firm']],
    ['Ministers said the state-owned corporation would be split in two.', ['corporation']],
    ['Critics said the city government had ignored the audit.', ['government']],
    ['The company said it would appeal the fine.', ['company']],
    ['Sales at the Redmond company rose 9 percent.', ['company']],
    ['Shares of the Seattle-based company fell.', ['company']],
    ['A spokesman said the organisation would cooperate.', ['organisation']],
    // Not a reference back to one organization: plural, indefinite, no noun of the list.
    ['Companies across the state raised wages.', []],
    ['Both of the companies declined to comment.', []],
    ['A company spokesperson declined to comment.', []],
    ['The mayor said the council would vote in March.', []],
  ];
  it.each(cases)('%s', (sentence, nouns) => {
    expect(referringNouns(sentence)).toEqual(nouns);
  });
});

describe('referringNouns with the story\u2019s terms', () => {
  // A story whose sources name Redmond and the Trump administration, and never Obama.
  const known = (term: string) => ['redmond', 'trump'].map((w) => termOf(w)).includes(term);

  it.each([
    ['Sales at the Redmond company rose 9 percent.', ['company']],
    ['It urged the Trump administration to change course.', ['administration']],
    ['It said the company would comment later.', ['company']],
    // Another organization named by its own name: not a reference back to the story's.
    ["The Obama administration's first comments came later.", []],
    ['Shares of the Boise company fell.', []],
  ])('%s', (sentence, nouns) => {
    expect(referringNouns(sentence, known)).toEqual(nouns);
  });
});

describe('storyReferences', () => {
  it('reads a union and an employer apart in a strike story', () => {
    const sources = [
      claimsOf('Workers at Safeway stores in Colorado walked off the job on Monday. The strike was called by UFCW Local 7, and the union said talks had stalled. Safeway said the company had offered raises of 20 percent.'),
      claimsOf('UFCW Local 7 represents about 3,000 grocery workers.\nLeaders of the union said members would stay out all week. A Safeway spokesperson said the company would keep its stores open.'),
    ];
    const references = storyReferences(sources, [anchor('UFCW'), anchor('Safeway')]);
    expect(Object.fromEntries(references)).toEqual({ union: anchor('UFCW'), company: anchor('Safeway') });
  });

  it('reads a company and its regulator apart in a safety story', () => {
    const sources = [
      claimsOf('The FAA grounded the jets on Wednesday, and the agency said inspections would take weeks. Boeing said the company supported the decision.'),
      claimsOf('Regulators at the FAA met on Thursday; the agency wants a permanent fix. Boeing engineers said the company would deliver one in May.'),
    ];
    const references = storyReferences(sources, [anchor('FAA'), anchor('Boeing')]);
    expect(references.get('agency')).toBe(anchor('FAA'));
    expect(references.get('company')).toBe(anchor('Boeing'));
  });

  it('falls back on the sentence before when the sentence names no anchor', () => {
    const sources = [
      claimsOf('Portland approved a $6 billion budget on Wednesday. Critics said the city government had ignored its own audit.'),
      claimsOf('Portland faces a $15 million shortfall next year. Under the plan the city government will hire 200 officers.'),
    ];
    expect(storyReferences(sources, [anchor('Portland')]).get('government')).toBe(anchor('Portland'));
  });

  it(`needs ${MIN_REFERENCES} uses pointing the same way`, () => {
    const once = [claimsOf('Acme Corp. was fined $2 million, and the firm said it would appeal.')];
    expect(storyReferences(once, [anchor('Acme')]).has('firm')).toBe(false);
  });

  it('leaves a noun out when the sources use it for two anchors equally', () => {
    const sources = [
      claimsOf('Airbus delivered 60 jets in May, and the company said June would be busier. Boeing delivered 40, and the company blamed a strike.'),
      claimsOf('Airbus shares rose as the company raised its forecast. Boeing shares fell after the company cut its own.'),
    ];
    expect(storyReferences(sources, [anchor('Airbus'), anchor('Boeing')]).has('company')).toBe(false);
  });

  // Known gap: the nearest name wins, even a person's ("Mayor Ted Wheeler said the city government ..."). Asserted as
  // it stands, so that a fix fails here and this test is turned round to expect Portland.
  it('known gap, still there: a speaker named before the noun is taken for the organization', () => {
    const sources = [
      claimsOf('Portland will cut overtime next year.\nMayor Ted Wheeler said the city government would save $4 million.'),
      claimsOf('Portland faces a shortfall. Mayor Ted Wheeler told reporters the city government would freeze hiring.'),
    ];
    const found = storyReferences(sources, [anchor('Portland'), anchor('Wheeler')]).get('government');
    expect(found, 'the gap is fixed: expect Portland here').toBe(anchor('Wheeler'));
  });

  describe('a noun the sources write right after a name', () => {
    // The contractor is named nearest before every "the agency"; only "the ... Bureau of Land Management agency" says
    // which organization the noun is.
    const told = [
      claimsOf('The BLM is using two Veltron products to track grazing permits. The agency is one of several that enforce the new rules.'),
      claimsOf('A Veltron spokesperson said the company was not working with the agency on the fence.\nVeltron staff said the company should not help the agency.'),
    ];
    const described = claimsOf('Veltron staff signed a letter about the company\u2019s contract with the U.S. Bureau of Land Management agency.');
    const aliases = [[anchor('BLM'), ['bureau', 'land', 'manag']]] as const;
    const anchors = [anchor('Veltron'), anchor('BLM')];

    it('stands for that name, the acronym or the words it stands for', () => {
      expect(storyReferences([...told, described], anchors, aliases).get('agency')).toBe(anchor('BLM'));
      const acronym = claimsOf('Veltron staff signed a letter about the company\u2019s contract with the BLM agency.');
      expect(storyReferences([...told, acronym], anchors).get('agency')).toBe(anchor('BLM'));
    });

    it('is otherwise read from the nearest name before it, here the wrong one', () => {
      expect(storyReferences(told, anchors, aliases).get('agency')).toBe(anchor('Veltron'));
    });

    it('is left to the votes when the sources write it after two names', () => {
      const both = claimsOf('Veltron agency work was praised, and the BLM agency said so.');
      expect(storyReferences([...told, both], anchors, aliases).get('agency')).toBe(anchor('Veltron'));
    });
  });

  it('ignores nouns no anchor comes before', () => {
    const sources = [claimsOf('Officials said the agency had no comment.\nInspectors said the agency would return.')];
    expect(storyReferences(sources, [anchor('FAA')]).size).toBe(0);
  });
});

describe('referredAnchors', () => {
  const references = new Map([
    ['union', anchor('UFCW')],
    ['company', anchor('Safeway')],
    ['agency', anchor('FAA')],
  ]);
  const cases: Array<[sentence: string, terms: string[], anchors: string[]]> = [
    ['Members said the union would strike.', [], [anchor('UFCW')]],
    ['the union accused the company of stalling', [], [anchor('UFCW'), anchor('Safeway')]],
    // Named already: the noun adds nothing.
    ['UFCW said the union would strike.', [anchor('UFCW')], []],
    // Each anchor once, however often the noun comes back.
    ['the agency said the agency would inspect the jets', [], [anchor('FAA')]],
    // A noun the story's sources never used for an anchor.
    ['the firm said it would appeal', [], []],
    ['No organization is named here.', [], []],
  ];
  it.each(cases)('%s', (sentence, terms, anchors) => {
    expect(referredAnchors(sentence, terms, references)).toEqual(anchors);
  });
});
