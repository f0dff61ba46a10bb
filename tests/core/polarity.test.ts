// Covers core/match/polarity.ts: a denial or a silence is not the claim it denies. Sentences written here in
// the manner of wire, business and tech reports.
import { describe, expect, it } from 'vitest';
import { negatedTerms, oppositePolarity } from '../../core/match/polarity.ts';
import { contentTerms } from '../../core/text/tokens.ts';

const opposite = (a: string, b: string) => oppositePolarity(a, contentTerms(a), b, contentTerms(b));

describe('oppositePolarity', () => {
  it.each([
    ['The memo did not say whether the contract would be canceled.', 'Workers want the contract canceled.'],
    ['The airline denied cutting the routes to Denver and Boise.', 'The airline is cutting its routes to Denver and Boise.'],
    ['The mayor declined to sign the budget bill on Friday.', 'The mayor signed the budget bill on Friday.'],
    ["The company hasn't paid the settlement to the families.", 'The company paid the settlement to the families.'],
    ['The district said the closures had nothing to do with the budget cuts.', 'The district tied the closures to the budget cuts.'],
  ])('"%s" / "%s": opposite', (a, b) => {
    expect(opposite(a, b)).toBe(true);
    expect(opposite(b, a)).toBe(true);
  });

  it.each([
    ['The firm is not working with the agency on the border project.', 'The firm said it was not working with the agency on the border project.'],
    ['The firm denied working with the agency on the border project.', 'The firm is not working with the agency on the border project.'],
    ['The policy says the firm will not work with clients that violate the law.', 'A policy stating that neither the firm nor its partners will work with clients who violate the law.'],
    ['Staff asked the company to cancel the contract, which it has not commented on.', 'Staff asked the company to cancel the contract.'],
    ['The school board approved the new calendar.', 'The board approved the calendar for next year.'],
  ])('"%s" / "%s": same polarity', (a, b) => {
    expect(opposite(a, b)).toBe(false);
  });
});

describe('negatedTerms', () => {
  it('covers a quotation that is the negated verb\'s object, and stops where a quotation closes', () => {
    const negated = negatedTerms('The council said the plan did not include "any closures of rural schools" and voted for it.');
    expect(negated.has('closur')).toBe(true);
    expect(negated.has('school')).toBe(true);
    expect(negated.has('vote')).toBe(false);
  });

  it('covers the words after a negation up to a comma', () => {
    const negated = negatedTerms('The union did not endorse the deal, but members voted for it.');
    expect(negated.has('endors')).toBe(true);
    expect(negated.has('vote')).toBe(false);
  });
});

describe('oppositePolarity with the names both sentences use', () => {
  // The negation of the first covers the work and the names after it; the second negates the plan only.
  const a = 'Northwind is not working with Contoso or Fabrikam on any plan to close the plant.';
  const b = 'Northwind said its deal with Contoso or Fabrikam was not a plan to close the plant.';
  const c = 'Northwind is working with Contoso and Fabrikam on a plan to close the plant.';
  const names = new Set(['northwind', 'contoso', 'fabrikam'].map((w) => contentTerms(w)[0]!));

  it('reads negated names as what is denied when the names are not given', () => {
    expect(oppositePolarity(a, contentTerms(a), b, contentTerms(b))).toBe(false);
    const onlyNames = 'Fabrikam said it is not in talks with Contoso or Northwind.';
    const other = 'Contoso and Northwind are in talks about the plant.';
    expect(oppositePolarity(onlyNames, contentTerms(onlyNames), other, contentTerms(other))).toBe(true);
    expect(oppositePolarity(onlyNames, contentTerms(onlyNames), other, contentTerms(other), names)).toBe(true);
  });

  it('needs a denied predicate beside the names', () => {
    const onlyNames = 'Fabrikam works on the plant, not with Contoso or Northwind.';
    const other = 'Fabrikam works with Contoso and Northwind on the plant.';
    expect(oppositePolarity(onlyNames, contentTerms(onlyNames), other, contentTerms(other))).toBe(true);
    expect(oppositePolarity(onlyNames, contentTerms(onlyNames), other, contentTerms(other), names)).toBe(false);
  });

  it('still opposes a denied predicate with names', () => {
    expect(oppositePolarity(a, contentTerms(a), c, contentTerms(c), names)).toBe(true);
  });
});
