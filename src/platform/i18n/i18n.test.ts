import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLocale, translate } from './i18n.ts';

test('German is the default language', () => {
  assert.equal(pickLocale({}), 'de');
  assert.equal(pickLocale({ acceptLanguage: 'fr-FR,fr;q=0.9' }), 'de');
});

test('Accept-Language picks English by quality; an explicit choice wins', () => {
  assert.equal(pickLocale({ acceptLanguage: 'fr;q=0.9, en-GB;q=0.8, de;q=0.1' }), 'en');
  assert.equal(pickLocale({ acceptLanguage: 'en-US', explicit: 'de' }), 'de');
  assert.equal(pickLocale({ acceptLanguage: 'de', explicit: 'en' }), 'en');
  assert.equal(pickLocale({ explicit: 'xx', acceptLanguage: 'en' }), 'en');
});

test('placeholders are filled', () => {
  assert.equal(translate('en', { de: 'Hallo {name}', en: 'Hello {name}' }, { name: 'Anna' }), 'Hello Anna');
});
