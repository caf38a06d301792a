import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIban, formatIban } from './forms.iban.ts';
import {
  isEmail,
  normalizePhone,
  parseDate,
  parseMoney,
  parseNumber,
  resolveDateBound,
} from './forms.values.ts';

test('a real IBAN passes the ISO 13616 check whatever spaces and case it was typed with', () => {
  assert.deepEqual(checkIban('de89 3704 0044 0532 0130 00'), { ok: true, iban: 'DE89370400440532013000' });
  assert.equal(formatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
});

test('an IBAN with a wrong check digit, a wrong length or a foreign country is refused', () => {
  assert.deepEqual(checkIban('DE88370400440532013000'), { ok: false, reason: 'checksum' });
  assert.deepEqual(checkIban('DE8937040044053201300'), { ok: false, reason: 'format' });
  assert.deepEqual(checkIban('AT611904300234573201', ['DE']), { ok: false, reason: 'country' });
  assert.equal(checkIban('AT611904300234573201').ok, true);
  assert.deepEqual(checkIban('hello'), { ok: false, reason: 'format' });
});

test('German amounts become integer cents', () => {
  assert.equal(parseMoney('1.234,56'), 123456);
  assert.equal(parseMoney('1234,5'), 123450);
  assert.equal(parseMoney('30,70 €'), 3070);
  assert.equal(parseMoney('1.234'), 123400);
  assert.equal(parseMoney('12.50'), 1250);
  assert.equal(parseMoney('0'), 0);
  assert.equal(parseMoney('12,345'), undefined);
  assert.equal(parseMoney('1.23.4'), undefined);
  assert.equal(parseMoney('zwölf'), undefined);
});

test('numbers accept a German decimal comma and thousands dots', () => {
  assert.equal(parseNumber('3'), 3);
  assert.equal(parseNumber('2,5'), 2.5);
  assert.equal(parseNumber('1.000'), 1000);
  assert.equal(parseNumber('1.000,25'), 1000.25);
  assert.equal(parseNumber('drei'), undefined);
});

test('dates come as ISO from the date input or as dd.mm.yyyy, and must exist', () => {
  assert.equal(parseDate('1980-12-31'), '1980-12-31');
  assert.equal(parseDate('31.12.1980'), '1980-12-31');
  assert.equal(parseDate('1.2.2001'), '2001-02-01');
  assert.equal(parseDate('31.02.2020'), undefined);
  assert.equal(parseDate('2020-13-01'), undefined);
  assert.equal(parseDate('gestern'), undefined);
  assert.equal(resolveDateBound({ yearsFromToday: -18 }, '2024-05-10'), '2006-05-10');
  assert.equal(resolveDateBound({ daysFromToday: 30 }, '2024-05-10'), '2024-06-09');
});

test('e-mail addresses and telephone numbers are checked loosely', () => {
  assert.equal(isEmail('anna@beispiel.de'), true);
  assert.equal(isEmail('anna@beispiel'), false);
  assert.equal(isEmail('anna beispiel.de'), false);
  assert.equal(normalizePhone(' 02175  992-0 '), '02175 992-0');
  assert.equal(normalizePhone('+49 (2175) 992/0'), '+49 (2175) 992/0');
  assert.equal(normalizePhone('123'), undefined);
  assert.equal(normalizePhone('call me'), undefined);
});
