// The popup's components on real analysis results of the bundled sources (Preact Testing Library).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup.tsx';
import type { ClaimFilter, PopupState } from '../../components/popup-state.ts';
import { analyzeArticle } from '../../core/analyze.ts';
import { catalogOf, compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import type { TabRecord } from '../../lib/messages.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const catalog = catalogOf(corpus);

afterEach(cleanup);

function recordFor(sourceId: string): TabRecord {
  const source = corpus.stories[0]!.sources.find((s) => s.id === sourceId)!;
  const result = analyzeArticle(corpus, index, { text: source.text });
  return { url: 'https://example.com/a', host: 'example.com', result, unanchored: [], marksShown: true };
}

/** The popup with the filter state its entry point would hold. */
function Harness({ state, onReveal = () => undefined }: { state: PopupState; onReveal?: (i: number) => void }) {
  const [filter, setFilter] = useState<ClaimFilter>('all');
  return (
    <Popup
      state={state}
      filter={filter}
      onFilter={setFilter}
      selected={null}
      onReveal={onReveal}
      marksShown
      onMarksShown={() => undefined}
      markUnique={false}
      onMarkUnique={() => undefined}
    />
  );
}

describe.each(['seattletimes', 'motherboard', 'mashable'])('the popup for %s', (id) => {
  const record = recordFor(id);
  const result = record.result;

  it('shows the story, which source this page is, the outlets compared and the counts', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(result.story!.title);
    const self = catalog.stories[0]!.sources.find((s) => s.id === id)!;
    expect(document.querySelector('.tri-header__line strong')!.textContent).toBe(self.outlet);
    for (const s of result.sources) expect(document.querySelector('.tri-header__line')!.textContent).toContain(s.outlet);
    const counts = within(screen.getByRole('list', { name: 'Claims by relation' }));
    expect(counts.getByText(String(result.counts.conflict), { selector: '.tri-count--conflict .tri-count__n' })).toBeTruthy();
  });

  it('lists every claim in reading order with the other sources\' wordings and diffs', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    const entries = document.querySelectorAll('.tri-entry');
    expect(entries).toHaveLength(result.claims.length);
    entries.forEach((entry, i) => {
      expect(entry.querySelector('.tri-entry__text')!.textContent).toContain(result.claims[i]!.text);
      expect(entry.querySelectorAll('.tri-match')).toHaveLength(result.claims[i]!.matches.length);
    });
    const diffed = result.claims.flatMap((c) => c.matches).filter((m) => m.diff.some((d) => d.op !== 'equal')).length;
    expect(document.querySelectorAll('.tri-match').length).toBeGreaterThanOrEqual(diffed);
    if (diffed > 0) expect(document.querySelectorAll('.tri-match del, .tri-match ins').length).toBeGreaterThan(0);
  });

  it('filters to conflicts, quote differences and claims only here', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    for (const [name, status] of [['Conflicts', 'conflict'], ['Quote differences', 'quote-variant'], ['Only here', 'unique']] as const) {
      const button = screen.getByRole('button', { name: new RegExp(`^${name}`) });
      fireEvent.click(button);
      expect(button.getAttribute('aria-pressed')).toBe('true');
      const expected = result.claims.filter((c) => c.status === status).length;
      expect(document.querySelectorAll('.tri-entry')).toHaveLength(expected);
      if (expected === 0) expect(screen.getByText('No claims in this view.')).toBeTruthy();
    }
  });
});

describe('popup details', () => {
  it('puts conflicting values side by side and reveals a claim when its text is clicked', () => {
    const record = recordFor('mashable');
    const revealed: number[] = [];
    render(<Harness state={{ kind: 'ready', record, catalog }} onReveal={(i) => revealed.push(i)} />);
    fireEvent.click(screen.getByRole('button', { name: /^Conflicts/ }));
    const table = document.querySelector('.tri-values')!;
    expect(within(table as HTMLElement).getByText('This article')).toBeTruthy();
    const conflict = record.result.claims.findIndex((c) => c.status === 'conflict');
    fireEvent.click(document.querySelector(`#claim-${conflict} .tri-entry__text`)!);
    expect(revealed).toEqual([conflict]);
  });

  it('says which claims could not be highlighted on the page', () => {
    const record = recordFor('seattletimes');
    const first = record.result.claims.findIndex((c) => c.status !== 'unique');
    render(<Harness state={{ kind: 'ready', record: { ...record, unanchored: [first] }, catalog }} />);
    expect(document.querySelector(`#claim-${first}`)!.textContent).toContain('could not be found on the page');
    expect((document.querySelector(`#claim-${first} .tri-entry__text`) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each<[PopupState, RegExp]>([
    [{ kind: 'unsupported' }, /can't run on this page/],
    [{ kind: 'not-article' }, /not an article/],
    [{ kind: 'other-language' }, /not in English/],
    [{ kind: 'analyzing' }, /Comparing this article/],
    [{ kind: 'no-story', catalog }, /No bundled story on this page/],
    [{ kind: 'error', message: 'boom' }, /Something went wrong/],
    [{ kind: 'too-large', elements: 123456 }, /too large to compare/],
  ])('has an honest empty state: %o', (state, title) => {
    render(<Harness state={state} />);
    expect(screen.getByRole('status').textContent).toMatch(title);
  });

  it('lists the bundled stories and how recognition works when the page is about none', () => {
    render(<Harness state={{ kind: 'no-story', catalog }} />);
    expect(screen.getByRole('status').textContent).toContain(catalog.stories[0]!.title);
    expect(screen.getByRole('status').textContent).toMatch(/recognizes an article/);
    for (const s of catalog.stories[0]!.sources) expect(screen.getAllByText(s.outlet).length).toBeGreaterThan(0);
  });

  it('renders page and source text as text, never as HTML', () => {
    const record = recordFor('mashable');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:alert(1)">x</a>';
    const claims = record.result.claims.map((c, i) =>
      i === 0 ? { ...c, text: hostile, speaker: hostile, matches: c.matches.map((m) => ({ ...m, outlet: hostile, text: hostile, diff: [{ op: 'insert' as const, text: hostile }] })) } : c,
    );
    const first = claims[0]!.matches.length > 0 ? claims : claims;
    render(<Harness state={{ kind: 'ready', record: { ...record, result: { ...record.result, claims: first } }, catalog }} />);
    expect(document.querySelector('.tri-entry img, .tri-entry script, .tri-entry a')).toBeNull();
    expect(document.querySelector('#claim-0')!.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
