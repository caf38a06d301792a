// The life of an item by the rules: which period runs (§ 973, § 976, § 978 BGB), when steps open, what the
// owner pays on collection; the forms' refusals; and what the public presenter cuts out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_HANDOVER_FEES } from './lostfound.fees.ts';
import { parseItemForm, parseLossReportForm } from './lostfound.input.ts';
import {
  collectionAmounts,
  deadlineOf,
  endsThisWeek,
  stepsOpen,
  type ItemFacts,
} from './lostfound.lifecycle.ts';
import { publicText } from './lostfound.presenter.ts';

const wallet: ItemFacts = {
  status: 'in_custody',
  category: 'wallet',
  foundOn: '2026-03-01',
  reportedOn: '2026-03-02',
  valueCents: 8_000,
  publicFind: false,
  finderChoice: 'ownership',
};

test('an ordinary find passes to the finder six months after the report (§ 973 Abs. 1, §§ 187, 188 BGB)', () => {
  assert.deepEqual(deadlineOf(wallet), {
    kind: 'ownership',
    endsOn: '2026-09-02',
    to: 'finder',
    paragraph: '§ 973 Abs. 1 S. 1 BGB',
  });
  assert.deepEqual(stepsOpen(wallet, '2026-09-02'), ['handover']);
  assert.deepEqual(stepsOpen(wallet, '2026-09-03'), ['handover', 'to_finder']);
  assert.ok(endsThisWeek(deadlineOf(wallet), '2026-08-28'));
  assert.ok(!endsThisWeek(deadlineOf(wallet), '2026-08-26'));
});

test('a finder who waives or claims only the reward leaves ownership to the municipality (§ 976 Abs. 1 BGB)', () => {
  for (const finderChoice of ['waive', 'reward'] as const) {
    const deadline = deadlineOf({ ...wallet, finderChoice });
    assert.equal(deadline.kind === 'ownership' && deadline.to, 'municipality');
    assert.deepEqual(stepsOpen({ ...wallet, finderChoice }, '2026-09-03'), ['handover', 'to_municipality']);
  }
});

test('a claim registered in time stops the period; a § 978 find is reviewed for public notice instead', () => {
  assert.equal(deadlineOf({ ...wallet, claimRegisteredOn: '2026-04-01' }).kind, 'none');
  assert.deepEqual(stepsOpen({ ...wallet, claimRegisteredOn: '2026-04-01' }, '2027-01-01'), ['handover']);
  assert.deepEqual(deadlineOf({ ...wallet, publicFind: true }), {
    kind: 'notice_review',
    endsOn: '2026-09-02',
    paragraph: '§§ 979, 980 BGB',
  });
  assert.deepEqual(stepsOpen({ ...wallet, status: 'municipal' }, '2027-01-01'), [
    'auctioned',
    'donated',
    'destroyed',
  ]);
  assert.deepEqual(stepsOpen({ ...wallet, status: 'returned' }, '2027-01-01'), []);
});

test('on collection the owner pays the fee and the finder’s reward: 80 € → 6,60 € + 4,00 €; § 978: half, from 50 €', () => {
  const ordinary = collectionAmounts(wallet, DEMO_HANDOVER_FEES);
  assert.equal(ordinary.fee.cents, 660);
  assert.deepEqual(ordinary.reward, { kind: 'amount', cents: 400, paragraph: '§ 971 Abs. 1 S. 2 BGB' });
  assert.equal(ordinary.totalCents, 1_060);
  const inBus = collectionAmounts({ ...wallet, publicFind: true }, DEMO_HANDOVER_FEES);
  assert.equal(inBus.reward.kind === 'amount' && inBus.reward.cents, 200);
  const cheap = collectionAmounts({ ...wallet, publicFind: true, valueCents: 4_999 }, DEMO_HANDOVER_FEES);
  assert.equal(cheap.reward.kind, 'none');
  assert.equal(
    collectionAmounts({ ...wallet, finderChoice: 'waive' }, DEMO_HANDOVER_FEES).reward.kind,
    'none',
  );
  assert.equal(
    collectionAmounts({ ...wallet, category: 'documents' }, DEMO_HANDOVER_FEES).reward.kind,
    'discretionary',
  );
});

test('forms refuse a future day and a value that is not a number, in German and English', () => {
  const loss = parseLossReportForm(
    { name: 'E', email: 'e@example.org', category: 'wallet', description: 'x', lostFrom: '2026-03-03' },
    '2026-03-02',
  );
  assert.ok(!loss.ok);
  assert.match(loss.problems[0]!.text.de, /in der Zukunft/);
  assert.match(loss.problems[0]!.text.en, /in the future/);
  const item = parseItemForm(
    {
      category: 'wallet',
      description: 'x',
      foundOn: '01.03.2026',
      foundPlace: 'Markt',
      value: 'zwanzig',
      finderChoice: 'waive',
    },
    '2026-03-02',
  );
  assert.ok(!item.ok);
  assert.deepEqual(
    item.problems.map((problem) => problem.field),
    ['value'],
  );
  const good = parseItemForm(
    {
      category: 'wallet',
      description: 'x',
      foundOn: '01.03.2026',
      foundPlace: 'Markt',
      value: '1.234,50',
      finderChoice: 'waive',
    },
    '2026-03-02',
  );
  assert.ok(good.ok && good.value.valueCents === 123_450 && good.value.foundOn === '2026-03-01');
});

test('the public text loses serial numbers, the finder’s name and any run of four or more digits', () => {
  assert.equal(
    publicText('Handy, IMEI 3561 2345 6789 012, gefunden von Karl Finder', ['Karl Finder']),
    'Handy, IMEI …, gefunden von …',
  );
  assert.equal(publicText('Rahmennr. WAW1234567 am Rad', ['WAW1234567']), 'Rahmennr. … am Rad');
  assert.equal(publicText('Ausweis-Nr. L01X00T47 und 2 Schlüssel', []), 'Ausweis-Nr. … und 2 Schlüssel');
  assert.equal(publicText('Karte 4711 0815 1234 5', []), 'Karte …');
  assert.equal(publicText('Rucksack mit 3 Fächern, Bus 255', []), 'Rucksack mit 3 Fächern, Bus 255');
});
