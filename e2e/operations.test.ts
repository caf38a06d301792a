// An administrator uses the operations pages: the staff navigation leads to failed jobs and the outbox.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

test('an administrator reaches failed jobs and the outbox from the staff navigation', async () => {
  const admin = rathaus.seed.logins.find((login) => login.description.startsWith('Administration'));
  assert.ok(admin, 'the demo seed has an administrator');
  await rathaus.journey(async ({ page }) => {
    await page.goto('/intern/anmelden');
    await page.getByLabel(/e-?mail/i).fill(admin.email);
    await page.getByLabel(/passwor/i).fill(admin.password);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);

    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'Hintergrundaufträge' }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Fehlgeschlagene Hintergrundaufträge' }).waitFor();
    await checkAccessibility(page);

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Postausgang' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Postausgang' }).waitFor();
    await checkAccessibility(page);
  });
});
