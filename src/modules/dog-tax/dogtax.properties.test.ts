// Properties of the assessment over generated statutes and households (fast-check). Generated statutes
// have rate scales that do not fall with more dogs — every real statute's shape, and the precondition of
// "another dog never lowers the household total".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  afterRelief,
  assessHousehold,
  monthlyShare,
  dueInstallments,
  leichlingenStatute,
  type DogPeriod,
  type DogTaxStatute,
  type RateScale,
  type StatuteVersion,
} from './dogtax.index.ts';

const year = 2025;
const pad = (value: number) => String(value).padStart(2, '0');

const day = (fromYear: number, toYear: number) =>
  fc
    .record({
      y: fc.integer({ min: fromYear, max: toYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

const scale: fc.Arbitrary<RateScale> = fc
  // Small steps too: rounding bugs show where two rates differ by a few cents.
  .tuple(
    fc.integer({ min: 0, max: 200_000 }),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 50_000 })), {
      maxLength: 3,
    }),
  )
  .map(([first, steps]) => {
    const rates: [number, ...number[]] = [first];
    for (const step of steps) rates.push(rates[rates.length - 1]! + step);
    return rates;
  });

const version = (validFrom: string): fc.Arbitrary<StatuteVersion> =>
  fc
    .record({ normal: scale, dangerous: scale, exemptDogsCount: fc.boolean() })
    .map(({ normal, dangerous, exemptDogsCount }) => ({
      ...leichlingenStatute.versions[0]!,
      validFrom,
      rates: { normal, dangerous },
      exemptDogsCount,
    }));

/** A statute in force since 2020 with up to two changes during the assessed year. */
const statute: fc.Arbitrary<DogTaxStatute> = fc
  .uniqueArray(fc.integer({ min: 2, max: 12 }), { maxLength: 2 })
  .chain((changeMonths) => {
    const starts = [
      '2020-01-01',
      ...changeMonths.sort((a, b) => a - b).map((month) => `${year}-${pad(month)}-01`),
    ];
    return fc.tuple(...starts.map(version));
  })
  .map((versions) => ({ ...leichlingenStatute, versions }));

const relief = fc.oneof(
  fc.record({ kind: fc.constant('exemption' as const), percent: fc.constant(100) }),
  fc.record({ kind: fc.constant('reduction' as const), percent: fc.integer({ min: 0, max: 100 }) }),
);

const dog = (dogId: string): fc.Arbitrary<DogPeriod> =>
  fc
    .record({
      dangerous: fc.boolean(),
      keptFrom: day(2024, 2025),
      arrival: fc.constantFrom('taken-in' as const, 'born' as const, 'moved-in' as const),
      keptFor: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
      reliefs: fc.array(
        fc.tuple(relief, day(2024, 2025), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined })),
        {
          maxLength: 2,
        },
      ),
    })
    .map(({ keptFor, reliefs, ...rest }) => ({
      dogId,
      ...rest,
      keptUntil: keptFor === undefined ? undefined : addDays(rest.keptFrom, keptFor),
      reliefs: reliefs.map(([rule, from, length]) => ({
        ...rule,
        from,
        until: length === undefined ? undefined : addDays(from, length),
        reference: 'generated',
      })),
    }));

const household = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => dog(`dog-${i}`))));

function addDays(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('amounts are never negative and the totals add up per dog, per month and for the household', () => {
  fc.assert(
    fc.property(statute, household, (statute, dogs) => {
      const assessment = assessHousehold({ statute, year, dogs });
      for (const assessed of assessment.dogs) {
        assert.ok(
          assessed.months.every((month) => month.amountCents >= 0 && Number.isInteger(month.amountCents)),
        );
        assert.equal(
          assessed.totalCents,
          assessed.months.reduce((sum, month) => sum + month.amountCents, 0),
        );
      }
      assert.equal(
        assessment.totalCents,
        assessment.dogs.reduce((sum, assessed) => sum + assessed.totalCents, 0),
      );
      assert.equal(
        assessment.totalCents,
        assessment.months.reduce((sum, month) => sum + month.amountCents, 0),
      );
    }),
  );
});

test('n dogs of one class kept all year under one version each pay exactly the annual rate for n dogs', () => {
  fc.assert(
    fc.property(version('2020-01-01'), fc.integer({ min: 1, max: 5 }), fc.boolean(), (only, n, dangerous) => {
      const dogs = Array.from({ length: n }, (_, i): DogPeriod => ({
        dogId: `d${i}`,
        dangerous,
        keptFrom: '2019-06-30',
      }));
      const assessment = assessHousehold({
        statute: { ...leichlingenStatute, versions: [only] },
        year,
        dogs,
      });
      const scale = dangerous ? only.rates.dangerous : only.rates.normal;
      const rate = scale[Math.min(n, scale.length) - 1]!;
      assert.deepEqual(
        assessment.dogs.map((assessed) => assessed.totalCents),
        Array(n).fill(rate),
      );
    }),
  );
});

// The lemma behind the next property: a higher annual rate (after any relief) never gives a month a lower
// amount — the rounding of cents must not reward a higher rate.
test('a higher annual rate never yields a lower amount in any month, whatever the relief', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 500_000 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 1, max: 12 }),
      (rate, raise, percent, month) => {
        assert.ok(
          monthlyShare(afterRelief(rate + raise, percent), month) >=
            monthlyShare(afterRelief(rate, percent), month),
        );
      },
    ),
    { numRuns: 2_000 },
  );
});

test('taking in another dog never lowers the household total', () => {
  fc.assert(
    fc.property(statute, household, dog('newcomer'), (statute, dogs, newcomer) => {
      const before = assessHousehold({ statute, year, dogs }).totalCents;
      const after = assessHousehold({ statute, year, dogs: [...dogs, newcomer] }).totalCents;
      assert.ok(after >= before, `${after} < ${before}`);
    }),
    { numRuns: 500 },
  );
});

test('a rate change during the year splits exactly: old rate before, new rate from the effective month', () => {
  fc.assert(
    fc.property(statute, household, fc.integer({ min: 2, max: 12 }), (generated, dogs, changeMonth) => {
      const [old, next] = [generated.versions[0]!, generated.versions[generated.versions.length - 1]!];
      const since2020 = (version: StatuteVersion) => ({
        ...leichlingenStatute,
        versions: [{ ...version, validFrom: '2020-01-01' }],
      });
      const changed = { ...next, validFrom: `${year}-${pad(changeMonth)}-01` };
      const split = assessHousehold({
        statute: { ...leichlingenStatute, versions: [old, changed] },
        year,
        dogs,
      });
      const allOld = assessHousehold({ statute: since2020(old), year, dogs });
      const allNew = assessHousehold({ statute: since2020(next), year, dogs });
      for (const [d, assessed] of split.dogs.entries()) {
        for (const [m, line] of assessed.months.entries()) {
          const expected = (line.month < changeMonth ? allOld : allNew).dogs[d]!.months[m]!;
          assert.deepEqual(
            { ...line, versionValidFrom: undefined },
            { ...expected, versionValidFrom: undefined },
          );
          if (line.taxable)
            assert.equal(line.versionValidFrom, line.month < changeMonth ? old.validFrom : changed.validFrom);
        }
      }
      const part = (assessment: typeof split, before: boolean) =>
        assessment.months
          .filter((month) => month.month < changeMonth === before)
          .reduce((sum, month) => sum + month.amountCents, 0);
      assert.equal(split.totalCents, part(allOld, true) + part(allNew, false));
    }),
  );
});

test('installments always sum to the assessment total, quarterly or annual, with or without a notice date', () => {
  fc.assert(
    fc.property(
      statute,
      household,
      fc.boolean(),
      fc.option(day(2024, 2026), { nil: undefined }),
      (statute, dogs, annual, noticeDate) => {
        const assessment = assessHousehold({ statute, year, dogs });
        const installments = dueInstallments(assessment, { annual, noticeDate });
        assert.equal(
          installments.reduce((sum, installment) => sum + installment.amountCents, 0),
          assessment.totalCents,
        );
        assert.ok(installments.every((installment) => installment.amountCents > 0));
        if (noticeDate !== undefined)
          assert.ok(installments.every((installment) => installment.dueOn > noticeDate));
      },
    ),
  );
});
