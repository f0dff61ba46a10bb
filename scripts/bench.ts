/// <reference types="chrome" />
// `npm run bench [-- --pages DIR] [--markdown FILE]`: how fast the analysis is in Node, the background's start with 0 and 100 own
// stories, and what the content scripts cost in Chromium; with --pages, what the extension adds to the script time
// of every DIR/<name>/source.html (read at run time only, e.g. ../shared/realpages), as ../shared/tools/page-cost.mjs
// measures it.
// Prints Markdown tables; `--markdown FILE` also writes them as a page (docs/benchmark.md, which the README links to).
// Nothing here is asserted: speed is measured, not tested.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeArticle } from '../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import { buildDetectionIndex, quickTermCounts, rankStories } from '../core/detect/detect.ts';
import { buildFingerprint } from '../core/detect/fingerprint.ts';
import type { PageStatus } from '../lib/messages.ts';
import { measurePages, quantile, type PageGot } from './bench-pages.ts';
import { ownStoriesBench } from './bench-own-stories.ts';
import { backgroundStartBench } from './bench-start.ts';
import { launchWithExtension } from '../tests/e2e/chromium.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';
import { hostilePages, oneOfEachKind } from '../tests/fixtures/hostile/generate.ts';
import { readStoryFolders } from './corpus-files.ts';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'tests', 'fixtures');

function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Rounds of analyses over the bundled sources before anything is timed. */
const WARM_UP_ROUNDS = 10;

function nodeBench(): Array<[string, string, string]> {
  const corpus = compileCorpus(readStoryFolders());
  const index = detectionIndexOf(corpus);
  const rows: Array<[string, string, string]> = [];
  const story = corpus.stories[0]!;
  // Warm up the stemmer cache and the JIT the way a long-lived background would be: one run each left the first
  // article's figure to the compiler's early tiers (about twice its steady time).
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const s of story.sources) analyzeArticle(corpus, index, { text: s.text });
  for (const source of story.sources) {
    rows.push([`Full analysis: ${source.outlet} (${words(source.text)} words)`, ms(median(30, () => analyzeArticle(corpus, index, { text: source.text }))), '< 10 ms for 1,500 words']);
  }
  const joined = `${story.sources[0]!.text}\n${story.sources[2]!.text}`;
  rows.push([`Full analysis: a ${words(joined).toLocaleString('en')}-word article about the story (two sources joined)`, ms(median(30, () => analyzeArticle(corpus, index, { text: joined }))), '< 10 ms for 1,500 words']);
  const negatives = readdirSync(join(fixtures, 'negatives')).map((f) => readFileSync(join(fixtures, 'negatives', f), 'utf8'));
  const pieces = [...story.sources.map((s) => s.text), ...negatives];
  let long = '';
  for (let i = 0; words(long) < 10_000; i++) long += `${pieces[i % pieces.length]}\n\n`;
  rows.push([`Full analysis: a ${words(long).toLocaleString('en')}-word article`, ms(median(10, () => analyzeArticle(corpus, index, { text: long }))), '']);
  const page = negatives[0]!;
  rows.push([`Detection alone, page about no story (${words(page)} words)`, ms(median(200, () => rankStories(index, quickTermCounts(page, index)))), '< 1 ms']);
  // 999 generated stories with vocabularies drawn from the negatives' words, plus the bundled one.
  const vocabulary = [...new Set(negatives.join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  const generated = Array.from({ length: 999 }, (_, i) => {
    const text = Array.from({ length: 300 }, (_, k) => vocabulary[(i * 7919 + k * 104_729) % vocabulary.length]).join(' ');
    return { id: `generated-${i}`, title: `Generated ${i}`, fingerprint: buildFingerprint([text, text.split(' ').reverse().join(' ')]) };
  });
  const big = buildDetectionIndex([...corpus.stories, ...generated]);
  const source = story.sources[0]!.text;
  rows.push(['Detection against 1,000 stories', ms(median(200, () => rankStories(big, quickTermCounts(source, big)))), '< 5 ms']);
  // Worst case over the generated hostile pages (text as the content script would send it, tags stripped).
  let worst = { name: '', time: 0 };
  for (const page of hostilePages()) {
    const text = page.html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]*>/g, ' ');
    const t = performance.now();
    analyzeArticle(corpus, index, { text });
    const time = performance.now() - t;
    if (time > worst.time) worst = { name: page.name, time };
  }
  rows.push([`Worst case over ${hostilePages().length} hostile pages (${worst.name})`, ms(worst.time), 'bounded by the size limits']);
  return rows;
}

async function browserBench(): Promise<Array<[string, string, string, string, string]>> {
  const server = await startFixtureServer(Object.fromEntries(oneOfEachKind().map((p) => [`/hostile/${p.name}/`, { body: p.html }])));
  const browser = await launchWithExtension();
  const rows: Array<[string, string, string, string, string]> = [];
  const pages = ['seattletimes-article', 'motherboard-article', 'mashable-article', 'google-maven-article', 'microsoft-github-article', 'non-article-page', ...oneOfEachKind().map((p) => `hostile/${p.name}`)];
  try {
    for (const slug of pages) {
      const totals: number[] = [];
      const quick: number[] = [];
      const steps: Record<'load' | 'extract' | 'analysis' | 'paint', number[]> = { load: [], extract: [], analysis: [], paint: [] };
      let last: PageStatus | null = null;
      for (let run = 0; run < (slug.startsWith('hostile/') ? 3 : 5); run++) {
        const page = await browser.open(slug.startsWith('hostile/') ? `${server.origin}/${slug}/` : server.url(slug));
        await browser.judged(server.origin);
        for (let tries = 0; tries < 100; tries++) {
          last = await browser.statusOf(page);
          if (!last || (last.state !== 'checking' && last.state !== 'analyzing')) break;
          await page.waitForTimeout(50);
        }
        if (last?.timings?.total !== undefined) totals.push(last.timings.total);
        if (last?.timings?.quickLook !== undefined) quick.push(last.timings.quickLook);
        for (const step of ['load', 'extract', 'analysis', 'paint'] as const) {
          const t = last?.timings?.[step];
          if (t !== undefined && last?.timings?.total !== undefined) steps[step].push(t);
        }
        await page.close();
      }
      const med = (xs: number[]) => (xs.length ? ms(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!) : '—');
      const split = totals.length ? (['load', 'extract', 'analysis', 'paint'] as const).map((step) => med(steps[step])).join(' / ') : '';
      rows.push([slug, last?.state ?? 'no script (title and address name no story)', med(quick), med(totals), split]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function sizes(): Array<[string, string, string]> {
  const out = join(root, '.output', 'chrome-mv3');
  const files: Array<[string, string]> = [
    ['First look (pages whose title, address or heading names a story)', 'look.js'],
    ['Content script on story pages (loaded when the first look passes)', 'content-scripts/session.js'],
    ['Background', 'background.js'],
  ];
  return files.map(([label, file]) => {
    const bytes = readFileSync(join(out, file));
    return [label, `${(bytes.length / 1024).toFixed(1)} KiB`, `${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`];
  });
}

/** The text of each page the own-stories bench looks at: the real pages given with --pages, else the fixture pages. */
function pageTexts(): string[] {
  const dir = pagesDir ?? join(fixtures, 'pages');
  return readdirSync(dir).flatMap((name) => {
    for (const file of ['source.html', 'index.html']) {
      try {
        return [readFileSync(join(dir, name, file), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').slice(0, 100_000)];
      } catch {
        // try the next name
      }
    }
    return [];
  });
}

/** Words the generated stories are written in: those of the negative fixtures (news about other things). */
function benchVocabulary(): string[] {
  const negatives = readdirSync(join(fixtures, 'negatives')).map((f) => readFileSync(join(fixtures, 'negatives', f), 'utf8'));
  return [...new Set(negatives.join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? [])];
}

const USAGE = 'usage: npm run bench [-- --pages DIR] [--markdown FILE]   (DIR/<name>/source.html)';

/** The value after an option, undefined when the option is absent; exits with the usage when it has none. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(USAGE);
    process.exit(2);
  }
  return value;
}

const pagesDir = option('--pages');
const markdownFile = option('--markdown');
/** Every line printed, kept for --markdown. */
const lines: string[] = [];
/** Prints a line and keeps it for the Markdown page. */
function out(...parts: string[]): void {
  const line = parts.join(' ');
  console.log(line);
  lines.push(line);
}
const startLoad = loadavg()[0]!;

out('## Analysis in Node (median)\n');
out('| Measure | Median | Target |\n|---|---|---|');
for (const [a, b, c] of nodeBench()) out(`| ${a} | ${b} | ${c} |`);
out('\n## 100 own stories of 10 sources (generated), in Node\n');
out('| Measure | Figure | Target |\n|---|---|---|');
for (const [a, b, c] of await ownStoriesBench(pageTexts(), benchVocabulary())) out(`| ${a} | ${b} | ${c} |`);
out('\n## Background start, in Node over fake-indexeddb (median)\n');
out('| Measure | Figure | Target |\n|---|---|---|');
for (const [a, b, c] of await backgroundStartBench(benchVocabulary())) out(`| ${a} | ${b} | ${c} |`);
out('\n## Content scripts in Chromium (median of 5 loads, measured by the scripts themselves)\n');
out('| Page | Outcome | First look | Document idle → marks painted | of which: load full script / extract / analysis round trip / paint |\n|---|---|---|---|---|');
for (const [a, b, c, d, e] of await browserBench()) out(`| ${a} | ${b} | ${c} | ${d} | ${e} |`);
out('\n## Bundle sizes (Chrome build)\n');
out('| File | Size | Gzip |\n|---|---|---|');
for (const [a, b, c] of sizes()) out(`| ${a} | ${b} | ${c} |`);

if (pagesDir) {
  const costs = await measurePages(pagesDir);
  const row = (label: string, xs: readonly number[]) =>
    `| ${label} | ${xs.length} | ${xs.length ? `${ms(quantile(xs, 0.5))} | ${ms(quantile(xs, 0.9))} | ${ms(Math.max(...xs))}` : '— | — | —'} |`;
  out(`\n## What a page pays: real pages in Chromium (${costs.length} pages from ${pagesDir})\n`);
  out('Script time DevTools counts with the extension, less the same page\'s without it (as ../shared/tools/page-cost.mjs).\n');
  out('| Pages | Count | Median | p90 | Worst |\n|---|---|---|---|---|');
  out(row('All', costs.map((c) => c.added)));
  const gots: ReadonlyArray<[PageGot, string]> = [
    ['nothing', 'Nothing went in (title and address name no story)'],
    ['heading read', 'Its first heading read by the background (title only a site\'s name)'],
    ['first look', 'The first look'],
    ['full script', 'The full script'],
  ];
  for (const [got, label] of gots) out(row(label, costs.filter((c) => c.got === got).map((c) => c.added)));
  out('\nMost added:', [...costs].sort((a, b) => b.added - a.added).slice(0, 5).map((c) => `${c.name} ${ms(c.added)} (${c.got})`).join(', '));
}

if (markdownFile) {
  const options = [pagesDir ? `--pages ${pagesDir}` : '', `--markdown ${markdownFile}`].filter(Boolean).join(' ');
  const header = [
    '# Benchmark',
    '',
    `Written by \`npm run bench -- ${options}\` on ${new Date().toISOString().slice(0, 10)}; never edited by hand. Run the same`,
    'command to bring it up to date.',
    '',
    `Node ${process.version}, ${availableParallelism()} cores, load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end:`,
    'browser times move a lot between runs on a busy machine; compare runs taken in the same conditions.',
    '',
    'What is measured: the analysis in the background, run in Node on the bundled story\'s sources, a long article and',
    'generated hostile pages; the background with 100 generated own stories (compiling them, the judge\'s look at a',
    'page, a start reading what the library kept, over `fake-indexeddb`); the content scripts in Chromium on the demo',
    'and hostile pages, timed by the scripts themselves and reported through the message contract; the size of the',
    'shipped scripts; with `--pages`, what the extension adds to the script time DevTools counts on each real page.',
    '',
  ];
  writeFileSync(markdownFile, `${[...header, ...lines].join('\n')}\n`);
  console.log(`\nWrote ${markdownFile}`);
}
