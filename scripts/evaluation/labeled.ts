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

/** Parses one labeled file; null when it has no LABEL header (a story source, a README). */
export function parseLabeled(file: string, content: string, folderStory: string | null): LabeledArticle | null {
  const lines = content.split('\n');
  const header = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!.trimEnd());
    if (!m) break;
    header.set(m[1]!, m[2]!.trim());
  }
  const label = header.get('LABEL');
  if (label !== 'same-story' && label !== 'other-story') return null;
  const known = (v: string | undefined) => (v && !/^unknown\b/i.test(v) ? v : null);
  const date = known(header.get('DATE'));
  return {
    file,
    url: known(header.get('URL')),
    title: known(header.get('TITLE')),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    outlet: known(header.get('OUTLET')),
    label,
    story: header.get('STORY') ?? folderStory,
    body: lines.slice(i).join('\n').replace(/^\n+/, ''),
  };
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
