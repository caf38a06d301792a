import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CATEGORY_CODES } from './lostfound.categories.ts';
import { addDays } from './lostfound.days.ts';
import { prepareRecord, scorePair, type MatchRecord } from './lostfound.matching.ts';
import { createFoundItemIndex, createLossReportIndex, rankCandidates } from './lostfound.match-index.ts';

const wallet: MatchRecord = {
  id: 'item-1',
  kind: 'found',
  category: 'wallet',
  from: '2025-05-10',
  to: '2025-05-10',
  place: { name: 'Bahnhof Leichlingen', district: 'Mitte' },
  description: 'Schwarze Geldbörse aus Leder mit Gravur, EC-Karte der Sparkasse',
  colour: 'schwarz',
  brand: 'Fossil',
};
const report = (id: string, overrides: Partial<MatchRecord>): MatchRecord => ({
  id,
  kind: 'lost',
  category: 'wallet',
  from: '2025-05-09',
  to: '2025-05-09',
  place: { name: 'am Bahnhof', district: 'Mitte' },
  description: 'Mein schwarzes Portmonee von Fossil, Leder, Gravur innen, Sparkassenkarte',
  ...overrides,
});

test('a wallet found the day after its loss at the same station is the best candidate, with reasons', () => {
  const reports = [
    report('mine', {}),
    report('red', { description: 'Rotes Portemonnaie von Guess mit Reißverschluss' }),
    report('keys', { category: 'keys', description: 'Schwarzer Schlüsselbund' }),
  ];
  const ranked = rankCandidates(wallet, createLossReportIndex(reports));
  assert.equal(ranked[0]?.record.id, 'mine');
  assert.ok(ranked[0]!.reasons.some((reason) => reason.code === 'colour_match'));
  assert.ok(ranked[0]!.reasons.some((reason) => reason.code === 'brand_match'));
  assert.ok(!ranked.some((candidate) => candidate.record.id === 'keys'), 'keys are no wallet');
});

test('the same serial number makes a match whatever the words say', () => {
  const bike: MatchRecord = {
    ...wallet,
    category: 'bicycle',
    description: 'Damenrad grün',
    colour: 'grün',
    serialNumber: 'WBK 1234 5678',
  };
  const lost = report('bike', {
    category: 'bicycle',
    description: 'Fahrrad, Rahmennummer WBK12345678',
    place: {},
  });
  const ranked = rankCandidates(bike, [lost]);
  assert.ok(ranked[0]!.score >= 0.95);
});

test('the index finds the same candidates as a plain list, also after adding and removing', () => {
  const reports = [
    report('a', {}),
    report('b', { from: '2025-05-01', to: '2025-05-03' }),
    report('c', { category: 'bag' }),
  ];
  const index = createLossReportIndex(reports);
  index.add(report('d', { description: 'schwarze Geldbörse' }));
  assert.equal(index.remove('b'), true);
  assert.equal(index.remove('b'), false);
  const viaIndex = rankCandidates(wallet, index, { threshold: 0 })
    .map((c) => c.record.id)
    .sort();
  assert.deepEqual(viaIndex, ['a', 'c', 'd']);
});

test('a new loss report is matched against the items in custody (the other direction)', () => {
  const items = createFoundItemIndex([
    wallet,
    { ...wallet, id: 'item-2', description: 'Blauer Regenschirm', category: 'umbrella', colour: 'blau' },
  ]);
  const ranked = rankCandidates(report('r', {}), items);
  assert.deepEqual(
    ranked.map((c) => c.record.id),
    ['item-1'],
  );
});

const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2025-01-01', n));
const words = fc.constantFrom(
  'schwarz',
  'Geldbörse',
  'Leder',
  'Gravur',
  'Rucksack',
  'blau',
  'Schlüssel',
  'Apple',
  'Handy',
  'Kratzer',
  'Aufkleber',
  'rot',
);
const text = fc.array(words, { minLength: 0, maxLength: 8 }).map((list) => list.join(' '));
const record = (kind: 'found' | 'lost') =>
  fc
    .record({
      category: fc.constantFrom(...CATEGORY_CODES),
      from: day,
      width: fc.integer({ min: 0, max: 10 }),
      description: text,
    })
    .map(({ category, from, width, description }): MatchRecord => ({
      id: `${kind}-${from}-${description}`,
      kind,
      category,
      from,
      to: kind === 'found' ? from : addDays(from, width),
      description,
    }));

test('a report never matches an item found before the loss could have happened', () => {
  fc.assert(
    fc.property(record('found'), record('lost'), (item, lost) => {
      const ranked = rankCandidates(item, createLossReportIndex([lost]), { threshold: 0 });
      const reverse = rankCandidates(lost, createFoundItemIndex([item]), { threshold: 0 });
      if (item.from < lost.from) return ranked.length === 0 && reverse.length === 0;
      return ranked.length === reverse.length;
    }),
  );
});

test('the score is symmetric: the same whichever side asks, and blind to word order', () => {
  fc.assert(
    fc.property(record('found'), record('lost'), fc.array(words, { maxLength: 6 }), (item, lost, extra) => {
      const a = scorePair(prepareRecord(item), prepareRecord(lost));
      const b = scorePair(prepareRecord(lost), prepareRecord(item));
      if (a === undefined || b === undefined) return a === b;
      const reordered = {
        ...lost,
        description: [...extra, ...lost.description.split(' ')].reverse().join(' '),
      };
      const original = { ...lost, description: [...lost.description.split(' '), ...extra].join(' ') };
      const c = scorePair(prepareRecord(item), prepareRecord(reordered))!;
      const d = scorePair(prepareRecord(item), prepareRecord(original))!;
      return (
        Math.abs(a.score - b.score) < 1e-9 &&
        Math.abs(c.score - d.score) < 1e-9 &&
        a.score >= 0 &&
        a.score <= 1
      );
    }),
  );
});

test('the index returns exactly what scoring every report one by one returns', () => {
  fc.assert(
    fc.property(record('found'), fc.array(record('lost'), { maxLength: 30 }), (item, reports) => {
      const unique = [...new Map(reports.map((r, n) => [n, { ...r, id: `r${n}` }])).values()];
      const viaIndex = rankCandidates(item, createLossReportIndex(unique), { threshold: 0, limit: 100 });
      const direct = unique.filter((r) => scorePair(prepareRecord(item), prepareRecord(r)) !== undefined);
      return viaIndex.length === direct.length;
    }),
  );
});
