// Covers page/extract.ts headlines: the page's headline in its other forms, for a report whose title Readability
// shortens (it keeps what follows a colon).
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '../../page/extract.ts';
import { htmlDocument } from '../../scripts/html-document.ts';

const paragraph = 'The airline grounded forty jets on Tuesday after an engine fire in Denver, and inspectors began work on every engine of the type the same night. ';

function page(title: string, h1: string, ogTitle: string | null): string {
  return `<!DOCTYPE html><html><head><title>${title}</title>${ogTitle ? `<meta property="og:title" content="${ogTitle}">` : ''}</head>
<body><article><h1>${h1}</h1><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(3)}</p></article></body></html>`;
}

describe('extractArticle headlines', () => {
  it('keeps the document title, social title and first heading where they differ from the title kept', () => {
    const article = extractArticle(htmlDocument(page('Okafor: Safety comes before the timetable', 'Okafor: Safety comes before the timetable, every time', 'Okafor says safety comes first'))) as ExtractedArticle;
    // Readability takes the social title for the title here; the document title and the heading are the others.
    const forms = ['Okafor says safety comes first', 'Okafor: Safety comes before the timetable', 'Okafor: Safety comes before the timetable, every time'];
    expect([article.title, ...article.headlines].sort()).toEqual([...forms].sort());
    expect(article.headlines).not.toContain(article.title);
    expect(new Set(article.headlines).size).toBe(article.headlines.length);
  });

  it('gives none when every form is the title itself', () => {
    const article = extractArticle(htmlDocument(page('Airline grounds forty jets after engine fire', 'Airline grounds forty jets after engine fire', null))) as ExtractedArticle;
    expect(article.headlines).toEqual([]);
  });
});

describe('extractArticle headlines on odd pages', () => {
  it('leaves out a heading that holds a whole page of text', () => {
    const article = extractArticle(htmlDocument(page('Airline grounds forty jets', paragraph.repeat(5), null))) as ExtractedArticle;
    expect(article.headlines.every((h) => h.length <= 300)).toBe(true);
  });
});
