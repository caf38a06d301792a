// Filing documents in the browser: the upload page with JavaScript (htmx posts the form in place) and
// without (a plain multipart form), the result, and the viewer with the PDF inline — each checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { letterLines, textPdf } from '../src/modules/records/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

async function signInAsRegistry(page: Page) {
  const registry = rathaus.seed.logins.find((login) => login.email.startsWith('sabine.wagner'));
  assert.ok(registry, 'the demo seed has the Registratur');
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(registry.email);
  await page.getByLabel(/^passwort$/i).fill(registry.password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);
}

/** A case of the demo town that takes documents (open, in an open file); returns its upload page path. */
async function uploadPageOfSomeCase(page: Page): Promise<string> {
  await page.goto('/intern/vorgaenge');
  const hrefs = await page
    .locator('a[href^="/intern/vorgaenge/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) {
    if (!href || !/^\/intern\/vorgaenge\/[0-9a-f-]{36}$/.test(href)) continue;
    const response = await page.goto(`${href}/dokumente/neu`);
    if (response?.status() === 200) return `${href}/dokumente/neu`;
  }
  assert.fail('no demo case takes documents');
}

const letter = {
  name: 'Antrag Führungszeugnis.pdf',
  mimeType: 'application/pdf',
  buffer: textPdf([letterLines]),
};
const note = {
  name: 'Vermerk.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Telefonat mit Frau Mustermann am 2. März.\n'),
};

test('with JavaScript, several files are filed in place and the viewer shows the PDF', async () => {
  await rathaus.journey(async ({ page, allow }) => {
    // The browser's own PDF viewer loads its parts from chrome:// and its extension: not another site.
    allow(/request to another site: chrome(-extension)?:\/\//);
    await signInAsRegistry(page);
    const uploadPath = await uploadPageOfSomeCase(page);
    await checkAccessibility(page);
    await page.getByLabel('Dateien').setInputFiles([letter, note]);
    await page.getByLabel('Dokumentart').selectOption('application');
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByText('2 Datei(en) abgelegt.').waitFor();
    assert.equal(new URL(page.url()).pathname, uploadPath, 'htmx kept the page');
    await checkAccessibility(page);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: letter.name }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Antrag Führungszeugnis' }).waitFor();
    const frame = page.locator('iframe.document-preview');
    assert.match(String(await frame.getAttribute('src')), /\/versionen\/1\/inhalt$/);
    await checkAccessibility(page, { exclude: ['iframe.document-preview'] });
  });
});

test('without JavaScript, the plain form files the document and shows the result page', async () => {
  const context = await rathaus.browser.newContext({
    baseURL: rathaus.baseUrl,
    locale: 'de-DE',
    javaScriptEnabled: false,
  });
  try {
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signInAsRegistry(page);
    await uploadPageOfSomeCase(page);
    await page.getByLabel('Dateien').setInputFiles([note]);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Hochladen' }).click()]);
    await page.getByText('1 Datei(en) abgelegt.').waitFor();
    // The same content again: filed, and the page says where it already lies.
    await page.getByLabel('Dateien').setInputFiles([note]);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Hochladen' }).click()]);
    await page.getByText('Dieser Inhalt liegt bereits vor in:').waitFor();
    // No axe here: it runs as page script, which this browser does not execute (page.evaluate would wait
    // forever). The same result markup is checked with JavaScript in the journey above.
  } finally {
    await context.close();
  }
});
