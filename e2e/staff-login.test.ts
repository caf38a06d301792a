// Staff log in at /intern/anmelden with a demo login that `seedDemo` prints, and sign out again.
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
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

const loginPath = '/intern/anmelden';
const staffHome = '/intern';

function demoLogin(t: TestContext) {
  const login = rathaus.seed.logins[0];
  if (!login) {
    t.skip(`seedDemo returns no demo logins yet, so no one can log in at ${loginPath}`);
  }
  return login;
}

async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/passwor/i).fill(password);
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: /^(anmelden|log ?in|sign ?in)$/i }).click(),
  ]);
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

test('a member of staff logs in with a demo login, sees the staff area and signs out', async (t) => {
  const login = demoLogin(t);
  if (!login) return;
  await rathaus.journey(async ({ page }) => {
    const response = await page.goto(loginPath);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await checkAccessibility(page);

    await submitLogin(page, login.email, login.password);
    assert.equal(pathOf(page), staffHome, 'a correct login leads to the staff area');
    assert.equal(await page.getByLabel(/passwor/i).count(), 0, 'no password field after login');
    await checkAccessibility(page);

    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: /^(abmelden|sign ?out|log ?out)$/i }).click(),
    ]);
    await page.goto(staffHome);
    assert.equal(pathOf(page), loginPath, 'after signing out the staff area sends you to the login');
  });
});

test('a wrong password does not log in, and the form says so accessibly', async (t) => {
  const login = demoLogin(t);
  if (!login) return;
  await rathaus.journey(async ({ page }) => {
    await page.goto(loginPath);
    await submitLogin(page, login.email, `${login.password}-falsch`);
    assert.equal(pathOf(page), loginPath, 'still on the login page');
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByLabel(/e-?mail/i).inputValue(), login.email, 'the e-mail address is kept');
    assert.equal(await page.getByLabel(/passwor/i).inputValue(), '', 'the password is not sent back');
    await checkAccessibility(page);

    await page.goto(staffHome);
    assert.equal(pathOf(page), loginPath, 'no session: the staff area sends you to the login');
  });
});

test('signed out, the staff button on the start page leads to the login and then into the staff area', async (t) => {
  const login = demoLogin(t);
  if (!login) return;
  await rathaus.journey(async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Zum Mitarbeitendenbereich' }).click();
    await page.waitForLoadState();
    assert.equal(
      pathOf(page),
      loginPath,
      `a signed-out browser at ${staffHome} should be sent to the login page; ` +
        `instead it shows "${await page.getByRole('heading', { level: 1 }).innerText()}"`,
    );
    await submitLogin(page, login.email, login.password);
    assert.equal(pathOf(page), staffHome);
  });
});
