// Reading a folder of labeled articles for `npm run evaluate`: header lines (URL, TITLE, DATE, OUTLET, LABEL,
// NOTE, optionally STORY), a blank line, then the text — the format of ../shared/devset.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** One labeled article of an evaluation folder. */
export interface LabeledArticle {
  /** Path relative to the evaluation folder ("same-story/01-techcrunch.txt"). */
  readonly file: string;
  readonly url: string | null;
  readonly title: string | null;
  /** yyyy-mm-dd, or null when the header says `unknown`. */
  readonly date: string | null;
  readonly outlet: string | null;
  /** `same-story` or `other-story`. */
  readonly label: 'same-story' | 'other-story';
  /** The story the article is about (STORY header, or the folder it is in), when the header does not leave it open. */
  readonly story: string | null;
  /** The text after the header. */
  readonly body: string;
}

const HEADER = /^([A-Z]+):\s?(.*)$/;

/** What a file's header lines say about its article (null where a header is missing or `unknown`), and the text after them. */
export interface ArticleHeader {
  readonly fields: ReadonlyMap<string, string>;
  readonly url: string | null;
  readonly title: string | null;
  /** yyyy-mm-dd, or null. */
  readonly date: string | null;
  readonly body: string;
}

/** Reads the header lines ("URL: ...", "TITLE: ...", "DATE: ...") at the top of a text, as the dev set writes them. */
export function readHeader(content: string): ArticleHeader {
  const lines = content.split('\n');
  const fields = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!.trimEnd());
    if (!m) break;
    fields.set(m[1]!, m[2]!.trim());
  }
  const date = known(fields.get('DATE'));
  return {
    fields,
    url: known(fields.get('URL')),
    title: known(fields.get('TITLE')),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    body: lines.slice(i).join('\n').replace(/^\n+/, ''),
  };
}

function known(value: string | undefined): string | null {
  return value && !/^unknown\b/i.test(value) ? value : null;
}

/** Parses one labeled file; null when it has no LABEL header (a story source, a README). */
export function parseLabeled(file: string, content: string, folderStory: string | null): LabeledArticle | null {
  const { fields, url, title, date, body } = readHeader(content);
  const label = fields.get('LABEL');
  if (label !== 'same-story' && label !== 'other-story') return null;
  return { file, url, title, date, outlet: known(fields.get('OUTLET')), label, story: fields.get('STORY') ?? folderStory, body };
}

/**
 * Every labeled article under `dir`, in path order. Story folders (with a sources.json) hold sources, not
 * labeled articles, and are skipped. A folder named after a story ("<story-id>-reports") says which story
 * its same-story articles are about.
 */
export function readLabeledFolder(dir: string, storyIds: readonly string[]): LabeledArticle[] {
  const out: LabeledArticle[] = [];
  const walk = (folder: string, folderStory: string | null) => {
    if (existsSync(join(folder, 'sources.json'))) return;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path, storyIds.find((id) => name === id || name.startsWith(`${id}-`)) ?? folderStory);
      } else if (name.endsWith('.txt')) {
        const article = parseLabeled(relative(dir, path), readFileSync(path, 'utf8'), folderStory);
        if (article) out.push(article);
      }
    }
  };
  walk(dir, storyIds.find((id) => basename(dir) === id || basename(dir).startsWith(`${id}-`)) ?? null);
  return out;
}
