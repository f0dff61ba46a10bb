// `npm run --silent analyze -- FILE [--corpus DIR|PACK.zip]... [--json]`: cross-references an article (.txt, or
// .html through the same Readability extraction the content script uses) against the bundled stories. `--corpus`
// adds stories beside them (a story pack's folder, a folder of them, or a pack's .zip as the Stories page exports
// it), so a pack can be checked before it is shared.
import './cli-guards.ts';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyzeArticle, type ArticleInput } from '../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import type { Corpus } from '../core/corpus/types.ts';
import type { AnalysisResult, ClaimStatus } from '../core/result.ts';
import { RELATION_LABELS } from '../shared/relation.ts';
import { corpusOptions, storyFoldersWith } from './corpus-files.ts';
import { readHeader } from './evaluation/labeled.ts';
import { articleFromHtml } from './html-document.ts';
import { diffLine, styler, wantsColor } from './terminal-text.ts';

const USAGE = 'usage: npm run --silent analyze -- FILE [--corpus DIR|PACK.zip]... [--json]   (FILE: a .txt or .html article)';
/** Files larger than this are refused rather than read into memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

function readInput(file: string): ArticleInput {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) fail(`${file} is larger than 50 MB`);
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`no such file: ${file}`);
    if (code === 'EISDIR') fail(`${file} is a directory, not a file`);
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (bytes.includes(0)) fail(`${file} is a binary file, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g)?.length ?? 0) > Math.max(8, text.length / 100)) fail(`${file} is not UTF-8 text`);
  if (text.trim() === '') fail(`${file} is empty`);
  if (!/\.html?$/i.test(extname(file))) return textInput(text);
  const { article, title } = articleFromHtml(text);
  if (!article) {
    process.stderr.write(`analyze: no article found in ${file}; nothing to compare\n`);
    return { text: '', title };
  }
  return { text: article.text, title: article.title, date: article.date, headlines: article.headlines };
}

/**
 * A text file's article: a file that opens with the dev set's header lines (URL, TITLE, DATE) gives the page's
 * address, headline and date that way, as a browser page gives them in its markup; other text is all article.
 */
function textInput(text: string): ArticleInput {
  const header = readHeader(text);
  const described = ['URL', 'TITLE', 'DATE'].some((key) => header.fields.has(key));
  return described ? { text: header.body, title: header.title ?? undefined, date: header.date, url: header.url } : { text };
}

const color = wantsColor(process.stdout);
const styleText = styler(color);

function paint(status: ClaimStatus, text: string): string {
  const colors = { conflict: 'red', 'quote-variant': 'magenta', agree: 'blue', related: 'gray', unique: 'gray' } as const;
  return styleText(colors[status], text);
}

/** The outlet of the story's source this page is ("The Varnholm Courier"), as readers know it; null when none. */
function selfOutlet(corpus: Corpus, result: AnalysisResult): string | null {
  const story = result.story;
  if (!story?.self) return null;
  return corpus.stories.find((s) => s.id === story.id)?.sources.find((s) => s.id === story.self)?.outlet ?? story.self;
}

function printForPeople(result: AnalysisResult, ownStories: boolean, self: string | null): void {
  if (!result.story) {
    console.log(`No ${ownStories ? '' : 'bundled '}story recognized in this article.`);
    const m = result.mentions;
    if (m) {
      const why = { date: 'its date is outside the story\'s days', 'later-year': 'it speaks of a later year', 'headline-names': 'its headline is about someone else', uncorroborated: 'no date or quotation of the sources places it in the story\'s days', weak: 'it shares too little of the story' }[m.reason];
      console.log(`It mentions "${m.title}" (not taken for a report of it: ${why}):`);
      for (const sentence of m.sentences) console.log(`  - ${sentence}`);
    }
    return;
  }
  const own = self ? ` (this page is ${self}'s report)` : '';
  console.log(styleText('bold', `Story: ${result.story.title}`) + ` — score ${result.story.score}${own}`);
  if (result.sources.length === 0) {
    console.log("This page is the story's only source: a second report of the same event will give it something to compare with.");
    return;
  }
  console.log(`Compared with: ${result.sources.map((s) => s.outlet).join(', ')}`);
  const c = result.counts;
  console.log(`${c.agree} agree · ${c.conflict} conflict · ${c['quote-variant']} quoted differently · ${c.related} related · ${c.unique} only here\n`);
  for (const claim of result.claims) {
    if (claim.matches.length === 0) continue;
    const label = RELATION_LABELS[claim.status];
    console.log(`${paint(claim.status, `${label.icon} ${label.label}`)}  ${styleText('bold', claim.text)}${claim.speaker ? styleText('gray', `  — ${claim.speaker}`) : ''}`);
    for (const match of claim.matches) {
      // Wordings with nothing in common read better whole than as one long deletion and insertion.
      const wording = match.diff.some((op) => op.op === 'equal') ? diffLine(match.diff, color) : match.text;
      console.log(`   ${styleText('bold', match.outlet)} ${paint(match.relation, `(${RELATION_LABELS[match.relation].label.toLowerCase()}, ${match.score})`)}: ${wording}`);
      for (const d of match.differences) console.log(`      ${d.kind}: ${styleText('red', d.here)}  ≠  ${styleText('green', d.there)}`);
    }
    console.log('');
  }
  if (result.truncated) console.log('Note: the text was very long; only its beginning was analyzed.');
}

/** The bundled stories and those of the `--corpus` folders, compiled; a malformed one names its file and field. */
function loadCorpus(corpora: readonly string[]): Corpus {
  try {
    return compileCorpus(storyFoldersWith(corpora).folders);
  } catch (error) {
    fail((error as Error).message);
  }
}

const { corpora, rest } = corpusOptions(process.argv.slice(2), (message) => fail(`${message}\n${USAGE}`));
const json = rest.includes('--json');
const files = rest.filter((a) => a !== '--json');
if (files.length !== 1 || files[0]!.startsWith('-')) fail(USAGE);
const input = readInput(files[0]!);
const corpus = loadCorpus(corpora);
const result = { ...analyzeArticle(corpus, detectionIndexOf(corpus), input), date: input.date ?? null };
if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else printForPeople(result, corpora.length > 0, selfOutlet(corpus, result));
