// Covers core/analyze.ts end to end: story and self recognition, result shape, offsets, diffs, and limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, MATCHES_PER_SOURCE } from '../../core/analyze.ts';
import { EXTRACTION_LIMITS } from '../../core/claims/extract.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { STATUS_ORDER, type AnalysisResult, type DiffOp } from '../../core/result.ts';
import { normalizeForCompare } from '../../core/text/normalize.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const story = corpus.stories[0]!;
const sources = story.sources.map((s) => ({ id: s.id, text: s.text, url: s.url }));
const results = new Map<string, AnalysisResult>(sources.map((s) => [s.id, analyzeArticle(corpus, index, { text: s.text })]));

/** The text a diff's ops of the given kinds spell out. */
function spell(diff: readonly DiffOp[], kinds: ReadonlyArray<DiffOp['op']>): string {
  return diff
    .filter((d) => kinds.includes(d.op))
    .map((d) => d.text)
    .join('');
}

describe.each(sources)('analyzeArticle on the bundled source $id', ({ id, text }) => {
  const result = results.get(id)!;

  it('recognizes the story and the page as that source', () => {
    expect(result.story).toMatchObject({ id: story.id, title: story.title, self: id });
    expect(result.story!.score).toBeGreaterThan(0);
    expect(result.story!.score).toBeLessThanOrEqual(1);
    expect(result.truncated).toBe(false);
  });

  it('compares it with the two other sources only', () => {
    const others = story.sources.filter((s) => s.id !== id);
    expect(result.sources).toEqual(others.map(({ id, outlet, title, url, date }) => ({ id, outlet, title, url, date })));
    const matched = new Set(result.claims.flatMap((c) => c.matches.map((m) => m.source)));
    expect(matched.has(id)).toBe(false);
    expect([...matched].every((m) => others.some((o) => o.id === m))).toBe(true);
  });

  it('returns claims whose offsets index the input text, in order', () => {
    expect(result.claims.length).toBeGreaterThan(10);
    let previousEnd = 0;
    for (const claim of result.claims) {
      expect(Object.keys(claim).sort()).toEqual(['end', 'kind', 'matches', 'speaker', 'start', 'status', 'text']);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.start).toBeGreaterThanOrEqual(previousEnd);
      expect(['quote', 'number', 'statement']).toContain(claim.kind);
      previousEnd = claim.end;
    }
  });

  it('finds matches in the other sources, each with a source sentence, a relation and a score', () => {
    const matches = result.claims.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(3);
    for (const m of matches) {
      const source = story.sources.find((s) => s.id === m.source)!;
      expect(m.outlet).toBe(source.outlet);
      expect(source.claims.some((c) => c.text === m.text)).toBe(true);
      expect(['agree', 'conflict', 'quote-variant', 'related']).toContain(m.relation);
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });

  it('keeps at most MATCHES_PER_SOURCE sentences of each source per claim, the strong relations before the merely related', () => {
    const order = ['agree', 'conflict', 'quote-variant'];
    for (const claim of result.claims) {
      for (const source of new Set(claim.matches.map((m) => m.source))) {
        const theirs = claim.matches.filter((m) => m.source === source);
        expect(theirs.length).toBeLessThanOrEqual(MATCHES_PER_SOURCE);
        const firstRelated = theirs.findIndex((m) => m.relation === 'related');
        if (firstRelated >= 0) expect(theirs.slice(firstRelated).every((m) => !order.includes(m.relation))).toBe(true);
      }
    }
  });

  it('gives each claim the strongest relation among its matches as its status, and counts them', () => {
    for (const claim of result.claims) {
      const strongest = STATUS_ORDER.find((s) => claim.matches.some((m) => m.relation === s)) ?? 'unique';
      expect(claim.status).toBe(strongest);
    }
    for (const status of STATUS_ORDER) {
      expect(result.counts[status]).toBe(result.claims.filter((c) => c.status === status).length);
    }
  });

  it('gives word diffs that spell out both sentences', () => {
    // Spacing is left out on this page's side: the diff keeps the other sentence's spaces around equal words.
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const claim of result.claims) {
      for (const m of claim.matches) {
        expect(m.diff.length).toBeGreaterThan(0);
        for (const op of m.diff) expect(['equal', 'insert', 'delete']).toContain(op.op);
        for (let i = 1; i < m.diff.length; i++) expect(m.diff[i]!.op).not.toBe(m.diff[i - 1]!.op);
        expect(squash(spell(m.diff, ['equal', 'delete']))).toBe(squash(normalizeForCompare(claim.text)));
        expect(spell(m.diff, ['equal', 'insert'])).toBe(normalizeForCompare(m.text));
      }
    }
  });

  it('names the differing values of conflicts and quote variants', () => {
    for (const m of result.claims.flatMap((c) => c.matches)) {
      if (m.relation === 'conflict' || m.relation === 'quote-variant') expect(m.differences.length).toBeGreaterThan(0);
      for (const d of m.differences) {
        expect(['number', 'name', 'scope', 'quote']).toContain(d.kind);
        expect(d.here).not.toBe(d.there);
      }
    }
  });
});

describe('analyzeArticle on other input', () => {
  const negative = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'negatives', 'microsoft-jedi-letter.txt'), 'utf8');
  const empty = { agree: 0, conflict: 0, 'quote-variant': 0, related: 0, unique: 0 };

  it('finds no story for a near-miss article: nothing is marked, at most a mention of the story', () => {
    const result = analyzeArticle(corpus, index, { text: negative, title: 'Microsoft employees protest a cloud contract' });
    expect(result).toMatchObject({ story: null, sources: [], claims: [], counts: empty, truncated: false, language: 'en' });
    if (result.mentions) expect(result.mentions.id).toBe(corpus.stories[0]!.id);
  });

  it.each([
    ['an empty string', ''],
    ['whitespace', '\n \t\n'],
    ['debris only', 'Share story\nAdvertisement\n'],
  ])('finds no story, without throwing, for %s', (_name, text) => {
    expect(analyzeArticle(corpus, index, { text })).toEqual({ story: null, sources: [], claims: [], counts: empty, truncated: false, language: 'en' });
  });

  it('recognizes a bundled source by its URL, ignoring scheme, "www.", query, fragment and trailing slash', () => {
    const source = story.sources.find((s) => s.url)!;
    const url = `${source.url!.replace(/^https:\/\/(www\.)?/, 'http://www.').replace(/\/?$/, '/')}?utm_source=x#comments`;
    const result = analyzeArticle(corpus, index, { text: source.text, url });
    expect(result.story).toMatchObject({ id: story.id, self: source.id, score: 1 });
    expect(result.sources.map((s) => s.id)).not.toContain(source.id);
  });

  it('recognizes another outlet\u2019s report as the story without a self source', () => {
    const positive = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'positives', 'wire-service-report.txt'), 'utf8');
    const result = analyzeArticle(corpus, index, { text: positive });
    expect(result.story).toMatchObject({ id: story.id, self: null });
    expect(result.sources.map((s) => s.id)).toEqual(story.sources.map((s) => s.id));
  });

  it('analyzes only the beginning of a 300,000-character text and says so', () => {
    const source = sources[0]!;
    let text = '';
    while (text.length < 300_000) text += `${source.text}\n\n`;
    const result = analyzeArticle(corpus, index, { text });
    expect(result.truncated).toBe(true);
    expect(result.story?.id).toBe(story.id);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.claims.length).toBeLessThanOrEqual(EXTRACTION_LIMITS.maxClaims);
    for (const claim of result.claims) {
      expect(claim.end).toBeLessThanOrEqual(EXTRACTION_LIMITS.maxChars);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });
});

describe('analyzeArticle on a page in another language', () => {
  it.each([
    ['German', 'Mitarbeiter von Microsoft fordern den Konzern in einem offenen Brief an Vorstandschef Satya Nadella auf, einen Vertrag mit der US-Einwanderungsbehörde ICE zu kündigen. Die Beschäftigten kritisieren die Trennung von Familien an der Grenze. Der Vertrag mit ICE hat einen Wert von 19,4 Millionen Dollar. Microsoft erklärte, man sei bestürzt über die Trennung der Kinder von ihren Eltern. Die Mitarbeiter von Microsoft wollen, dass der Vertrag mit ICE gekündigt wird.'],
    ['Chinese', '微软员工发表公开信，要求公司取消与美国移民和海关执法局（ICE）的云计算合同。该合同价值1940万美元。微软员工表示，他们拒绝成为同谋。微软首席执行官纳德拉在给员工的邮件中称，家庭分离政策残酷。Microsoft ICE Microsoft ICE'],
  ])('says the %s text is about no story, and why', (_language, text) => {
    const result = analyzeArticle(corpus, index, { text });
    expect(result.story).toBeNull();
    expect(result.language).toBe('other');
  });
});

describe('analyzeArticle on a short page quoting a bundled source', () => {
  it('does not take the page for that source', () => {
    const motherboard = corpus.stories[0]!.sources.find((s) => s.id === 'motherboard')!;
    const quoted = motherboard.claims.filter((c) => c.kind === 'quote').slice(0, 2).map((c) => c.text);
    const text = [
      'Microsoft employees want the company to end its ICE contract, and Microsoft says it is dismayed by family separations.',
      ...quoted,
      'Microsoft employees sent an open letter to Satya Nadella about the ICE contract this week.',
    ].join(' ');
    const result = analyzeArticle(corpus, index, { text });
    expect(result.story?.id).toBe(corpus.stories[0]!.id);
    expect(result.story?.self).toBeNull();
    expect(result.sources.map((s) => s.id)).toContain('motherboard');
  });
});
