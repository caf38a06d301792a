import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retentionUntil } from './records.files.retention.ts';

test('retention runs from the end of the closing year: closed in March 2026 with 10 years, kept until 31.12.2036', () => {
  assert.equal(retentionUntil(new Date('2026-03-02T08:00:00Z'), 10), '2036-12-31');
  assert.equal(retentionUntil(new Date('2026-03-02T08:00:00Z'), 0), '2026-12-31');
  assert.equal(retentionUntil(new Date('2026-12-31T23:30:00Z'), 5), '2032-12-31', 'already 2027 in Germany');
});

test('for any closing time and period, the end is a 31 December, at least `years` after closing and less than one year more', () => {
  let seed = 20260302;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let run = 0; run < 2000; run += 1) {
    const closedAt = new Date(Date.UTC(1990, 0, 1) + random() * 80 * 365.25 * 86_400_000);
    const years = Math.floor(random() * 201);
    const until = retentionUntil(closedAt, years);
    assert.match(until, /^\d{4}-12-31$/);
    const end = new Date(`${until}T23:59:59+01:00`).getTime();
    const minimum = new Date(closedAt);
    minimum.setUTCFullYear(minimum.getUTCFullYear() + years);
    assert.ok(end >= minimum.getTime(), `${closedAt.toISOString()} + ${years} → ${until}`);
    const maximum = new Date(closedAt);
    maximum.setUTCFullYear(maximum.getUTCFullYear() + years + 1);
    assert.ok(end <= maximum.getTime() + 86_400_000, `${closedAt.toISOString()} + ${years} → ${until}`);
  }
  assert.throws(() => retentionUntil(new Date(), -1), RangeError);
  assert.throws(() => retentionUntil(new Date(), 2.5), RangeError);
});
