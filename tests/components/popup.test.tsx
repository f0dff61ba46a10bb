// The popup's components on real analysis results of the bundled sources (Preact Testing Library).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DifferenceSummary } from '../../components/DifferenceSummary.tsx';
import { Popup } from '../../components/Popup.tsx';
import type { Marking } from '../../components/MarksSwitch.tsx';
import type { PopupState } from '../../components/popup-state.ts';
import { analyzeArticle } from '../../core/analyze.ts';
import { catalogOf, compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { checkedCount } from '../../shared/claim-counts.ts';
import { crossReferencedCount } from '../../lib/badge.ts';
import type { TabRecord } from '../../shared/tab-record.ts';
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

const DEFAULT_MARKING: Marking = { markRelated: false, markUnique: false, showAgreement: false };

/** The popup as its entry point renders it, with the default settings unless given others. */
function Harness({ state, onReveal = () => undefined, selected = null, marking = DEFAULT_MARKING, onMarking = () => undefined }: {
  state: PopupState;
  onReveal?: (i: number) => void;
  selected?: number | null;
  marking?: Marking;
  onMarking?: (change: Partial<Marking>) => void;
}) {
  return (
    <Popup state={state} selected={selected} onReveal={onReveal} marksShown onMarksShown={() => undefined} marking={marking} onMarking={onMarking} />
  );
}

/** The entries inside the list section with this class, whether it is open or folded. */
const entriesIn = (section: string) => document.querySelectorAll(`.tri-section--${section} .tri-entry`);
const isOpen = (section: string) => (document.querySelector(`.tri-section--${section}`) as HTMLDetailsElement | null)?.open;

describe.each(['seattletimes', 'motherboard', 'mashable'])('the popup for %s', (id) => {
  const record = recordFor(id);
  const result = record.result;

  it('shows the story, which source this page is, and the outlets compared', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(result.story!.title);
    const self = catalog.stories[0]!.sources.find((s) => s.id === id)!;
    expect(document.querySelector('.tri-header__line strong')!.textContent).toBe(self.outlet);
    for (const s of result.sources) expect(document.querySelector('.tri-header__line')!.textContent).toContain(s.outlet);
  });

  it('gives one count, the badge\'s, whose parts add up to it, and says in words what it leaves out', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    const total = checkedCount(result);
    expect(total).toBe(crossReferencedCount(result));
    expect(total).toBe(result.counts.agree + result.counts.conflict + result.counts['quote-variant']);
    expect(document.querySelector('.tri-summary__n')!.textContent).toBe(String(total));
    const parts = [...document.querySelectorAll('.tri-counts .tri-count__n')].map((n) => Number(n.textContent));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    const note = document.querySelector('.tri-summary__note')!.textContent!;
    expect(note).toContain('toolbar button');
    if (result.counts.related > 0) expect(note).toContain(`${result.counts.related} related`);
    if (result.counts.unique > 0) expect(note).toContain(`${result.counts.unique} only in this article`);
    // The list says the same: the open and folded sections of counted claims hold exactly that many.
    expect(entriesIn('differ').length + entriesIn('agree').length).toBe(total);
  });

  it('lists every claim once, in reading order within its section, with the other sources\' wordings and diffs', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    const entries = [...document.querySelectorAll('.tri-entry')];
    expect(entries).toHaveLength(result.claims.length);
    for (const entry of entries) {
      const i = Number(entry.id.replace('claim-', ''));
      expect(entry.querySelector('.tri-entry__text')!.textContent).toContain(result.claims[i]!.text);
      expect(entry.querySelectorAll('.tri-match')).toHaveLength(result.claims[i]!.matches.length);
    }
    for (const [section, statuses] of [['differ', ['conflict', 'quote-variant']], ['agree', ['agree']], ['related', ['related']], ['unique', ['unique']]] as const) {
      const expected = result.claims.flatMap((c, i) => ((statuses as readonly string[]).includes(c.status) ? [`claim-${i}`] : []));
      expect([...entriesIn(section)].map((e) => e.id)).toEqual(expected);
      const summary = document.querySelector(`.tri-section--${section} .tri-section__n`);
      expect(summary?.textContent ?? '0').toBe(String(expected.length));
    }
    const diffed = result.claims.flatMap((c) => c.matches).filter((m) => m.diff.some((d) => d.op !== 'equal')).length;
    if (diffed > 0) expect(document.querySelectorAll('.tri-match del, .tri-match ins').length).toBeGreaterThan(0);
  });

  it('leads with what differs: a line per differing value, differences open, the rest folded', () => {
    render(<Harness state={{ kind: 'ready', record, catalog }} />);
    const differing = result.claims.filter((c) => c.status === 'conflict' || c.status === 'quote-variant');
    const lines = [...document.querySelectorAll('.tri-differ')];
    if (differing.length === 0) {
      expect(document.querySelector('.tri-differs')!.textContent).toMatch(/Nothing/);
    } else {
      expect(lines.length).toBeGreaterThanOrEqual(differing.length);
      const values = differing.flatMap((c) => c.matches.filter((m) => m.relation === c.status).flatMap((m) => m.differences.map((d) => ({ d, outlet: m.outlet }))));
      const summary = document.querySelector('.tri-differs')!.textContent!;
      for (const { d, outlet } of values) {
        // Values and speakers as they are; a quotation whole, with the other outlet's words as a diff.
        if (d.kind === 'quote') expect(summary).toContain(`${outlet} quotes it:`);
        else expect(summary).toContain(d.here);
      }
      // Each line links to its claim's entry in the list.
      for (const line of lines) expect(document.querySelector(line.querySelector('a')!.getAttribute('href')!)).not.toBeNull();
      expect(isOpen('differ')).toBe(true);
    }
    for (const section of ['agree', 'related', 'unique']) if (document.querySelector(`.tri-section--${section}`)) expect(isOpen(section)).toBe(false);
  });
});

describe('popup details', () => {
  it('puts conflicting values side by side and reveals a claim when its text is clicked', () => {
    const record = recordFor('mashable');
    const revealed: number[] = [];
    render(<Harness state={{ kind: 'ready', record, catalog }} onReveal={(i) => revealed.push(i)} />);
    const table = document.querySelector('.tri-values')!;
    expect(within(table as HTMLElement).getByText('This article')).toBeTruthy();
    const conflict = record.result.claims.findIndex((c) => c.status === 'conflict');
    fireEvent.click(document.querySelector(`#claim-${conflict} .tri-entry__text`)!);
    expect(revealed).toEqual([conflict]);
  });

  it('says who said the words when two outlets give one quotation to different people', () => {
    const record = recordFor('mashable');
    const base = record.result.claims.find((c) => c.matches.length > 0)!;
    const claim = {
      ...base,
      status: 'conflict' as const,
      matches: [{ ...base.matches[0]!, source: 'seattletimes', outlet: 'The Seattle Times', relation: 'conflict' as const, differences: [{ kind: 'speaker' as const, here: 'Brad Smith', there: 'Satya Nadella' }] }],
    };
    const result = { ...record.result, claims: [claim], counts: { ...record.result.counts, conflict: 1, agree: 0, related: 0, unique: 0, 'quote-variant': 0 } };
    render(<Harness state={{ kind: 'ready', record: { ...record, result }, catalog }} />);
    expect(document.querySelector('.tri-differs')!.textContent).toContain('Said by Brad Smith here, by Satya Nadella in The Seattle Times');
    expect([...document.querySelectorAll('.tri-values td')].map((td) => td.textContent)).toEqual(['Said by Brad Smith', 'Said by Satya Nadella']);
  });

  it('says which claims could not be highlighted on the page, and not of claims that are not marked by choice', () => {
    const record = recordFor('seattletimes');
    const first = record.result.claims.findIndex((c) => c.status === 'agree');
    const related = record.result.claims.findIndex((c) => c.status === 'related');
    render(<Harness state={{ kind: 'ready', record: { ...record, unanchored: [first] }, catalog }} />);
    expect(document.querySelector(`#claim-${first}`)!.textContent).toContain('could not be found on the page');
    expect((document.querySelector(`#claim-${first} .tri-entry__text`) as HTMLButtonElement).disabled).toBe(true);
    // Related claims are not marked by default: nothing is missing, and there is nothing to show on the page.
    expect(document.querySelector(`#claim-${related}`)!.textContent).not.toContain('could not be found');
    expect((document.querySelector(`#claim-${related} .tri-entry__text`) as HTMLButtonElement).disabled).toBe(true);
  });

  it('has switches for the related and only-here marks, off by default', () => {
    const changes: Array<Partial<Marking>> = [];
    render(<Harness state={{ kind: 'ready', record: recordFor('seattletimes'), catalog }} onMarking={(c) => changes.push(c)} />);
    const related = screen.getByRole('switch', { name: /related claims/ }) as HTMLInputElement;
    const unique = screen.getByRole('switch', { name: /only this article reports/ }) as HTMLInputElement;
    expect([related.checked, unique.checked]).toEqual([false, false]);
    fireEvent.click(related);
    fireEvent.click(unique);
    expect(changes).toEqual([{ markRelated: true }, { markUnique: true }]);
  });

  it('opens the folded section holding the claim a hover card asked for', () => {
    const record = recordFor('seattletimes');
    const agree = record.result.claims.findIndex((c) => c.status === 'agree');
    render(<Harness state={{ kind: 'ready', record, catalog }} selected={agree} />);
    expect(isOpen('agree')).toBe(true);
    expect(document.querySelector(`#claim-${agree}`)!.className).toContain('tri-entry--selected');
  });

  it.each<[PopupState, RegExp]>([
    [{ kind: 'unsupported' }, /can't run on this page/],
    [{ kind: 'not-article' }, /not an article/],
    [{ kind: 'other-language' }, /not in English/],
    [{ kind: 'analyzing' }, /Comparing this article/],
    [{ kind: 'no-story', catalog }, /No known story on this page/],
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

  it('says which story a page only mentions, why it is not marked, and where, as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=3">Workers at the plant walked out, as staff at another firm did.';
    const mentions = { id: catalog.stories[0]!.id, title: catalog.stories[0]!.title, reason: 'date' as const, sentences: [hostile] };
    render(<Harness state={{ kind: 'no-story', catalog, mentions }} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/This page mentions a story/);
    expect(status.textContent).toContain(catalog.stories[0]!.title);
    expect(status.textContent).toMatch(/published well outside the days/);
    expect(status.textContent).toContain('<img src=x onerror=');
    expect(status.querySelector('.tri-mentions img')).toBeNull();
  });

  it('links the reports of the story a page only mentions, web addresses only', () => {
    const story = catalog.stories[0]!;
    const mentions = { id: story.id, title: story.title, reason: 'date' as const, sentences: ['A later protest recalled the letter.'] };
    const sources = story.sources.map((s, i) => (i === 0 ? { ...s, url: 'javascript:alert(1)' } : s));
    const withBadLink = { ...catalog, stories: [{ ...story, sources }, ...catalog.stories.slice(1)] };
    render(<Harness state={{ kind: 'no-story', catalog: withBadLink, mentions }} />);
    const links = [...screen.getByRole('status').querySelectorAll<HTMLAnchorElement>('.tri-mentions__reports a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(sources.slice(1).flatMap((s) => (s.url ? [s.url] : [])));
    expect(links.length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toContain(sources[0]!.title);
    expect(screen.getByRole('status').textContent).toMatch(/The story’s own reports/);
  });

  it('says a page that only just shares the story\u2019s words is not placed in its days', () => {
    const mentions = { id: catalog.stories[0]!.id, title: catalog.stories[0]!.title, reason: 'uncorroborated' as const, sentences: ['Staff handed the chief executive a second petition.'] };
    render(<Harness state={{ kind: 'no-story', catalog, mentions }} />);
    expect(screen.getByRole('status').textContent).toMatch(/too little of what its sources report .* to be a report of the same event/);
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

describe('the toolbar popup\'s summary', () => {
  const record = recordFor('seattletimes');

  it('leads with the count and what differs, offers the side panel, and leaves the claim list to it', () => {
    const opened: string[] = [];
    const revealed: number[] = [];
    render(
      <Popup state={{ kind: 'ready', record, catalog }} layout="summary" onOpenPanel={() => opened.push('panel')} selected={null} onReveal={(i) => revealed.push(i)}
        marksShown onMarksShown={() => undefined} marking={DEFAULT_MARKING} onMarking={() => undefined} />,
    );
    expect(document.querySelector('.tri-summary__n')!.textContent).toBe(String(checkedCount(record.result)));
    expect(document.querySelectorAll('.tri-differ').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.tri-entry')).toHaveLength(0);
    expect(screen.getByTestId('open-panel').parentElement!.textContent).toContain(`All ${record.result.claims.length} claims`);
    fireEvent.click(screen.getByTestId('open-panel'));
    expect(opened).toEqual(['panel']);
    // A line of what differs shows its claim on the page.
    fireEvent.click(document.querySelector('.tri-differ__link')!);
    expect(revealed).toHaveLength(1);
  });

  it('offers no panel button where there is no panel to open', () => {
    render(<Popup state={{ kind: 'ready', record, catalog }} layout="summary" selected={null} onReveal={() => undefined} marksShown onMarksShown={() => undefined} marking={DEFAULT_MARKING} onMarking={() => undefined} />);
    expect(screen.queryByTestId('open-panel')).toBeNull();
  });
});

describe('what differs, over time', () => {
  it('orders a figure\'s values by date and sets a later report\'s value apart as an update', () => {
    const match = (source: string, outlet: string, there: string) => ({
      source, outlet, text: `${there} people died.`, relation: 'conflict' as const, score: 0.7, diff: [{ op: 'equal' as const, text: 'x' }], speaker: null, differences: [{ kind: 'number' as const, here: '832', there }],
    });
    const claims = [{ text: '832 people died.', start: 0, end: 16, kind: 'number' as const, speaker: null, status: 'conflict' as const, matches: [match('wire', 'Reuters', '1,234'), match('early', 'Morning Post', '384')] }];
    const sources = [
      { id: 'wire', outlet: 'Reuters', title: 't', url: null, date: '2025-03-06' },
      { id: 'early', outlet: 'Morning Post', title: 't', url: null, date: '2025-03-03' },
    ];
    render(<DifferenceSummary claims={claims} sources={sources} pageDate="2025-03-04" />);
    expect([...document.querySelectorAll('.tri-differ')].map((li) => li.textContent)).toEqual([
      "≠Conflicts: 832 here, 384 in Morning Post, a day earlier (reported earlier: this page's is the newer)",
      '↻Updated later: 832 here, 1,234 in Reuters, two days later (an update: reported later)',
    ]);
  });
});
