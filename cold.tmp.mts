import { readFileSync, readdirSync } from 'node:fs';
const idx = JSON.parse(readFileSync('/tmp/idx.json', 'utf8'));
const { detectStory, quickTermCounts, termCounts, rankStories } = await import('./core/detect/detect.ts');
const text = readFileSync('tests/fixtures/negatives/google-maven-resignations.txt', 'utf8');
const out = [];
for (let i = 0; i < 8; i++) { const a = performance.now(); detectStory(idx, text, 0.3); out.push((performance.now() - a).toFixed(2)); }
console.log('detect', out.join(' '));
for (const dir of ['positives', 'negatives']) for (const f of readdirSync(`tests/fixtures/${dir}`)) { const t = readFileSync(`tests/fixtures/${dir}/${f}`, 'utf8'); console.log(dir, f, rankStories(idx, quickTermCounts(t, idx))[0]?.score, rankStories(idx, termCounts(t))[0]?.score); }
