import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkCreditorId, creditorIdCheckDigits } from './creditor-id.ts';
import { checkMandateReference, checkSepaIdentifier } from './references.ts';

test("the Bundesbank's example creditor id DE98ZZZ09999999999 is valid and splits into its parts", () => {
  assert.deepEqual(checkCreditorId('de98 zzz 09999999999'), {
    ok: true,
    creditorId: 'DE98ZZZ09999999999',
    country: 'DE',
    businessCode: 'ZZZ',
    nationalId: '09999999999',
  });
  assert.equal(creditorIdCheckDigits('DE', '09999999999'), '98');
});

test('the creditor business code is not part of the check: the creditor may change it freely', () => {
  assert.equal(checkCreditorId('DE98ABC09999999999').ok, true);
  // Check digits computed IBAN-style over the business code too (a common mistake) are refused:
  // FR20 is right only for "ZZZ123456FR20"; EPC262-08 gives FR72 for the national id 123456.
  assert.deepEqual(checkCreditorId('FR20ZZZ123456'), { ok: false, reason: 'checksum' });
  assert.equal(checkCreditorId('FR72ZZZ123456').ok, true);
});

test('a creditor id with wrong check digits or a wrong shape is refused', () => {
  assert.deepEqual(checkCreditorId('DE97ZZZ09999999999'), { ok: false, reason: 'checksum' });
  assert.deepEqual(checkCreditorId('DE98ZZZ09999999998'), { ok: false, reason: 'checksum' });
  assert.deepEqual(checkCreditorId('DE98ZZZ0999999999'), { ok: false, reason: 'format' }); // DE: 11 digits
  assert.deepEqual(checkCreditorId('DEXXZZZ09999999999'), { ok: false, reason: 'format' });
  assert.deepEqual(checkCreditorId('DE98ZZZ'), { ok: false, reason: 'format' });
  assert.deepEqual(checkCreditorId(''), { ok: false, reason: 'format' });
});

test('computed check digits always give a valid id, and any changed digit of the national id is caught', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^\d{11}$/),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 1, max: 9 }),
      (nationalId, position, delta) => {
        const id = `DE${creditorIdCheckDigits('DE', nationalId)}ZZZ${nationalId}`;
        assert.equal(checkCreditorId(id).ok, true);
        const digit = (Number(nationalId[position]) + delta) % 10;
        const changed = nationalId.slice(0, position) + String(digit) + nationalId.slice(position + 1);
        assert.deepEqual(checkCreditorId(id.slice(0, 7) + changed), { ok: false, reason: 'checksum' });
      },
    ),
  );
});

test('a mandate reference has up to 35 of the restricted Latin characters, no space, no "//" or edge "/"', () => {
  assert.deepEqual(checkMandateReference(' HST-2024/000123 '), { ok: true, reference: 'HST-2024/000123' });
  assert.equal(checkMandateReference("A+?/-:().,'9").ok, true);
  assert.equal(checkMandateReference('M'.repeat(35)).ok, true);
  assert.deepEqual(checkMandateReference('M'.repeat(36)), { ok: false, reason: 'too_long' });
  assert.deepEqual(checkMandateReference(''), { ok: false, reason: 'empty' });
  assert.deepEqual(checkMandateReference('HST 123'), { ok: false, reason: 'characters' });
  assert.deepEqual(checkMandateReference('Müller-1'), { ok: false, reason: 'characters' });
  assert.deepEqual(checkMandateReference('HST_123'), { ok: false, reason: 'characters' });
  assert.deepEqual(checkMandateReference('/HST123'), { ok: false, reason: 'slashes' });
  assert.deepEqual(checkMandateReference('HST//123'), { ok: false, reason: 'slashes' });
});

test('message and end-to-end ids may contain a space but otherwise follow the mandate reference', () => {
  assert.equal(checkSepaIdentifier('Hundesteuer 2024 Q3').ok, true);
  assert.deepEqual(checkSepaIdentifier('Steuer & Abgaben'), { ok: false, reason: 'characters' });
});
