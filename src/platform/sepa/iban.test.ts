import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkBic } from './bic.ts';
import { checkIban, formatIban } from './iban.ts';

test('IBANs of several SEPA countries pass ISO 13616; typed spaces and lower case do not matter', () => {
  assert.deepEqual(checkIban('de89 3704 0044 0532 0130 00'), { ok: true, iban: 'DE89370400440532013000' });
  assert.equal(checkIban('AT61 1904 3002 3457 3201').ok, true);
  assert.equal(checkIban('GB29 NWBK 6016 1331 9268 19').ok, true);
  assert.equal(checkIban('NL91ABNA0417164300').ok, true);
  assert.equal(formatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
});

test('an IBAN with a wrong check digit, length or country is refused, each with its reason', () => {
  assert.deepEqual(checkIban('DE88370400440532013000'), { ok: false, reason: 'checksum' });
  assert.deepEqual(checkIban('DE893704004405320130000'), { ok: false, reason: 'format' });
  assert.deepEqual(checkIban('US12345678901234567890'), { ok: false, reason: 'country' });
  assert.deepEqual(checkIban('AT611904300234573201', ['DE']), { ok: false, reason: 'country' });
});

test('changing any one digit of a valid IBAN is always detected (MOD 97-10 catches single substitutions)', () => {
  const iban = 'DE89370400440532013000';
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: iban.length - 1 }),
      fc.integer({ min: 1, max: 9 }),
      (position, delta) => {
        const digit = (Number(iban[position]) + delta) % 10;
        const changed = iban.slice(0, position) + String(digit) + iban.slice(position + 1);
        assert.equal(checkIban(changed).ok, false);
      },
    ),
  );
});

test('a BIC has 8 or 11 characters: institution, country letters, location, optional branch', () => {
  assert.deepEqual(checkBic('cobadeff'), { ok: true, bic: 'COBADEFF' });
  assert.deepEqual(checkBic('COBADEFFXXX'), { ok: true, bic: 'COBADEFFXXX' });
  assert.equal(checkBic('BYLA DEM1 001').ok, true);
  assert.deepEqual(checkBic('COBADEF'), { ok: false, reason: 'format' });
  assert.deepEqual(checkBic('COBADEFFXX'), { ok: false, reason: 'format' });
  assert.deepEqual(checkBic('COBA1EFF'), { ok: false, reason: 'format' });
  assert.deepEqual(checkBic('COBADEFF-XX'), { ok: false, reason: 'format' });
});
