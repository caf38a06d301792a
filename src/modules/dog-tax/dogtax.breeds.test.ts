import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyBreed, isDangerousForTax, isLargeDog, leichlingenStatute } from './dogtax.index.ts';

const listed = (entry: string) => {
  const { listed: section, matched } = classifyBreed(entry);
  return [section, matched];
};

test('the four breeds of § 3 Abs. 2 LHundG NRW are recognised in their usual spellings', () => {
  for (const entry of ['Pitbull', 'Pit-Bull-Terrier', 'American Pit Bull Terrier', 'Pittbullterrier']) {
    assert.deepEqual(listed(entry), ['section3', 'Pittbullterrier'], entry);
  }
  for (const entry of ['American Staffordshire Terrier', 'AmStaff', 'american-staffordshire']) {
    assert.deepEqual(listed(entry), ['section3', 'American Staffordshire Terrier'], entry);
  }
  assert.deepEqual(listed('Staffordshire Bull Terrier'), ['section3', 'Staffordshire Bullterrier']);
  assert.deepEqual(listed('STAFFORDSHIRE-BULLTERRIER'), ['section3', 'Staffordshire Bullterrier']);
  assert.deepEqual(listed('Bullterrier'), ['section3', 'Bullterrier']);
  assert.deepEqual(listed('Bull  Terrier'), ['section3', 'Bullterrier']);
});

test('the breeds of § 10 Abs. 1 LHundG NRW are recognised, accents and umlauts in any form', () => {
  const cases: [string, string][] = [
    ['Alano Español', 'Alano'],
    ['American Bulldogge', 'American Bulldog'],
    ['Bullmastiff', 'Bullmastiff'],
    ['Englischer Mastiff', 'Mastiff'],
    ['Mastino Espanol', 'Mastino Español'],
    ['Mastín Español', 'Mastino Español'],
    ['Mastino Napoletano', 'Mastino Napoletano'],
    ['Fila Brasileiro', 'Fila Brasileiro'],
    ['Dogo Argentino', 'Dogo Argentino'],
    ['rottweiler', 'Rottweiler'],
    ['Tosa-Inu', 'Tosa Inu'],
  ];
  for (const [entry, name] of cases) assert.deepEqual(listed(entry), ['section10', name], entry);
});

test('crossbreeds count as listed, written apart or in one word', () => {
  assert.deepEqual(classifyBreed('Rottweiler-Mischling'), {
    listed: 'section10',
    matched: 'Rottweiler',
    crossbreed: true,
  });
  assert.deepEqual(classifyBreed('Rottweilermischling'), {
    listed: 'section10',
    matched: 'Rottweiler',
    crossbreed: true,
  });
  assert.deepEqual(classifyBreed('Labrador/Pitbull Mix'), {
    listed: 'section3',
    matched: 'Pittbullterrier',
    crossbreed: true,
  });
  assert.deepEqual(classifyBreed('Schäferhund-Mischling'), { listed: null, matched: '', crossbreed: true });
});

test('a cross of a § 3 and a § 10 breed falls under the stricter § 3', () => {
  assert.equal(classifyBreed('Rottweiler x Staffordshire Bullterrier').listed, 'section3');
});

test('breeds the law does not name are not listed, even if the name sounds alike', () => {
  for (const entry of [
    'Labrador',
    'Deutscher Schäferhund',
    'Englische Bulldogge',
    'Tibet Mastiff',
    'Miniatur Bullterrier',
    'Dogo Canario',
    '',
  ]) {
    assert.equal(classifyBreed(entry).listed, null, entry);
  }
});

test('a large dog under § 11 LHundG NRW is at least 40 cm tall or weighs at least 20 kg', () => {
  assert.equal(isLargeDog({ heightCm: 40 }), true);
  assert.equal(isLargeDog({ heightCm: 39.5, weightKg: 19.9 }), false);
  assert.equal(isLargeDog({ weightKg: 20 }), true);
  assert.equal(isLargeDog({}), false);
});

test('in the Leichlingen demo the § 3 dogs pay the dangerous rate, the § 10 breeds do not', () => {
  const version = leichlingenStatute.versions[0]!;
  assert.equal(isDangerousForTax(version, { listed: 'section3' }), true);
  assert.equal(isDangerousForTax(version, { listed: 'section10' }), false);
  assert.equal(isDangerousForTax(version, { listed: null, foundDangerousInIndividualCase: true }), true);
  assert.equal(isDangerousForTax(version, { listed: null }), false);
});
