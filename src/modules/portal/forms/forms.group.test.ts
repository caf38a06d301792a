import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStep } from './forms.parse.ts';
import { childAllowanceTestForm as testForm } from './forms.test-forms.ts';

const today = '2025-06-15';

test('"add another" adds an empty item and "remove" removes one, re-numbering the rest', () => {
  const body = {
    'children.items': '2',
    'children.0.firstName': 'Lena',
    'children.0.birthDate': '2015-04-01',
    'children.1.firstName': 'Tom',
    'children.1.birthDate': '2018-09-09',
    'children.1.disabled': 'ja',
    'children.1.disabilityDegree': '50',
  };
  const added = parseStep(testForm, 'kinder', { ...body, aktion: 'add:children' }, {}, {}, { today });
  assert.deepEqual(added.action, { kind: 'add', group: 'children' });
  assert.equal((added.values.children as unknown[]).length, 3);
  assert.equal(added.raw['children.items'], '3');
  const removed = parseStep(testForm, 'kinder', { ...body, aktion: 'remove:children:0' }, {}, {}, { today });
  assert.deepEqual(removed.problems, []);
  assert.deepEqual(removed.values.children, [
    { firstName: 'Tom', birthDate: '2018-09-09', disabled: true, disabilityDegree: '50' },
  ]);
  assert.equal(removed.raw['children.0.firstName'], 'Tom');
});

test('a group is capped at its maximum, whatever item count is posted', () => {
  const { values, problems } = parseStep(
    testForm,
    'kinder',
    { 'children.items': '40', aktion: 'add:children' },
    {},
    {},
    { today },
  );
  assert.equal((values.children as unknown[]).length, 3);
  assert.equal(problems.filter((p) => p.field.endsWith('firstName')).length, 3);
});

test('inside a group a condition looks at the same item, and hidden item fields are dropped', () => {
  const body = {
    'children.items': '1',
    'children.0.firstName': 'Lena',
    'children.0.birthDate': '2015-04-01',
    'children.0.disabilityDegree': '100',
  };
  const { values, problems } = parseStep(testForm, 'kinder', body, {}, {}, { today });
  assert.deepEqual(problems, []);
  assert.deepEqual(values.children, [{ firstName: 'Lena', birthDate: '2015-04-01' }]);
  const missing = parseStep(
    testForm,
    'kinder',
    { ...body, 'children.0.disabled': 'ja', 'children.0.disabilityDegree': '' },
    {},
    {},
    { today },
  );
  assert.deepEqual(
    missing.problems.map((p) => p.field),
    ['f-children-0-disabilityDegree'],
  );
  assert.match(missing.problems[0]!.text.de, /„Grad der Behinderung \(Kind 1\)“/);
});

test('a group below its minimum asks for an item', () => {
  const { problems } = parseStep(testForm, 'kinder', { 'children.items': '0' }, {}, {}, { today });
  assert.deepEqual(
    problems.map((p) => p.field),
    ['f-children'],
  );
});
