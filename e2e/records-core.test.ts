// The E-Akte's core in the browser: the Registratur reads the file plan, creates a file, opens a case and
// moves it; every page on the way (also with errors shown) meets WCAG 2.1 AA, without JavaScript needed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill(password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);
}

async function submit(page: Page, button: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
}

test('the Registratur works with the file plan, files and cases on accessible pages', async () => {
  const registry = rathaus.seed.logins.find((login) => login.email === 'sabine.wagner@leichlingen.example');
  assert.ok(registry, 'the demo seed has the Registratur');
  await rathaus.journey(async ({ page }) => {
    await signIn(page, registry.email, registry.password);
    await page.getByRole('link', { name: 'Aktenplan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktenplan' }).waitFor();
    await checkAccessibility(page);
    await page
      .getByRole('link', { name: '32.11.05 Gewerbeuntersagungen und Zuverlässigkeitsprüfungen' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Aktenplangruppe 32\.11\.05/ }).waitFor();
    await checkAccessibility(page);
    await page.goto('/intern/aktenplan/import');
    await checkAccessibility(page);

    // A new file: first without a title (the error summary), then properly.
    await page.goto('/intern/akten/neu');
    await checkAccessibility(page);
    await page.getByLabel('Aktenplangruppe').selectOption({ label: '32.11.02 Gaststättenerlaubnisse' });
    await page.getByLabel('Federführendes Amt').selectOption({ label: '32.1 Bürgerbüro' });
    await page.getByLabel('Vertraulichkeit').selectOption({ value: 'open' });
    await submit(page, 'Akte anlegen');
    await page.getByRole('alert').first().waitFor();
    await checkAccessibility(page);
    await page.getByLabel('Titel der Akte').fill('Gaststätte „Zur Wupper“');
    await submit(page, 'Akte anlegen');
    await page.getByText('Die Akte 32.11.02-0001/').waitFor();
    await checkAccessibility(page);
    const fileUrl = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Angaben bearbeiten' }).click();
    await checkAccessibility(page);
    await page.goto(fileUrl);
    await page.getByLabel('Titel des Vorgangs').fill('Antrag auf Gaststättenerlaubnis');
    await submit(page, 'Vorgang anlegen');
    await page
      .getByRole('heading', { level: 1, name: /Vorgang 1: Antrag auf Gaststättenerlaubnis/ })
      .waitFor();
    await checkAccessibility(page);
    await page.getByRole('link', { name: 'In eine andere Akte verschieben' }).click();
    await submit(page, 'Verschieben');
    await page.getByRole('alert').first().waitFor();
    await checkAccessibility(page);

    for (const path of ['/intern/akten', '/intern/vorgaenge', '/intern/vorgaenge?meine=1'])
      assert.equal((await page.goto(path))?.status(), 200, path);
    await page.goto('/intern/akten');
    await checkAccessibility(page);
    await page.goto('/intern/vorgaenge');
    await checkAccessibility(page);
  });
});
