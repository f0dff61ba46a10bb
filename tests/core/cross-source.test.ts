// Every cross-source claim a careful reader finds in a bundled story (tests/fixtures/expectations/<story>.json),
// checked in both directions on the real analysis: each page's sources compared with the others.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import type { AnalysisResult, Relation } from '../../core/result.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';

interface Pair {
  readonly what: string;
  readonly a: [source: string, phrase: string];
  readonly b: [source: string, phrase: string];
  readonly relations?: Relation[];
  readonly difference?: string;
  /** Why the analysis misses this pair today: the miss is data, shown by `evaluate`, and checked to be still true. */
  readonly missed?: string;
}

const DIR = join(import.meta.dirname, '..', 'fixtures', 'expectations');
const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { story: string; pairs: Pair[]; distinct: Pair[] };
  const story = corpus.stories.find((s) => s.id === expected.story)!;
  const results = new Map<string, AnalysisResult>(story.sources.map((s) => [s.id, analyzeArticle(corpus, index, { text: s.text })]));

  /** The matches the page `from` has, for its sentence containing `phrase`, with sentences of `to` containing `other`. */
  const matchesBetween = ([from, phrase]: [string, string], [to, other]: [string, string]) => {
    const claims = results.get(from)!.claims.filter((c) => straight(c.text).includes(phrase));
    expect(claims, `"${phrase}" is one sentence of ${from}`).toHaveLength(1);
    return claims[0]!.matches.filter((m) => m.source === to && straight(m.text).includes(other));
  };

  describe(`${expected.story}: what a careful reader finds`, () => {
    const found = (pair: Pair) =>
      ([[pair.a, pair.b], [pair.b, pair.a]] as const).every(([here, there]) => {
        const matches = matchesBetween(here, there);
        return matches.length > 0 && pair.relations!.includes(matches[0]!.relation) && (!pair.difference || matches[0]!.differences.some((d) => d.kind === pair.difference));
      });

    it.each(expected.pairs.filter((p) => p.missed).map((p) => [p.what, p] as const))('a known miss, still missed (fix it and drop its "missed"): %s', (_what, pair) => {
      expect(found(pair)).toBe(false);
    });

    it.each(expected.pairs.filter((p) => !p.missed).map((p) => [p.what, p] as const))('%s', (_what, pair) => {
      for (const [here, there] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        const found = matchesBetween(here, there);
        expect(found.map((m) => m.relation), `${here[0]} → ${there[0]}`).not.toEqual([]);
        expect(pair.relations).toContain(found[0]!.relation);
        if (pair.difference) expect(found[0]!.differences.map((d) => d.kind)).toContain(pair.difference);
      }
    });

    it.each(expected.distinct.map((p) => [p.what, p] as const))('not the same claim: %s', (_what, pair) => {
      for (const [here, there] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        const relations = matchesBetween(here, there).map((m) => m.relation);
        expect(relations).not.toContain('agree');
        expect(relations).not.toContain('quote-variant');
      }
    });
  });
}
