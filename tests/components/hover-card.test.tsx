// The hover card's content: what another source says, the diff legend only with a diff, weaker matches counted.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard.tsx';
import type { AnalyzedClaim, ClaimMatch } from '../../core/result.ts';

afterEach(cleanup);

const match = (relation: ClaimMatch['relation'], diff: ClaimMatch['diff'], outlet = 'Mashable'): ClaimMatch => ({
  source: outlet.toLowerCase(), outlet, text: diff.filter((d) => d.op !== 'delete').map((d) => d.text).join(''), relation, score: 0.9, diff, speaker: null, differences: [],
});
const claim = (status: AnalyzedClaim['status'], matches: ClaimMatch[]): AnalyzedClaim => ({ text: 'This article says so.', start: 0, end: 21, kind: 'statement', speaker: null, matches, status });

const worded = match('quote-variant', [{ op: 'equal', text: 'We refuse to be ' }, { op: 'delete', text: 'complicit' }, { op: 'insert', text: 'part of it' }]);
const unrelatedWording = match('conflict', [{ op: 'delete', text: 'This article says so.' }, { op: 'insert', text: 'Another sentence entirely.' }]);

describe('HoverCard', () => {
  it('explains struck and underlined words when it shows a diff', () => {
    render(<HoverCard claim={claim('quote-variant', [worded])} id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(document.querySelector('.tri-diff del')).not.toBeNull();
    expect(screen.getByText(/only in this article/)).toBeTruthy();
  });

  it('has no legend when no diff is shown (the wordings share nothing)', () => {
    render(<HoverCard claim={claim('conflict', [unrelatedWording])} id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(document.querySelector('.tri-diff')).toBeNull();
    expect(document.querySelector('.tri-card__legend')).toBeNull();
    expect(screen.getByText('Another sentence entirely.')).toBeTruthy();
  });

  it('shows the matches behind the claim\'s status and counts the weaker ones', () => {
    const agreeing = match('agree', [{ op: 'equal', text: 'This article says so.' }], 'Motherboard');
    render(<HoverCard claim={claim('conflict', [unrelatedWording, agreeing, agreeing])} id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(document.querySelectorAll('.tri-match')).toHaveLength(1);
    expect(screen.getByText('2 weaker matches in Triangulate.')).toBeTruthy();
  });

  it('keeps the button into Triangulate and the close button working', () => {
    const calls: string[] = [];
    render(<HoverCard claim={claim('quote-variant', [worded])} id="c" onOpen={() => calls.push('open')} onClose={() => calls.push('close')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in Triangulate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(calls).toEqual(['open', 'close']);
    // The button sits in the card's foot, outside the part that scrolls.
    expect(screen.getByRole('button', { name: 'Open in Triangulate' }).closest('.tri-card__body')).toBeNull();
  });
});

describe('DiffText', () => {
  it('parts a deletion and an insertion that meet without a space', () => {
    const ops: ClaimMatch['diff'] = [{ op: 'equal', text: 'the ' }, { op: 'delete', text: 'Seattle Times.' }, { op: 'insert', text: 'letter reads.' }];
    render(<HoverCard claim={claim('quote-variant', [match('quote-variant', ops)])} id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(document.querySelector('.tri-diff')!.textContent).toMatch(/Seattle Times\.\]? \[?[^\]]*letter reads\./);
  });
});

describe('every outlet\'s side on the card', () => {
  const sources = [
    { id: 'courier', outlet: 'The Varnholm Courier', title: 't', url: null, date: '2025-03-04' },
    { id: 'herald', outlet: 'Northgate Herald', title: 't', url: null, date: '2025-03-04' },
    { id: 'wire', outlet: 'Reuters', title: 't', url: null, date: '2025-03-06' },
  ];
  const figure = (source: string, outlet: string, there: string): ClaimMatch => ({
    source, outlet, text: `The levy will raise ${there} a year.`, relation: 'conflict', score: 0.6, diff: [{ op: 'equal', text: 'x' }], speaker: null, differences: [{ kind: 'number', here: '$44 million', there }],
  });
  const confirming: ClaimMatch = { source: 'courier', outlet: 'The Varnholm Courier', text: 'It will raise $44 million a year.', relation: 'agree', score: 0.9, diff: [{ op: 'equal', text: 'x' }], speaker: null, differences: [] };

  it('gives who says which figure, this page and the outlet that confirms it first, not folded as a weaker match', () => {
    render(<HoverCard claim={claim('conflict', [figure('herald', 'Northgate Herald', '$41 million'), confirming])} sources={sources} pageDate="2025-03-04" id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect([...document.querySelectorAll('.tri-side')].map((li) => li.textContent)).toEqual(['$44 million: this page, The Varnholm Courier', '$41 million: Northgate Herald']);
    expect(document.querySelector('.tri-card__more')).toBeNull();
  });

  it('calls a later report\'s figure an update', () => {
    render(<HoverCard claim={claim('conflict', [figure('wire', 'Reuters', '1,234')])} sources={sources} pageDate="2025-03-04" id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(document.querySelector('.tri-side--update')!.textContent).toBe('1,234: Reuters, two days later · an update, reported later');
  });

  it('names the outlets that quote this page\'s words beside those that quote it in other words', () => {
    const same: ClaimMatch = { ...confirming, text: 'We refuse to be complicit.' };
    render(<HoverCard claim={claim('quote-variant', [worded, same])} id="c" onOpen={() => undefined} onClose={() => undefined} />);
    expect(screen.getByTestId('same-words').textContent).toBe('In the same words as this page: The Varnholm Courier. In other words:');
    expect(document.querySelector('.tri-card__more')).toBeNull();
  });
});
