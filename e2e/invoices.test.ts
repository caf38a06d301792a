// The Kämmerei's invoice journey in the browser, as the "done when" says: an XRechnung uploaded by a
// clerk goes through sachlich richtig, rechnerisch richtig and Anordnung by three different people, and the
// Stadtkasse's payment run produces a pain.001 file that validates against its schema. Every page is
// checked with axe; every form is a plain HTML form (no script needed).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeDefaultValidationPool, sampleUblInvoice } from '../src/modules/invoices/index.ts';
import { loadXsd, parseXml } from '../src/platform/xml/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
  // The validation workers belong to the process, not to the server: without this the run never ends.
  await closeDefaultValidationPool();
});

const painSchema = path.resolve(import.meta.dirname, '../../shared/standards/sepa/pain.001.001.09.xsd');

async function signIn(page: Page, email: string) {
  const person = rathaus.seed.logins.find((entry) => entry.email === email);
  assert.ok(person, `the demo seed has ${email}`);
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill(person.password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);
}

async function submit(page: Page, button: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
}

/** One person signs the step the invoice waits for, in their own browser session. */
async function signStep(
  email: string,
  invoiceUrl: string,
  button: RegExp,
  before?: (page: Page) => Promise<void>,
) {
  await rathaus.journey(async ({ page }) => {
    await signIn(page, email);
    await page.goto(invoiceUrl);
    await checkAccessibility(page);
    if (before) await before(page);
    await submit(page, button);
    await page.getByText('Der Schritt ist gezeichnet.').waitFor();
    await checkAccessibility(page);
  });
}

test('an uploaded XRechnung is approved in three steps by three people and paid with a valid pain.001', async () => {
  let invoiceUrl = '';
  await rathaus.journey(async ({ page }) => {
    await signIn(page, 'jonas.becker@leichlingen.example');
    await page.getByRole('link', { name: 'Rechnungen' }).first().click();
    await page.waitForURL(/\/intern\/rechnungen/);
    await checkAccessibility(page);
    await page.goto('/intern/rechnungen/hochladen');
    await checkAccessibility(page);
    await page.setInputFiles('#datei', {
      name: 'RE-2026-4711.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(sampleUblInvoice({ invoiceNumber: 'RE-2026-4711' })),
    });
    await submit(page, 'Hochladen und prüfen');
    await page.getByText('Die Rechnung ist angenommen').waitFor();
    invoiceUrl = new URL(page.url()).pathname;
    // The readable invoice: parties, Leitweg-ID, lines, VAT, IBAN, and the validation report.
    for (const shown of [
      'Bürobedarf Müller GmbH',
      '04011000-12345-34',
      'Büromaterial Position 1',
      'DE89 3704 0044 0532 0130 00',
      'Prüfbericht',
    ])
      await page.getByText(shown).first().waitFor();
    await checkAccessibility(page);
    await submit(page, /^Zeichnen: Sachlich richtig/);
    await page.getByText('Der Schritt ist gezeichnet.').waitFor();
    await checkAccessibility(page);
  });

  await signStep('nina.schulz@leichlingen.example', invoiceUrl, /^Zeichnen: Rechnerisch richtig/);
  await signStep('michael.braun@leichlingen.example', invoiceUrl, /^Zeichnen: Anordnung/, async (page) => {
    await page.getByLabel('Haushaltsstelle / Produkt').fill('1.02.01 / 543100');
    await page.getByLabel('Kostenstelle').fill('3210');
    await submit(page, 'Vorkontierung speichern');
    await page.getByText('Gespeichert.').waitFor();
  });

  await rathaus.journey(async ({ page }) => {
    await signIn(page, 'thomas.krueger@leichlingen.example');
    await page.goto('/intern/rechnungen/zahllaeufe');
    await checkAccessibility(page);
    await submit(page, 'Zahllauf erstellen');
    await page.getByText('Der Zahllauf mit 1 Überweisung(en) ist erstellt.').waitFor();
    await checkAccessibility(page);
    const href = await page
      .getByRole('link', { name: /pain\.001 herunterladen/ })
      .first()
      .getAttribute('href');
    assert.ok(href);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    const xml = await response.body();
    const schema = loadXsd(painSchema, path.dirname(painSchema));
    const document = parseXml(xml);
    try {
      assert.deepEqual(schema.validate(document), [], 'the pain.001 validates against pain.001.001.09.xsd');
    } finally {
      document.dispose();
      schema.dispose();
    }
    await page.goto(invoiceUrl);
    await page.getByText('Bezahlt').first().waitFor();
    await checkAccessibility(page);
  });
});
