// Every page a person can reach, checked with axe (WCAG 2.1 AA) in the real browser: the citizen's
// account and business account pages, and every staff page an administrator can open.
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

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  assert.equal(response?.status(), 200, `${path} answers 200`);
  assert.equal(new URL(page.url()).pathname, path.split('?')[0], `${path} is not redirected`);
  await checkAccessibility(page);
}

async function signIn(page: Page, path: string, email: string, password: string) {
  await page.goto(path);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill(password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);
}

test('the public citizen account pages meet WCAG 2.1 AA', async () => {
  await rathaus.journey(async ({ page }) => {
    for (const path of [
      '/konto/registrieren',
      '/konto/anmelden',
      '/konto/passwort-vergessen',
      // The Fundbüro's public pages: search, loss report, find report.
      '/fundbuero',
      '/fundbuero/verlust-melden',
      '/fundbuero/fund-melden',
    ])
      await visit(page, path);
  });
});

test('Impressum, Datenschutz and the accessibility statement meet WCAG 2.1 AA', async () => {
  await rathaus.journey(async ({ page }) => {
    for (const path of ['/impressum', '/datenschutz', '/barrierefreiheit']) await visit(page, path);
  });
});

test('a citizen signs in with the demo account and sees an accessible profile page', async () => {
  const citizen = rathaus.seed.logins.find((login) => login.email === 'erika.mustermann@example.org');
  assert.ok(citizen, 'the demo seed has a citizen');
  await rathaus.journey(async ({ page }) => {
    await signIn(page, '/konto/anmelden', citizen.email, citizen.password);
    assert.equal(new URL(page.url()).pathname, '/konto');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkAccessibility(page);
    // The business accounts: the list, the form for a new company (empty and with errors), the demo
    // company's page and its form for changes.
    for (const path of ['/konto/unternehmen', '/konto/unternehmen/neu']) await visit(page, path);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Unternehmen anlegen' }).click(),
    ]);
    await page.getByRole('alert').first().waitFor();
    await checkAccessibility(page);
    await page.goto('/konto/unternehmen');
    const companyLink = page.locator('a[href^="/konto/unternehmen/"]').filter({ hasText: 'Gartenbau' });
    const href = await companyLink.getAttribute('href');
    assert.ok(href, 'the list links to the demo company');
    await visit(page, href);
    await visit(page, `${href}/bearbeiten`);
  });
});

test('every staff page an administrator opens meets WCAG 2.1 AA', async () => {
  const admin = rathaus.seed.logins.find((login) => login.description.startsWith('Administration'));
  assert.ok(admin, 'the demo seed has an administrator');
  await rathaus.journey(async ({ page }) => {
    await signIn(page, '/intern/anmelden', admin.email, admin.password);
    for (const path of [
      '/intern',
      '/intern/verwaltung/aemter',
      '/intern/verwaltung/personen',
      '/intern/verwaltung/api-clients',
      '/intern/konto/vertretung',
      '/intern/konto/zwei-faktor',
      '/intern/protokoll',
      '/intern/betrieb/auftraege',
      '/intern/betrieb/postausgang',
    ])
      await visit(page, path);
    // A person's detail page, reached from the list.
    await page.goto('/intern/verwaltung/personen');
    const personLink = page.locator('a[href^="/intern/verwaltung/personen/"]').first();
    const href = await personLink.getAttribute('href');
    assert.ok(href, 'the people list links to a person');
    await visit(page, href);
  });
});
