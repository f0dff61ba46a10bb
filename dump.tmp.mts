import { compileCorpus, detectionIndexOf } from './core/corpus/compile.ts';
import { readStoryFolders } from './scripts/corpus-files.ts';
import { analyzeArticle } from './core/analyze.ts';
const corpus = compileCorpus(readStoryFolders()); const index = detectionIndexOf(corpus);
for (const s of corpus.stories[0]!.sources) {
  const r = analyzeArticle(corpus, index, { text: s.text });
  console.log('=====', s.id);
  r.claims.forEach((c, i) => { if (c.matches.length) console.log(`${i} ${c.text.slice(0, 70)}\n` + c.matches.map(m => `     -> ${m.relation} ${m.score} ${m.source}: ${m.text.slice(0, 70)}`).join('\n')); });
}
