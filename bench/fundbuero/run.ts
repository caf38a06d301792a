// The Fundbüro matcher: quality on a labelled synthetic set (precision and recall at the threshold), and the
// time of matching a newly registered item against 10,000 open loss reports. Goal: p95 ≤ 50 ms. Both in
// memory (the index) and with the reports in the database (database.ts), as registering an item does it.
//
//   node --import tsx bench/fundbuero/run.ts
//   BENCH_PAIRS=400 BENCH_OPEN_REPORTS=20000 BENCH_SEED=7 node --import tsx bench/fundbuero/run.ts
import { performance } from 'node:perf_hooks';
import {
  createFoundItemIndex,
  createLossReportIndex,
  MATCH_THRESHOLD,
  prepareRecord,
  rankCandidates,
} from '../../src/modules/lost-and-found/index.ts';
import { databaseFigures } from './database.ts';
import { createRandom, labelledSet, newItems, openLossReports } from './generate.ts';

const seed = Number(process.env.BENCH_SEED ?? 20_250_601);
const pairs = Number(process.env.BENCH_PAIRS ?? 250);
const openReports = Number(process.env.BENCH_OPEN_REPORTS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 500);
const threshold = Number(process.env.BENCH_THRESHOLD ?? MATCH_THRESHOLD);
const goalP95 = 50;
const today = '2025-06-30';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const ms = (value: number) => `${value.toFixed(2)} ms`;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

function quality() {
  const random = createRandom(seed);
  const set = labelledSet(random, {
    pairs,
    distractorItems: pairs,
    distractorReports: pairs * 3,
    firstDay: '2025-03-01',
    days: 90,
  });
  const index = createLossReportIndex(set.reports);
  let suggested = 0;
  let correct = 0;
  let found = 0;
  let top1 = 0;
  let withSuggestion = 0;
  for (const item of set.items) {
    const ranked = rankCandidates(item, index, { threshold, limit: 5 });
    suggested += ranked.length;
    if (ranked.length > 0) withSuggestion += 1;
    const expected = set.truth.get(item.id);
    if (expected === undefined) continue;
    const hit = ranked.findIndex((candidate) => candidate.record.id === expected);
    if (hit >= 0) {
      found += 1;
      correct += 1;
      if (hit === 0) top1 += 1;
    }
  }
  // The other direction on the same data: each report against the items in custody.
  const items = createFoundItemIndex(set.items);
  const reverseTruth = new Map([...set.truth].map(([item, report]) => [report, item]));
  let reverseFound = 0;
  for (const report of set.reports) {
    const expected = reverseTruth.get(report.id);
    if (expected === undefined) continue;
    if (rankCandidates(report, items, { threshold, limit: 5 }).some((c) => c.record.id === expected))
      reverseFound += 1;
  }
  console.log(
    `Labelled set (seed ${seed}): ${pairs} pairs, ${set.items.length - pairs} items and ${set.reports.length - pairs} reports as distractors`,
  );
  console.log(`  Schwelle ${threshold}, höchstens 5 Vorschläge je Fundsache`);
  console.log(
    `  Precision ${pct(suggested === 0 ? 1 : correct / suggested)} (${correct} richtige von ${suggested} Vorschlägen)`,
  );
  console.log(
    `  Precision des ersten Vorschlags ${pct(withSuggestion === 0 ? 1 : top1 / withSuggestion)} (${top1} von ${withSuggestion} Fundsachen mit Vorschlag)`,
  );
  console.log(
    `  Recall    ${pct(found / pairs)} (${found} von ${pairs} Paaren gefunden), davon an erster Stelle ${pct(top1 / pairs)}`,
  );
  console.log(`  Recall Gegenrichtung (Verlustanzeige gegen Fundsachen): ${pct(reverseFound / pairs)}`);
}

function timing() {
  const random = createRandom(seed + 1);
  const reports = openLossReports(random, openReports, today);
  const t0 = performance.now();
  const index = createLossReportIndex(reports);
  const built = performance.now() - t0;
  const queries = newItems(random, rounds, today);
  for (const item of queries.slice(0, 20)) rankCandidates(item, index); // warm up the JIT and the caches
  const times: number[] = [];
  let candidates = 0;
  for (const item of queries) {
    const start = performance.now();
    rankCandidates(item, index);
    times.push(performance.now() - start);
    candidates += index.candidates(prepareRecord(item)).length;
  }
  const p95 = percentile(times, 95);
  console.log(
    `\n${openReports.toLocaleString('de-DE')} offene Verlustanzeigen, Index aufgebaut in ${ms(built)}`,
  );
  console.log(
    `  Neue Fundsache abgleichen (${rounds} Fundsachen): p50 ${ms(percentile(times, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}`,
  );
  console.log(
    `  Nach dem Vorfilter (Kategorie, Zeit) im Mittel ${Math.round(candidates / rounds)} Verlustanzeigen bewertet`,
  );
  console.log(`  Ziel p95 ≤ ${goalP95} ms: ${p95 <= goalP95 ? 'erreicht' : 'VERFEHLT'}`);
}

quality();
timing();
await databaseFigures({ seed, pairs, openReports, rounds, today, goalP95 });
