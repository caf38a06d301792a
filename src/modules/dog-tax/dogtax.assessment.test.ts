// Worked examples with the Leichlingen demo rates (125 € / 135 € each / 175 € each; dangerous 875 € /
// 1,080 € each) and the month rules of the NRW Mustersatzung.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessHousehold,
  leichlingenStatute,
  taxableFromInYear,
  type DogPeriod,
  type DogTaxStatute,
} from './dogtax.index.ts';

const year = 2025;
const allYear = (dogId: string, extra: Partial<DogPeriod> = {}): DogPeriod => ({
  dogId,
  dangerous: false,
  keptFrom: '2020-03-01',
  ...extra,
});
const assess = (...dogs: DogPeriod[]) => assessHousehold({ statute: leichlingenStatute, year, dogs });
const taxableMonths = (dogs: DogPeriod[], dogId: string) =>
  assess(...dogs)
    .dogs.find((dog) => dog.dogId === dogId)!
    .months.filter((month) => month.taxable)
    .map((month) => month.month);

test('one dog kept all year pays the annual rate of 125,00 €', () => {
  const assessment = assess(allYear('bello'));
  assert.equal(assessment.totalCents, 12_500);
  assert.deepEqual(
    assessment.dogs[0]!.months.map((month) => month.annualRateCents),
    Array(12).fill(12_500),
  );
});

test('with two dogs each pays 135,00 €, with three each pays 175,00 €', () => {
  const two = assess(allYear('a'), allYear('b'));
  assert.deepEqual(
    two.dogs.map((dog) => dog.totalCents),
    [13_500, 13_500],
  );
  assert.equal(two.totalCents, 27_000);
  const four = assess(allYear('a'), allYear('b'), allYear('c'), allYear('d'));
  assert.equal(four.totalCents, 4 * 17_500);
});

test('a dog taken in on 17 May is taxable from 1 May: eight twelfths of the year', () => {
  const dog = allYear('bello', { keptFrom: '2025-05-17' });
  assert.deepEqual(taxableMonths([dog], 'bello'), [5, 6, 7, 8, 9, 10, 11, 12]);
  assert.equal(assess(dog).totalCents, 8_334); // 8/12 × 125 € = 83,33… €, cents spread by monthlyShare
});

test("a puppy of the household's own bitch born on 10 January is taxable from April", () => {
  const puppy = allYear('welpe', { keptFrom: '2025-01-10', arrival: 'born' });
  assert.deepEqual(taxableMonths([puppy], 'welpe'), [4, 5, 6, 7, 8, 9, 10, 11, 12]);
  assert.equal(assess(puppy).totalCents, 9_375);
  assert.equal(taxableFromInYear(puppy, year), 4);
});

test('a puppy born on 31 October becomes taxable only in the next year (January)', () => {
  const puppy = allYear('welpe', { keptFrom: '2025-10-31', arrival: 'born' });
  assert.equal(assess(puppy).totalCents, 0);
  assert.equal(taxableFromInYear(puppy, 2026), 1);
});

test('a keeper moving in with the dog on 3 March is taxable from 1 April', () => {
  const dog = allYear('bello', { keptFrom: '2025-03-03', arrival: 'moved-in' });
  assert.deepEqual(taxableMonths([dog], 'bello')[0], 4);
  assert.equal(assess(dog).totalCents, 9_375);
});

test('a dog that dies on 20 September is taxable through September', () => {
  const dog = allYear('bello', { keptUntil: '2025-09-20' });
  assert.deepEqual(taxableMonths([dog], 'bello'), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(assess(dog).totalCents, 9_375);
});

test('a dog taken in and given away in the same month is taxable for that month', () => {
  const dog = allYear('gast', { keptFrom: '2025-06-02', keptUntil: '2025-06-28' });
  assert.deepEqual(taxableMonths([dog], 'gast'), [6]);
});

test('a second dog taken in in July raises the first dog’s rate from July', () => {
  const assessment = assess(allYear('first'), allYear('second', { keptFrom: '2025-07-05' }));
  const [first, second] = assessment.dogs;
  assert.deepEqual(
    first!.months.map((month) => month.annualRateCents),
    [...Array(6).fill(12_500), ...Array(6).fill(13_500)],
  );
  assert.equal(first!.totalCents, 6_250 + 6_750);
  assert.equal(second!.totalCents, 6_750);
  assert.equal(assessment.totalCents, 19_750);
});

test('a rate change effective 1 July splits the year exactly at July', () => {
  const statute: DogTaxStatute = {
    ...leichlingenStatute,
    versions: [
      {
        ...leichlingenStatute.versions[0]!,
        validFrom: '2020-01-01',
        rates: { normal: [10_000], dangerous: [50_000] },
      },
      { ...leichlingenStatute.versions[0]!, validFrom: '2025-07-01' },
    ],
  };
  const assessment = assessHousehold({ statute, year, dogs: [allYear('bello')] });
  assert.deepEqual(
    assessment.months.map((month) => month.versionValidFrom),
    [...Array(6).fill('2020-01-01'), ...Array(6).fill('2025-07-01')],
  );
  assert.equal(assessment.totalCents, 10_000 / 2 + 12_500 / 2);
});

test('a 50 % reduction from 1 April halves the tax from April on', () => {
  const dog = allYear('wachhund', {
    reliefs: [{ kind: 'reduction', percent: 50, from: '2025-04-01', reference: 'HStS § 5 Abs. 1 Buchst. a' }],
  });
  const assessment = assess(dog);
  assert.deepEqual(
    assessment.dogs[0]!.months.map((month) => month.reliefPercent),
    [0, 0, 0, ...Array(9).fill(50)],
  );
  assert.equal(assessment.dogs[0]!.months[3]!.reliefReference, 'HStS § 5 Abs. 1 Buchst. a');
  assert.equal(assessment.totalCents, 3_125 + 4_688); // a quarter of 125 € + nine months of 62,50 €
});

test('dangerous dogs pay their own scale, counted apart from the other dogs', () => {
  assert.equal(assess(allYear('a', { dangerous: true })).totalCents, 87_500);
  assert.equal(
    assess(allYear('a', { dangerous: true }), allYear('b', { dangerous: true })).totalCents,
    2 * 108_000,
  );
  const mixed = assess(allYear('listed', { dangerous: true }), allYear('other'));
  assert.deepEqual(
    mixed.dogs.map((dog) => dog.totalCents),
    [87_500, 12_500],
  );
});

test('an exempt assistance dog pays nothing and does not raise the other dog’s rate', () => {
  const exemption = {
    kind: 'exemption' as const,
    percent: 100,
    from: '2020-01-01',
    reference: 'HStS § 4 Abs. 1',
  };
  const assessment = assess(allYear('assistenz', { reliefs: [exemption] }), allYear('other'));
  assert.deepEqual(
    assessment.dogs.map((dog) => dog.totalCents),
    [0, 12_500],
  );
});

test('of two reliefs covering the same month the higher one counts, they do not add up', () => {
  const dog = allYear('a', {
    reliefs: [
      { kind: 'reduction', percent: 50, from: '2025-01-01', reference: 'a' },
      { kind: 'reduction', percent: 50, from: '2025-01-01', reference: 'b' },
    ],
  });
  assert.equal(assess(dog).totalCents, 6_250);
});

test('a year before the first statute version with a taxable dog is a setup fault', () => {
  assert.throws(() => assessHousehold({ statute: leichlingenStatute, year: 2024, dogs: [allYear('a')] }), {
    code: 'dog-tax.no_statute_version',
  });
  // From July 2024, the first month configured, it assesses.
  const late = assessHousehold({
    statute: leichlingenStatute,
    year: 2024,
    dogs: [allYear('a', { keptFrom: '2024-07-01' })],
  });
  assert.equal(late.totalCents, 6_250);
});

test('contradictory dog data and malformed statutes are refused with stable codes', () => {
  assert.throws(() => assess(allYear('a', { keptFrom: '2025-05-01', keptUntil: '2025-04-30' })), {
    code: 'dog-tax.dog_period_invalid',
  });
  assert.throws(() => assess(allYear('a'), allYear('a')), { code: 'dog-tax.dog_period_invalid' });
  const midMonth: DogTaxStatute = {
    ...leichlingenStatute,
    versions: [{ ...leichlingenStatute.versions[0]!, validFrom: '2025-07-15' }],
  };
  assert.throws(() => assessHousehold({ statute: midMonth, year, dogs: [] }), {
    code: 'dog-tax.statute_invalid',
  });
});
