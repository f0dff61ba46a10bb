// A page laid out like a live news site: the banner, the stamped byline, a video's label, an audio prompt and a
// syndication note sit inside the article's own markup. Read as the content script reads it (Readability, then
// extraction), none of them is a claim; every sentence of the report is.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { articleFromHtml } from '../../scripts/html-document.ts';

const PAGE = `<!doctype html><html><head><title>Ashby valley flood: levee gives way at Millbank | Valley Courier</title></head>
<body><header><nav><a href="#">News</a> <a href="#">Sport</a></nav></header>
<main><article>
  <div class="banner">BREAKING NEWS: Levee fails at Millbank</div>
  <h1>Ashby valley flood: levee gives way at Millbank</h1>
  <p class="byline">Theo Lindahl, Valley Courier · Published Tuesday, September 16, 2025 at 3:42 p.m.</p>
  <p class="listen">Listen to this article</p>
  <p>The levee protecting the Millbank neighbourhood collapsed late on Sunday night, flooding hundreds of homes.</p>
  <p>Emergency crews evacuated about 2,400 residents from Kelmford and Ridgeway before the water arrived.</p>
  <p class="video-label">&#9654; Video: Residents describe the night the water came</p>
  <p>The river peaked at 6.4 metres at the Ridgeway gauge early on Monday, the highest level on record.</p>
  <p>"We heard a noise like a train, and then the street was a river," said Maria Keane, who lives on Mill Lane.</p>
  <p>Agency director Tomas Brennick said crews had carried out more than 300 rescues since Saturday.</p>
  <p><em>This article originally appeared on the Northern Herald.</em></p>
</article></main>
<footer>© 2025 Valley Courier</footer></body></html>`;

describe('news furniture inside an article', () => {
  it('reads the report sentences as claims and none of the banner, byline, labels or notes', async () => {
    const { article, closed } = articleFromHtml(PAGE, 'https://valleycourier.example/news/levee-millbank');
    await closed;
    expect(article).not.toBeNull();
    const claims = extractClaims(article!.text).claims.map((c) => c.text);
    for (const furniture of ['BREAKING NEWS', 'Published Tuesday', 'Listen to this article', 'Video:', 'originally appeared']) {
      expect(claims.filter((c) => c.includes(furniture))).toEqual([]);
    }
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.stringContaining('The levee protecting the Millbank neighbourhood collapsed'),
        expect.stringContaining('Emergency crews evacuated about 2,400 residents'),
        expect.stringContaining('The river peaked at 6.4 metres'),
        expect.stringContaining('We heard a noise like a train'),
        expect.stringContaining('more than 300 rescues'),
      ]),
    );
  });
});
