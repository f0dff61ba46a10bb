// How `npm run evaluate` shows its figures: lines for a terminal, or a Markdown page (docs/evaluation.md) that is
// only ever written by the command, never by hand.
import type { GateFigures } from './gate.ts';
import type { RealPagesFigures } from './real-pages.ts';
import type { DetectionFigures, StoryMatching, Tally } from './measure.ts';

/** Everything one run measured: with the models judged (`judged`), and in-sample beside when leaving stories out. */
export interface EvaluationRun {
  readonly command: string;
  readonly stories: readonly string[];
  readonly leaveOneOut: boolean;
  readonly detection: DetectionFigures;
  readonly matching: ReadonlyMap<string, StoryMatching>;
  readonly inSample?: { readonly detection: DetectionFigures; readonly matching: ReadonlyMap<string, StoryMatching> };
  readonly betweenSources: ReadonlyMap<string, Tally>;
  /** Detection with the same models on the articles' text alone (no address, headline or date). */
  readonly bare: DetectionFigures;
  readonly realPages?: RealPagesFigures & { readonly dir: string };
  /** The background's head gate on the reports' headlines and addresses, and on the real pages' titles. */
  readonly gate: GateFigures;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);
const frac = (t: { right: number; total: number } | undefined) => (t ? `${t.right} of ${t.total}` : '—');

/** Pairs of all stories with an accepted relation. */
export function pooled(matching: ReadonlyMap<string, StoryMatching>): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const m of matching.values()) for (const t of [m.between, m.reports]) if (t) ((right += t.right), (total += t.total));
  return { right, total };
}

/** The run as lines for a terminal; `quiet` leaves out the list of misses. */
export function textReport(run: EvaluationRun, quiet: boolean): string[] {
  const lines = [`Stories: ${run.stories.join(', ')}`, ''];
  const beside = (pick: (r: { detection: DetectionFigures; matching: ReadonlyMap<string, StoryMatching> }) => Tally | undefined) => {
    const t = run.inSample ? pick(run.inSample) : undefined;
    return t ? ` (in-sample ${t.right} of ${t.total})` : '';
  };
  lines.push(run.leaveOneOut ? 'Detection (leave one story out: each candidate story decided by a model trained without it)' : 'Detection');
  for (const [id, t] of run.detection.reports) {
    lines.push(`  ${id}: ${t.right} of ${t.total} reports recognized${beside((r) => r.detection.reports.get(id))}`);
    if (!quiet) lines.push(...t.misses.map((m) => `    ${m}`));
  }
  lines.push('', 'Detection from the text alone (no address, headline or date)');
  for (const [id, t] of run.bare.reports) lines.push(`  ${id}: ${t.right} of ${t.total} reports recognized`);
  lines.push(`  other events taken for a story: ${run.bare.otherEvents.total - run.bare.otherEvents.right} of ${run.bare.otherEvents.total}`);
  lines.push('', 'Head gate (each story\'s gate words on its reports\' headline and address, before any script runs)');
  for (const [id, t] of run.gate.reports) {
    lines.push(`  ${id}: ${t.right} of ${t.total} reports let through`);
    if (!quiet) lines.push(...t.misses.map((m) => `    ${m}`));
  }
  if (run.realPages) lines.push(`  real pages (all ${gateTotal(run.gate)}, every story's gate words, title only): ${gateLine(run.gate)}`);
  const o = run.detection.otherEvents;
  lines.push(`  other events taken for a story: ${o.total - o.right} of ${o.total}${run.inSample ? ` (in-sample ${run.inSample.detection.otherEvents.total - run.inSample.detection.otherEvents.right})` : ''}`);
  if (!quiet) lines.push(...o.misses.map((m) => `    ${m}`));
  if (run.matching.size > 0) {
    lines.push('', run.leaveOneOut ? 'Matching (pairs.json; leave one story out: each story matched by a model trained without it)' : 'Matching (pairs.json)');
    for (const [id, m] of run.matching) {
      for (const [what, key] of [['between its sources', 'between'], ["other outlets' reports", 'reports']] as const) {
        const t = m[key];
        if (!t) continue;
        lines.push(`  ${id}, ${what}: ${t.total} pairs, ${t.found} found, ${t.right} with the right relation (${pct(t.right, t.total)})${beside((r) => r.matching.get(id)?.[key])}`);
        if (!quiet) lines.push(...t.misses.map((x) => `    ${x}`));
      }
      if (m.negatives) {
        lines.push(`  ${id}, must-not-match pairs: ${m.negatives.total - m.negatives.right} of ${m.negatives.total} matched`);
        if (!quiet) lines.push(...m.negatives.misses.map((x) => `    ${x}`));
      }
    }
    const all = pooled(run.matching);
    const inSample = run.inSample ? pooled(run.inSample.matching) : null;
    lines.push(`  all stories: ${all.right} of ${all.total} pairs with the right relation (${pct(all.right, all.total)})${inSample ? ` (in-sample ${inSample.right} of ${inSample.total})` : ''}`);
  }
  for (const [id, t] of run.betweenSources) {
    lines.push('', `Between the bundled sources of ${id}: ${t.right} of ${t.total} expected matches right (${pct(t.right, t.total)})`);
    if (!quiet) lines.push(...t.misses.map((m) => `    ${m}`));
  }
  if (run.realPages) {
    const r = run.realPages;
    lines.push('', `Real pages (${r.dir}, the half the model did not learn from): ${r.taken.length} of ${r.pages} taken for a story${r.taken.length > 0 ? ` (${r.taken.join(', ')})` : ''}`);
    lines.push(`  analyzed against every story by force: ${r.strong.length} strong matches (agree, conflict, quote-variant), ${r.related} related`);
    if (!quiet) lines.push(...r.strong.map((m) => `    ${m.relation} ${m.page} / ${m.story}: "${m.text.slice(0, 90)}" ~ "${m.other.slice(0, 90)}"`));
  }
  return lines;
}

const gateTotal = (g: GateFigures) => g.realPages.look + g.realPages.heading + g.realPages.none;
const gateLine = (g: GateFigures) =>
  `${g.realPages.look} get the first look, ${g.realPages.heading} have their first heading read (a title that is only a site's name), ${g.realPages.none} get nothing`;

/** Score bands of the reliability table: does a match scored 0.8 come out right about four times in five? */
const BANDS: ReadonlyArray<readonly [number, number]> = [[0, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.01]];

/** The run as a Markdown page. */
export function markdownReport(run: EvaluationRun, date: string): string {
  const out = [
    '# Evaluation',
    '',
    `Written by \`${run.command}\` on ${date}; never edited by hand. Run the same command to bring it up to date.`,
    '',
  ];
  if (run.leaveOneOut) {
    out.push(
      'Every figure is **leave one story out**: each story is judged by models trained without its labelled pairs, its',
      'reports and its sources (`npm run train` makes the committed models from all of them). In-sample figures, from the',
      'committed models, are in brackets. The head gate (lib/tab-gate.ts) is not learned: it is each story\'s key names',
      'and quoted people, read from its sources, on a report\'s headline and address. "From the text alone" gives the',
      'same reports with no address, headline or date, as a pasted text would come.',
      '',
    );
  }
  const inS = (t: Tally | undefined) => (run.inSample ? ` (${frac(t)})` : '');
  out.push('| Story | Reports let through by the head gate | Reports recognized | from the text alone | Pairs right: other outlets | Pairs right: between its sources | Must-not-match pairs matched |', '|---|---|---|---|---|---|---|');
  for (const id of run.stories) {
    const d = run.detection.reports.get(id);
    const m = run.matching.get(id);
    const n = m?.negatives;
    const sample = run.inSample;
    out.push(
      `| ${id} | ${frac(run.gate.reports.get(id))} | ${frac(d)}${sample ? inS(sample.detection.reports.get(id)) : ''} | ${frac(run.bare.reports.get(id))} | ${frac(m?.reports)}${sample ? inS(sample.matching.get(id)?.reports) : ''} | ${frac(m?.between)}${sample ? inS(sample.matching.get(id)?.between) : ''} | ${n ? `${n.total - n.right} of ${n.total}` : '—'} |`,
    );
  }
  const all = pooled(run.matching);
  const sampleAll = run.inSample ? pooled(run.inSample.matching) : null;
  const o = run.detection.otherEvents;
  out.push(
    '',
    `- All stories' pairs with an accepted relation: **${all.right} of ${all.total} (${pct(all.right, all.total)})**${sampleAll ? ` (in-sample ${sampleAll.right} of ${sampleAll.total}, ${pct(sampleAll.right, sampleAll.total)})` : ''}.`,
    `- Articles about other events taken for a story: **${o.total - o.right} of ${o.total}**${run.inSample ? ` (in-sample ${run.inSample.detection.otherEvents.total - run.inSample.detection.otherEvents.right})` : ''}; from their text alone, with no address, headline or date: ${run.bare.otherEvents.total - run.bare.otherEvents.right}.`,
  );
  for (const [id, t] of run.betweenSources) out.push(`- Expected matches between the bundled sources of ${id} (tests/fixtures/expectations, committed model): ${t.right} of ${t.total}.`);
  if (run.realPages) {
    const r = run.realPages;
    out.push(`- Real pages (\`${r.dir}\`, the ${r.pages} the model did not learn from): ${r.taken.length} taken for a story; analyzed against every story by force, ${r.strong.length} strong matches and ${r.related} related.`);
    out.push(`- The head gate on all ${gateTotal(run.gate)} real pages' titles, with every story's gate words: ${gateLine(run.gate)}.`);
  }
  const scored = [...run.matching.values()].flatMap((m) => m.scored);
  if (scored.length > 0) {
    out.push('', '## Do scores mean what they say?', '', 'Labelled pairs found, by the score the analysis gave the relation it chose, and the share of them whose relation a careful reader accepts.', '', '| Score | Pairs | Right |', '|---|---|---|');
    for (const [low, high] of BANDS) {
      const band = scored.filter(([s]) => s >= low && s < high);
      out.push(`| ${low.toFixed(1)}–${Math.min(1, high).toFixed(1)} | ${band.length} | ${pct(band.filter(([, r]) => r).length, band.length)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
