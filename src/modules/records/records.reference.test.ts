import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config.ts';
import { formatReference, localYear, parseReferencePattern } from './records.reference.ts';

const values = { planCode: '32.11.05', departmentNumber: '32.1', year: 2026, number: 12 };

test('the default pattern gives references like 32.11.05-0012/2026', () => {
  const pattern = parseReferencePattern(loadConfig({}).records.referencePattern);
  assert.equal(formatReference(pattern, values), '32.11.05-0012/2026');
  assert.equal(
    formatReference(pattern, { ...values, number: 123456 }),
    '32.11.05-123456/2026',
    'padding never cuts',
  );
});

test('a municipality can choose its own pattern, with the department and without padding', () => {
  const pattern = parseReferencePattern('{department} - {plan}/{year}/{number}');
  assert.equal(formatReference(pattern, values), '32.1 - 32.11.05/2026/12');
  assert.equal(
    loadConfig({ RECORDS_REFERENCE_PATTERN: '{year}-{plan}-{number:3}' }).records.referencePattern,
    '{year}-{plan}-{number:3}',
  );
});

test('a pattern that could repeat references, or with unknown placeholders, stops the start with a German message', () => {
  assert.throws(
    () => loadConfig({ RECORDS_REFERENCE_PATTERN: '{plan}-{number}' }),
    /RECORDS_REFERENCE_PATTERN: das Muster muss \{year\} genau einmal enthalten/,
  );
  assert.throws(() => parseReferencePattern('{plan}-{number:4}/{year}/{number}'), /\{number\} genau einmal/);
  assert.throws(() => parseReferencePattern('{plan}-{nummer}/{year}'), /unbekannter Platzhalter \{nummer\}/);
  assert.throws(() => parseReferencePattern('{plan}-{number:0}/{year}'), /Stellenzahl/);
  assert.throws(() => parseReferencePattern('{plan}#{number}/{year}'), /nicht erlaubt/);
});

test('the year is the municipality’s: a file created at 00:30 on New Year’s Day in Germany counts for the new year', () => {
  assert.equal(localYear(new Date('2026-12-31T23:30:00Z')), 2027);
  assert.equal(localYear(new Date('2026-12-31T22:59:59Z')), 2026);
  assert.equal(localYear(new Date('2026-06-30T22:30:00Z')), 2026);
});
