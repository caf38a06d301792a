import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base32Decode, base32Encode, matchTotp, totpCode, totpStep } from './identity.totp.ts';

// RFC 6238 appendix B, SHA1 column: the seed is the ASCII string "12345678901234567890".
const seed = Buffer.from('12345678901234567890');
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('TOTP codes match the RFC 6238 test vectors (8 digits, and their last 6 digits)', () => {
  for (const [seconds, expected] of vectors) {
    const step = totpStep(new Date(seconds * 1000));
    assert.equal(totpCode(seed, step, 8), expected, `T=${seconds}`);
    assert.equal(totpCode(seed, step), expected.slice(2), `T=${seconds}, 6 digits`);
  }
});

test('base32 follows the RFC 4648 test vectors and round-trips any bytes', () => {
  const rfc: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];
  for (const [plain, encoded] of rfc) {
    assert.equal(base32Encode(Buffer.from(plain)), encoded);
    assert.equal(base32Decode(encoded).toString(), plain);
  }
  assert.equal(base32Decode('mzxw 6ytb oi======').toString(), 'foobar', 'lower case, spaces, padding');
  assert.equal(base32Encode(seed), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  for (let length = 0; length < 40; length++) {
    const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 37 + length) & 0xff));
    assert.deepEqual(base32Decode(base32Encode(bytes)), bytes);
  }
  assert.throws(() => base32Decode('MZ1W'), /not base32/);
});

test('a code is accepted one step early or late, not two, and a used step is refused as replayed', () => {
  const secret = base32Encode(seed);
  const now = new Date(1111111111 * 1000);
  const step = totpStep(now);
  const codeAt = (s: number) => totpCode(seed, s);
  assert.deepEqual(matchTotp({ secret, code: codeAt(step), now, lastUsedStep: null }), { step });
  assert.deepEqual(matchTotp({ secret, code: codeAt(step - 1), now, lastUsedStep: null }), {
    step: step - 1,
  });
  assert.deepEqual(matchTotp({ secret, code: codeAt(step + 1), now, lastUsedStep: null }), {
    step: step + 1,
  });
  assert.equal(matchTotp({ secret, code: codeAt(step + 2), now, lastUsedStep: null }), undefined);
  assert.equal(matchTotp({ secret, code: codeAt(step - 2), now, lastUsedStep: null }), undefined);
  assert.deepEqual(matchTotp({ secret, code: codeAt(step), now, lastUsedStep: step }), { replayed: true });
  assert.equal(matchTotp({ secret, code: 'abcdef', now, lastUsedStep: null }), undefined);
});
