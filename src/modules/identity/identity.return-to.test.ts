import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginPathFor, safeReturnTo } from './identity.return-to.ts';

test('returnTo accepts paths on this site with their query and fragment', () => {
  assert.equal(safeReturnTo('/intern'), '/intern');
  assert.equal(safeReturnTo('/intern/akten?seite=2#liste'), '/intern/akten?seite=2#liste');
  assert.equal(safeReturnTo('/intern/../intern'), '/intern');
});

test('returnTo refuses anything a browser could read as another host', () => {
  const refused = [
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    'evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '',
    '/'.padEnd(2001, 'a'),
    undefined,
    42,
  ];
  for (const value of refused) assert.equal(safeReturnTo(value), undefined, JSON.stringify(value));
});

test('the login path carries the page to return to, except for the staff start page', () => {
  assert.equal(
    loginPathFor('/intern/akten?seite=2'),
    '/intern/anmelden?returnTo=%2Fintern%2Fakten%3Fseite%3D2',
  );
  assert.equal(loginPathFor('/intern'), '/intern/anmelden');
  assert.equal(loginPathFor('//evil.example'), '/intern/anmelden');
});
